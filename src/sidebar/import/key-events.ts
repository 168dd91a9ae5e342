/** The KPI chosen for each GA4 property's key events in this import, sent with it so the server keeps them. */
import type { KeyEventChoice } from '../../core/import/key-events';
import { rowsOf, type Source } from './sources';

/** One choice per property, from the files that give readings; the last file of a property wins. */
export function keyEventChoices(sources: readonly Source[]): KeyEventChoice[] {
  const chosen = new Map<string, KeyEventChoice>();
  for (const source of sources) {
    const facts = source.preview?.ga4;
    const kpi = facts?.keyEvents?.kpi;
    if (facts?.property === undefined || kpi === undefined || rowsOf(source).length === 0) continue;
    chosen.set(facts.property, { property: facts.property, kpi });
  }
  return [...chosen.values()];
}
