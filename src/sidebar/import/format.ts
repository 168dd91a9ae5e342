/** Counts, dates and sizes as the import sidebar shows them. */
import { formatDate } from '../../core/dates';
import { formatAmount } from '../../core/goals/format';
import type { Lang } from '../../core/lang';
import type { DateRange } from '../../core/import';

export function formatCount(lang: Lang, value: number): string {
  return formatAmount(lang, value, 0);
}

/** A reading's value: up to two decimals, as the sheet would show a revenue. */
export function formatValue(lang: Lang, value: number): string {
  return formatAmount(lang, value);
}

export function formatRange(lang: Lang, range: DateRange, join: (from: string, to: string) => string): string {
  return join(formatDate(range.from, lang), formatDate(range.to, lang));
}

/** Bytes as megabytes with one decimal: "10.5" or "10,5". */
export function formatMegabytes(lang: Lang, bytes: number): string {
  return formatAmount(lang, bytes / (1024 * 1024), 1);
}
