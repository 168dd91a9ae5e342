/**
 * What both sidebars send the server, read as untrusted: a google.script.run parameter is whatever a
 * page sent. The goal wizard's and the import's own requests are read in their domains
 * (goals/request.ts, import/request.ts).
 */
import { LANGS, type Lang } from './lang';

/** A language the add-on speaks, or undefined for anything else. */
export function readLang(value: unknown): Lang | undefined {
  return LANGS.find((lang) => lang === value);
}
