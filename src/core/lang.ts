/** The two languages Social ROI speaks. Every text table is typed so French and English cannot drift apart. */
export type Lang = 'en' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'fr'];

/** "fr", "fr_FR", "fr-CA" → French; anything else (or nothing) → English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr(\b|[_-])/i.test(locale) ? 'fr' : 'en';
}

export type Bilingual = Record<Lang, string>;
