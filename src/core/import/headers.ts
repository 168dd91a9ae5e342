/** How header texts are compared: case, accents, quotes, spacing and spaces around "/" do not matter. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u0060\u00b4]/g;
const SPACED_SLASH = /\s*\/\s*/g;
const SPACES = /\s+/g;

/** "Clics sur un lien" and " clics  SUR un lien " compare equal; so do "Réactions" and "reactions". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(SPACED_SLASH, '/')
    .replace(SPACES, ' ')
    .trim();
}

/** Index of the first header equal to one of `wanted` (already normalised), or -1. */
export function findColumn(normalisedHeader: readonly string[], wanted: readonly string[]): number {
  for (const name of wanted) {
    const at = normalisedHeader.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}
