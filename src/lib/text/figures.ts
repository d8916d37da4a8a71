/** Reader-facing wording of a figure as one source gives it. */
import type { Figure } from '../data/schemas';
import { flattenBrackets } from './brackets';
import type { ChromeStrings } from '../i18n/chrome-strings';

/** "at least 28 killed (Amnesty International)", "$8.9 billion (Myanma Railways …)", "431 km long". */
export function formatFigure(f: Figure, t: Pick<ChromeStrings, 'locale' | 'figures'>): string {
  const num = (v: number) => v.toLocaleString(t.locale);
  const q = f.qualifier ? `${f.qualifier} ` : '';
  let value: string;
  if (f.unit === 'USD')
    value = f.value >= 1e9 ? t.figures.billion(num(+(f.value / 1e9).toFixed(2))) : `$${num(f.value)}`;
  else if (f.unit === 'people') value = num(f.value);
  else value = `${num(f.value)} ${f.unit}`;
  const measure = t.figures.measures[f.measure] ?? f.measure;
  const who = f.claimedBy ? ` (${flattenBrackets(f.claimedBy)})` : '';
  return `${q}${value}${measure ? ` ${measure}` : ''}${who}${f.note ? `, ${f.note}` : ''}`;
}
