/**
 * The shared table of typed and pasted numbers (test/fixtures/number-cases.csv, a copy of the team's
 * shared/data/number-cases.csv): what every reader of the project may return for each text, in each
 * locale. Any number not listed is a silent wrong number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../src/core/import/csv';

export interface NumberCase {
  kind: 'number' | 'rate';
  text: string;
  locale: string;
  /** Numbers the reader may return, and whether it may refuse or return no value. */
  numbers: number[];
  refused: boolean;
  blank: boolean;
  note: string;
}

export const NUMBER_CASES_FILE = resolve(__dirname, '../fixtures/number-cases.csv');
/** The team's table, beside the checkout when it is there. */
export const SHARED_NUMBER_CASES_FILE = resolve(__dirname, '../../../shared/data/number-cases.csv');

export function readNumberCases(file = NUMBER_CASES_FILE): NumberCase[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'), ',').records.map((r) => r.fields);
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((fields) => fields.length === header.length)
    .map((fields) => {
      const accept = fields[at('accept')].split('|');
      return {
        kind: fields[at('kind')] as NumberCase['kind'],
        text: fields[at('text')],
        locale: fields[at('locale')],
        numbers: accept.filter((a) => a !== 'REFUSED' && a !== 'BLANK').map(Number),
        refused: accept.includes('REFUSED'),
        blank: accept.includes('BLANK'),
        note: fields[at('note')],
      };
    });
}

export const sharedTableIsHere = (): boolean => existsSync(SHARED_NUMBER_CASES_FILE);

/** What a reader returned, in the table's terms. */
export type Reading = number | 'REFUSED' | 'BLANK';

/** Whether the table allows this reading of this case; a number must match to 12 significant digits. */
export function allowed(c: NumberCase, reading: Reading): boolean {
  if (reading === 'REFUSED') return c.refused;
  if (reading === 'BLANK') return c.blank;
  return c.numbers.some((n) => Math.abs(n - reading) <= 1e-12 * Math.max(1, Math.abs(n)));
}

/** "1 234,5 (fr_FR)" with its invisible spaces named, for test titles. */
export function caseTitle(c: NumberCase): string {
  const shown = c.text
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '⸱')
    .replace(/\u2212/g, '−');
  return `${c.kind} ${JSON.stringify(shown)} in ${c.locale}`;
}
