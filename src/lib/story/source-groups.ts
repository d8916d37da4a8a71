/** The sources list by outlet: one group per outlet, one entry per cited address, told apart by what follows the outlet's name. */
import type { SourceEntry } from './sources';

/** One cited address within its outlet's group. */
export interface SourceItem {
  url: string;
  /** What tells it apart within the group ("via Mizzima", "20 Oct 2023", an article's title), or '' when nothing does. */
  detail: string;
  usedFor: string[];
}

/** An outlet and every address cited from it. */
export interface SourceGroup {
  outlet: string;
  items: SourceItem[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True when `long` spells out the abbreviation `abbr` by the initials of its capitalised words ("Shan Herald Agency for News" → SHAN). */
function spellsOut(abbr: string, long: string): boolean {
  return (
    long
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('') === abbr
  );
}

/**
 * Splits a source's name into its outlet and the rest: "AFP via Mizzima" → AFP, "via Mizzima"; "The Irrawaddy, 20 Oct
 * 2023" → The Irrawaddy, "20 Oct 2023"; "International Railway Journal (accord signed)" → International Railway
 * Journal, "accord signed"; "Wikipedia (German), Myitkyina" → Wikipedia, "Myitkyina (German)"; "SHAN (Shan Herald
 * Agency for News)" → "Shan Herald Agency for News (SHAN)", "".
 */
export function splitSourceName(name: string): { outlet: string; detail: string } {
  const text = name.trim();
  const abbr = /^(\p{Lu}{2,}) \(([^)]+)\)$/u.exec(text);
  if (abbr && spellsOut(abbr[1]!, abbr[2]!)) return { outlet: `${abbr[2]} (${abbr[1]})`, detail: '' };
  const cut = [' via ', ', ', ' (']
    .map((sep) => text.indexOf(sep))
    .filter((i) => i > 0)
    .sort((a, b) => a - b)[0];
  if (cut === undefined) return { outlet: text, detail: '' };
  const outlet = text.slice(0, cut);
  let detail = text.slice(cut).replace(/^,\s*/, '').trim();
  const aside = /^\(([^)]+)\),\s*(.+)$/.exec(detail);
  if (aside) detail = `${aside[2]} (${aside[1]})`;
  else if (/^\([^()]*\)$/.test(detail)) detail = detail.slice(1, -1);
  return { outlet, detail };
}

/** A link's text as a name: without a trailing reporting verb ("Mizzima reported" → "Mizzima"). */
export function linkTextAsName(text: string): string {
  return text.replace(/\s+(reported|reports|said|says|wrote|writes|told)$/i, '').trim();
}

/** The name that says most about a source: the longest the data gives it, else its cleaned-up link text. */
export function bestName(entry: Pick<SourceEntry, 'names' | 'dataNames'>): string {
  const names = entry.dataNames.length ? entry.dataNames : entry.names.map(linkTextAsName);
  return names.reduce((best, n) => (n.length > best.length ? n : best), '');
}

/**
 * The last words of an address's path, as a title when nothing else tells two sources apart ("…/kia-seizes-bases.html"
 * → "kia seizes bases"), or the address without its scheme when they are only a number.
 */
export function pathTitle(url: string): string {
  const { hostname, pathname } = new URL(url);
  const words = decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? '')
    .replace(/\.\w+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  // An archive number says nothing on its own: then the address itself.
  return /\p{L}/u.test(words) ? words : `${hostname.replace(/^www\./, '')}${pathname.replace(/\/$/, '')}`;
}

/** A sortable date ("2023-10-20") in a detail such as "20 Oct 2023", or '' when it has none. */
export function detailDate(detail: string): string {
  const m = /\b(\d{1,2}) (\p{L}{3})\p{L}* (\d{4})\b/u.exec(detail);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
}

/** Outlets sort by name without a leading "The". */
const sortKey = (outlet: string) => outlet.replace(/^the\s+/i, '');

/**
 * Groups sources by outlet (outlets in alphabetical order, "The" aside), each address once; within an outlet, dated
 * entries oldest first, then the rest by detail. Entries nothing else tells apart get their address's last words.
 */
export function groupSources(entries: readonly SourceEntry[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const e of entries) {
    const { outlet, detail } = splitSourceName(bestName(e));
    const key = outlet.toLowerCase();
    const group = groups.get(key) ?? { outlet, items: [] };
    group.items.push({ url: e.url, detail, usedFor: [...e.usedFor] });
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    if (g.items.length > 1) for (const item of g.items) if (!item.detail) item.detail = pathTitle(item.url);
    g.items.sort((a, b) => {
      const [da, db] = [detailDate(a.detail), detailDate(b.detail)];
      return (
        (da && db ? da.localeCompare(db) : Number(!da) - Number(!db)) ||
        a.detail.localeCompare(b.detail) ||
        a.url.localeCompare(b.url)
      );
    });
  }
  return [...groups.values()].sort((a, b) => sortKey(a.outlet).localeCompare(sortKey(b.outlet)));
}
