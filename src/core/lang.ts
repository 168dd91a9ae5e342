/** The two languages Social ROI speaks. Every text table is typed so French and English cannot drift apart. */
export type Lang = 'en' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'fr'];

/** "fr", "fr_FR", "fr-CA" → French; anything else (or nothing) → English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr(\b|[_-])/i.test(locale) ? 'fr' : 'en';
}

export type Bilingual = Record<Lang, string>;

/**
 * The thousands separator of each language, the one place it is chosen. French groups with the narrow
 * no-break space (U+202F), as Sheets' French locale and Google Analytics write it; English with a comma.
 */
export const THOUSANDS_SEPARATOR: Bilingual = { en: ',', fr: '\u202f' };

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** "1234567" → "1,234,567" (en) or "1 234 567" (fr, narrow no-break spaces). Digits only, no sign or decimals. */
export function groupThousands(digits: string, lang: Lang): string {
  return digits.replace(THOUSANDS, THOUSANDS_SEPARATOR[lang]);
}
