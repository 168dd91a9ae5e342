/**
 * Vanity vs actionable (article 000): followers and likes feel good, but a goal serving sales, leads or
 * acquisition cost should be measured by what proves value. A warning, never a block.
 */
import { kpiById, SUGGESTED_KPIS, type KpiId, type OutcomeId } from '../catalog';
import type { Lang } from '../lang';
import { kpiWords, GOAL_TEXTS } from './texts';

/** The outcomes a vanity KPI cannot prove. Reputation is served by being seen, so it is not one of them. */
export const OUTCOMES_NEEDING_ACTIONABLE_KPIS: readonly OutcomeId[] = ['sales', 'leads', 'acquisition_cost'];

export interface VanityWarning {
  kpi: KpiId;
  /** Actionable KPIs for the outcome, best first. */
  suggestions: KpiId[];
}

export function vanityWarning(outcome: OutcomeId, kpi: KpiId): VanityWarning | undefined {
  if (!OUTCOMES_NEEDING_ACTIONABLE_KPIS.includes(outcome) || !kpiById(kpi)?.vanity) return undefined;
  return { kpi, suggestions: [...SUGGESTED_KPIS[outcome]] };
}

/** "Followers feel good but prove little when the goal is more sales: track new customers, … instead." */
export function vanityMessage(lang: Lang, outcome: OutcomeId, warning: VanityWarning): string {
  const texts = GOAL_TEXTS[lang];
  const label = kpiById(warning.kpi)?.label[lang] ?? warning.kpi;
  return texts.vanity({
    kpi: kpiWords(lang, warning.kpi),
    label,
    outcome: texts.outcomes[outcome],
    suggestions: warning.suggestions.map((k) => kpiWords(lang, k)),
  });
}
