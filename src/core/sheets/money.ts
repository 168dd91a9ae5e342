/**
 * Money as the spreadsheet's locale writes it. Sheets number formats name their currency in a [$…]
 * block; the grouping and decimal marks come from the locale, so one pattern serves every locale.
 */

/** The currency a spreadsheet of this locale most likely counts in. */
export function currencyOf(locale: string | undefined): string {
  const tag = (locale ?? '').replace('-', '_');
  if (/^en_(US|CA|AU|NZ)|^fr_CA|^es_(US|MX)/i.test(tag)) return '$';
  if (/^en_GB/i.test(tag)) return '£';
  if (/^(fr|de|it)_CH/i.test(tag)) return 'CHF';
  return '€';
}

/** "[$$]#,##0.00" in English, "#,##0.00 [$€]" where the symbol follows the amount (French and most of Europe). */
export function moneyFormat(locale: string | undefined): string {
  const currency = currencyOf(locale);
  const symbolFirst = /^en/i.test(locale ?? '') || (currency === '$' && !/^fr/i.test(locale ?? ''));
  return symbolFirst ? `[$${currency}]#,##0.00` : `#,##0.00 [$${currency}]`;
}
