/** What a goal's Unit column says when the user leaves the wizard's suggestion: a word from the KPI itself. */
import { kpiById, type KpiId } from '../catalog';
import type { Lang } from '../lang';
import { kpiWords } from './texts';

/**
 * The unit a goal is counted in, in the sheet's language: the KPI's own words for a count ("website
 * clicks", "clics vers le site"), the spreadsheet's currency for money, "%" for a rate, "s" for
 * seconds. Empty for an unknown KPI.
 */
export function defaultUnit(lang: Lang, kpi: KpiId | string, currency: string): string {
  const found = kpiById(kpi);
  if (!found) return '';
  switch (found.unit) {
    case 'money':
      return currency;
    case 'percent':
      return '%';
    case 'seconds':
      return 's';
    case 'count':
      return kpiWords(lang, found.id).count;
  }
}
