/** Astro's glob() loader, except that a story whose frontmatter cannot be read loads empty instead of stopping `astro dev`. */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** The part of an entry type (Astro's reader for .mdx files) this wrapper uses. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** Entry types whose getEntryInfo answers an unreadable file with empty data: the content check reports it in its place. */
function tolerant(types: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...types].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
          try {
            return await type.getEntryInfo(params);
          } catch {
            // A YAML mistake: the check printed it with its line, the dev server serves the problem page, a build has stopped.
            return { data: {}, rawData: '', body: '', slug: '' };
          }
        },
      },
    ]),
  );
}

/** glob() for stories: one unreadable frontmatter must not take the dev server (and every other story) down with it. */
export function tolerantGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: LoaderContext) => {
      // entryTypes is how Astro hands glob() its file readers; it is not in the public LoaderContext type.
      const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      return inner.load(types ? ({ ...context, entryTypes: tolerant(types) } as LoaderContext) : context);
    },
  };
}
