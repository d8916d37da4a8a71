/** Reader-facing wording of a figure as one source gives it. */
import type { Figure } from '../data/schemas';
import { flattenBrackets } from './brackets';

const MEASURES: Record<string, string> = {
  killed: 'killed',
  injured: 'injured',
  dead: 'dead',
  length: 'long',
  cost: '',
  speed: 'top speed',
};

/** "at least 28 killed (Amnesty International)", "$8.9 billion (Myanma Railways …)", "431 km long". */
export function formatFigure(f: Figure): string {
  const q = f.qualifier ? `${f.qualifier} ` : '';
  let value: string;
  if (f.unit === 'USD')
    value = f.value >= 1e9 ? `$${+(f.value / 1e9).toFixed(2)} billion` : `$${f.value.toLocaleString('en-GB')}`;
  else if (f.unit === 'people') value = f.value.toLocaleString('en-GB');
  else value = `${f.value.toLocaleString('en-GB')} ${f.unit}`;
  const measure = MEASURES[f.measure] ?? f.measure;
  const who = f.claimedBy ? ` (${flattenBrackets(f.claimedBy)})` : '';
  return `${q}${value}${measure ? ` ${measure}` : ''}${who}${f.note ? `, ${f.note}` : ''}`;
}
