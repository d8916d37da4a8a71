/** The lead map an editor declares in a story's frontmatter (`lead:`), read as a step so it is checked and drawn like one. */
import type { Problem } from '../problems/problems';
import type { LeadMapFrontmatter } from '../data/schemas';
import { toStepSpec, type StepSpec } from './step-spec';

/** The id the lead map's spec carries. */
export const LEAD_ID = 'lead';

/** Rewrites a `<Step>` hint (`view="region"`) in the frontmatter's own syntax (`view: region`). */
const yamlHint = (hint: string) => hint.replace(/\b([a-z]+)="([^"]*)"/g, '$1: $2').replace(/<Step>/g, 'the lead map');

/** Moves a problem found on the lead's spec to where the editor wrote it: the frontmatter, at `lead.<field>`. */
export function asLeadProblem(p: Problem): Problem {
  return {
    ...p,
    item: 'frontmatter',
    field: p.field ? `lead.${p.field}` : 'lead',
    message: p.message.replace(/is not a prop of <Step>/, 'is not a field of lead'),
    ...(p.hint ? { hint: yamlHint(p.hint) } : {}),
  };
}

/** The lead map's fields as a StepSpec (its caption aside), with the problems a `<Step>` with them would have. */
export function leadStepSpec(lead: LeadMapFrontmatter, file: string): { spec?: StepSpec; problems: Problem[] } {
  const attrs: Record<string, string> = { id: LEAD_ID };
  for (const [key, value] of Object.entries(lead))
    if (key !== 'caption' && typeof value === 'string') attrs[key] = value;
  const { spec, problems } = toStepSpec(attrs, { file, line: 0, index: 0 });
  return { ...(spec ? { spec } : {}), problems: problems.map(asLeadProblem) };
}
