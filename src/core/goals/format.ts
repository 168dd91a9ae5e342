/**
 * Numbers as the wizard's sentences show them. Written by hand rather than with Intl, whose French
 * grouping space differs between engines (no-break space or narrow no-break space): the same goal must
 * read the same in the sidebar and in the sheet.
 */
import type { KpiUnit } from '../catalog';
import { THOUSANDS_SEPARATOR, type Lang } from '../lang';

export const NBSP = '\u00a0';

const CURRENCY_SYMBOL = /^[€$£¥]$/;

/** The marks a number is written with: its decimal separator and the one between groups of thousands. */
export interface NumberMarks {
  decimal: string;
  group: string;
}

/**
 * `value` with at most `decimals` decimals, trailing zeros dropped unless `fixed` (money: "12.50", not
 * "12.5"), thousands grouped with `marks.group`.
 */
export function formatWithMarks(value: number, decimals: number, fixed: boolean, marks: NumberMarks): string {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs >= 1e21) return String(value);
  const [whole, fraction = ''] = abs.toFixed(decimals).split('.');
  const digits = fixed ? fraction : fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  const sign = value < 0 && (whole !== '0' || digits !== '') ? '-' : '';
  return `${sign}${grouped}${digits ? marks.decimal + digits : ''}`;
}

/**
 * 1200.5 → "1,200.5" (en) or "1 200,5" (fr, the language's one thousands separator, lang.ts); at most
 * `decimals` decimals, trailing zeros dropped unless `fixed` (money: "12.50", not "12.5").
 */
export function formatAmount(lang: Lang, value: number, decimals = 2, fixed = false): string {
  return formatWithMarks(value, decimals, fixed, { decimal: lang === 'fr' ? ',' : '.', group: THOUSANDS_SEPARATOR[lang] });
}

/** A fraction as a percentage: 0.025 → "2.5%" (en) or "2,5 %" (fr). */
export function formatPercent(lang: Lang, fraction: number, decimals = 2): string {
  return `${formatAmount(lang, fraction * 100, decimals)}${lang === 'fr' ? `${NBSP}%` : '%'}`;
}

/** A relative change with its sign: 0.5 → "+50%" / "+50 %", -0.2 → "-20%". */
export function formatChange(lang: Lang, fraction: number): string {
  const shown = formatPercent(lang, fraction, 1);
  return fraction > 0 && !shown.startsWith('0') ? `+${shown}` : shown;
}

/**
 * A KPI's value with its unit: percent KPIs hold fractions (0.025 → "2.5%"), money shows the goal's
 * unit when there is one ("€1,200", "1 200 €", "1,200 EUR"), seconds end in "s".
 */
export function formatKpiValue(lang: Lang, unit: KpiUnit, value: number, moneyUnit?: string): string {
  switch (unit) {
    case 'percent':
      return formatPercent(lang, value);
    case 'seconds':
      return `${formatAmount(lang, value, 1)}${NBSP}s`;
    case 'money': {
      // Whole amounts show no cents; others show both digits of them.
      const amount = formatAmount(lang, value, 2, Math.round(value * 100) % 100 !== 0);
      const symbol = moneyUnit?.trim();
      if (!symbol) return amount;
      return lang === 'en' && CURRENCY_SYMBOL.test(symbol) ? `${symbol}${amount}` : `${amount}${NBSP}${symbol}`;
    }
    case 'count':
      return formatAmount(lang, value, 2);
  }
}
