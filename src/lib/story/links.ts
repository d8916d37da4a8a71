/** Links and images in a story's text: one rule for every way Markdown writes them (inline, reference, autolink). */
import type { Problem } from '../problems/problems';
import { lineOf, textOf, walk, type MdNode } from './mdx-tree';
import { excerpt } from './story-rules';

/** A link in the story text, with its address resolved when it was written as a reference (`[text][1]`). */
export interface StoryLink {
  text: string;
  url: string;
  line: number;
}

/** An image in the story text. */
export interface StoryImage {
  alt: string;
  url: string;
  line: number;
}

/** A full web address: a scheme, a host with a dot, no spaces (so a pasted placeholder like "https://…" is caught). */
export const WEB_ADDRESS = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i;
const MAIL = /^mailto:[^\s@/]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
/** Image files the build can publish from content/. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

/** Why a link address cannot be used, or undefined when it can (anchors are checked against the page later). */
export function linkAddressProblem(url: string): { message: string; hint: string } | undefined {
  if (WEB_ADDRESS.test(url) || MAIL.test(url) || /^#[^\s#]+$/.test(url)) return undefined;
  const shown = `"${excerpt(url)}"`;
  if (url === '#' || url === '')
    return {
      message: `${shown} leads nowhere`,
      hint: 'link to a step or section of this page with #its-id, or give a full https:// address',
    };
  if (url.startsWith('//'))
    return { message: `${shown} has no scheme`, hint: `write the full address: https:${excerpt(url)}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)) {
    return {
      message: `${shown} is not a web address`,
      hint: 'links must start with https:// (or http://), or point to a step or section of the page with #its-id',
    };
  }
  if (/^https?:/i.test(url))
    return {
      message: `${shown} is not a full web address`,
      hint: 'write it as https://host.example/path, with no spaces',
    };
  return {
    message: `${shown} is a path, which breaks when the site is published under another address`,
    hint: 'link to a step or section of this page with #its-id, or give the full https:// address',
  };
}

/** Why an image address cannot be used, or undefined; `exists` says whether a project file exists. */
function imageProblem(
  url: string,
  storyFile: string,
  exists: (file: string) => boolean,
): { message: string; hint: string } | undefined {
  const shown = `"${excerpt(url)}"`;
  const fromSite =
    'save the picture next to the story (e.g. content/stories/map.png) and write ![what it shows](./map.png)';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url))
    return { message: `${shown} is on another site; images must come from this site`, hint: fromSite };
  if (url.startsWith('/'))
    return { message: `${shown} is a path from the site's root, which breaks under a sub-path`, hint: fromSite };
  const ext = /\.([a-z0-9]+)$/i.exec(url)?.[1]?.toLowerCase();
  if (!ext || !(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { message: `${shown} is not a picture file`, hint: `use one of: ${IMAGE_EXTENSIONS.join(', ')}` };
  }
  const dir = storyFile.replace(/\/[^/]*$/, '');
  const target = resolvePath(dir, url);
  if (!target?.startsWith('content/')) return { message: `${shown} points outside content/`, hint: fromSite };
  if (!exists(target))
    return {
      message: `${shown} does not exist (looked for ${target})`,
      hint: 'check the file name and its capitals, or add the file',
    };
  return undefined;
}

/** `dir` joined with a relative `path` ("./a.png", "img/a.png", "../x/a.png"); undefined when it climbs above the root. */
function resolvePath(dir: string, path: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (const seg of decodeURI(path.replace(/[?#].*$/, '')).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Every link and image in the tree, with the problems of their addresses. Reference links and images take the address
 * of their definition (`[1]: https://…`); a definition no reference uses is checked as a link.
 */
export function storyLinks(
  file: string,
  tree: MdNode,
  exists: (file: string) => boolean,
): { links: StoryLink[]; images: StoryImage[]; problems: Problem[] } {
  const definitions = new Map<string, MdNode>();
  walk(
    tree,
    (n) =>
      void (
        n.type === 'definition' &&
        n.identifier !== undefined &&
        !definitions.has(n.identifier.toLowerCase()) &&
        definitions.set(n.identifier.toLowerCase(), n)
      ),
  );
  const used = new Set<MdNode>();
  const links: StoryLink[] = [];
  const images: StoryImage[] = [];
  const problems: Problem[] = [];
  const addressOf = (n: MdNode): string | undefined => {
    if (n.type === 'link' || n.type === 'image') return n.url ?? '';
    const def = definitions.get((n.identifier ?? '').toLowerCase());
    if (def) used.add(def);
    return def?.url;
  };
  walk(tree, (n) => {
    const isImage = n.type === 'image' || n.type === 'imageReference';
    if (!isImage && n.type !== 'link' && n.type !== 'linkReference') return true;
    const url = addressOf(n);
    const line = lineOf(n);
    if (url === undefined) return true; // "[text][x]" without a definition: Markdown shows it as text
    if (isImage) {
      const alt = (n.alt ?? '').trim();
      const item = `image "${excerpt(alt || url, 40)}" (line ${line})`;
      images.push({ alt, url, line });
      const p = imageProblem(url, file, exists);
      if (p) problems.push({ file, item, field: 'src', ...p });
      if (!alt)
        problems.push({
          file,
          item,
          field: 'alt',
          message: 'is empty',
          hint: 'describe what the picture shows: ![Map of the Laiza front](./laiza.png)',
        });
      return false;
    }
    const text = textOf(n);
    links.push({ text, url, line });
    const item = `link "${excerpt(text, 40)}" (line ${line})`;
    const p = linkAddressProblem(url);
    if (p) problems.push({ file, item, field: 'url', ...p });
    if (!text.trim())
      problems.push({
        file,
        item,
        field: 'text',
        message: 'is empty',
        hint: 'give the link words to click: [The Irrawaddy](https://…)',
      });
    return true;
  });
  for (const def of definitions.values()) {
    if (used.has(def)) continue;
    const p = linkAddressProblem(def.url ?? '');
    if (p)
      problems.push({
        file,
        item: `link definition [${def.identifier ?? ''}] (line ${lineOf(def)})`,
        field: 'url',
        ...p,
      });
  }
  return { links, images, problems };
}
