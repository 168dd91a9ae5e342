import { fromSheetSerial } from '../../core/dates';

/**
 * Display values as Sheets shows them, for the number formats the add-on and its users write:
 * "0.00", "#,##0", "0.0%", "#,##0.00 €", "[$€]#,##0", "yyyy-mm-dd", "dd/mm/yyyy", "d mmm yyyy", "@".
 * Only the first section of a format is used; a negative number gets a leading minus.
 */
export interface DisplayLocale {
  decimal: string;
  group: string;
  months: readonly string[];
  trueText: string;
  falseText: string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function displayLocale(locale: string): DisplayLocale {
  return /^fr/i.test(locale)
    ? { decimal: ',', group: '\u202f', months: FR_MONTHS, trueText: 'VRAI', falseText: 'FAUX' }
    : { decimal: '.', group: ',', months: EN_MONTHS, trueText: 'TRUE', falseText: 'FALSE' };
}

export function isDatePattern(pattern: string | undefined): boolean {
  return (
    !!pattern && /(^|[^"\\])(y{2,4}|d{1,2}|m{3,4})/i.test(pattern.replace(/"[^"]*"/g, '')) && !/[#0]/.test(pattern.replace(/"[^"]*"/g, ''))
  );
}

/** A date format, or a time format ("hh:mm", "mm:ss"): Sheets hands such a cell to a custom function as a Date. */
export function isDateTimePattern(pattern: string | undefined): boolean {
  if (isDatePattern(pattern)) return true;
  const unquoted = (pattern ?? '').replace(/"[^"]*"|\\./g, '');
  return /h{1,2}|s{1,2}|am\/pm/i.test(unquoted) && !/[#0?]/.test(unquoted.replace(/s+\.0+/gi, 's'));
}

function generalNumber(value: number, loc: DisplayLocale): string {
  const text =
    Math.abs(value) >= 1e15 || (Math.abs(value) < 1e-9 && value !== 0)
      ? value.toExponential(4).replace('e+', 'E+').replace('e-', 'E-')
      : String(Number(value.toPrecision(10)));
  return text.replace('.', loc.decimal);
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatDate(serial: number, pattern: string, loc: DisplayLocale): string {
  const [y, m, d] = fromSheetSerial(serial).split('-');
  return pattern.replace(/"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token.toLowerCase()) {
      case 'yyyy':
        return y;
      case 'yy':
        return y.slice(2);
      case 'mmmm':
      case 'mmm':
        return loc.months[Number(m) - 1];
      case 'mm':
        return m;
      case 'm':
        return String(Number(m));
      case 'dd':
        return d;
      default:
        return String(Number(d));
    }
  });
}

function formatNumberPattern(value: number, pattern: string, loc: DisplayLocale): string {
  // Quoted text and [$€] currency blocks are literals: a "%" inside them does not scale the number.
  const literals: string[] = [];
  const masked = pattern.replace(/"([^"]*)"|\[\$([^\]-]*)[^\]]*\]|\\(.)/g, (_m, quoted?: string, currency?: string, escaped?: string) => {
    literals.push(quoted ?? currency ?? escaped ?? '');
    // One private-use character per literal: no digit a number pattern could take for its own.
    return String.fromCharCode(0xe000 + literals.length - 1);
  });
  const numeric = /[#0][#0,]*(\.[0#]+)?/.exec(masked);
  if (!numeric) return generalNumber(value, loc);
  const spec = numeric[0];
  const percent = masked.includes('%');
  const decimalSpec = spec.split('.')[1] ?? '';
  const decimals = decimalSpec.length;
  const required = decimalSpec.replace(/#+$/, '').length;
  const grouped = spec.includes(',');
  const scaled = Math.abs(percent ? value * 100 : value);
  const [whole, digits = ''] = scaled.toFixed(decimals).split('.');
  // "#" decimals are shown only when they are not trailing zeros; "0" decimals always.
  let fraction = digits;
  while (fraction.length > required && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  let body = grouped ? groupDigits(whole, loc.group) : whole;
  if (fraction) body += loc.decimal + fraction;
  const unmask = (text: string) =>
    text.replace(/%/g, loc.decimal === ',' ? '\u00a0%' : '%').replace(/[\ue000-\ue0ff]/g, (c) => literals[c.charCodeAt(0) - 0xe000]);
  const prefix = unmask(masked.slice(0, numeric.index));
  const suffix = unmask(masked.slice(numeric.index + spec.length));
  const sign = value < 0 && Number(scaled.toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

export function formatDisplay(value: unknown, pattern: string | undefined, loc: DisplayLocale): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? loc.trueText : loc.falseText;
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const first = (pattern ?? '').split(';')[0];
  if (!first || /^general$/i.test(first) || first === '@') return generalNumber(value, loc);
  if (isDatePattern(first)) return formatDate(value, first, loc);
  return formatNumberPattern(value, first, loc);
}
