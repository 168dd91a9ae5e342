/** Every text of the import domain exists in English and French, and reads as a sentence with its facts. */
import {
  importSourceText,
  platformLabel,
  renderIgnoredColumn,
  renderImportError,
  renderImportSummary,
  renderOverlap,
  renderPlanSummary,
  renderCollisions,
  renderLargestKept,
  renderRejection,
  renderSkippedSources,
} from '../../src/core/import/texts';
import { LANGS, THOUSANDS_SEPARATOR } from '../../src/core/lang';
import { formatAmount } from '../../src/core/goals/format';
import { parseExport, type IgnoredReason, type ImportFatal, type PlatformId, type RejectReason } from '../../src/core/import';

// Records keyed by code: the compiler fails if a new code is added without a sample here.
const FATALS: { [C in ImportFatal['code']]: Extract<ImportFatal, { code: C }> } = {
  empty: { code: 'empty' },
  binary: { code: 'binary', workbook: 'excel' },
  tooManyLines: { code: 'tooManyLines', lines: 250_000, limit: 200_000 },
  unrecognised: { code: 'unrecognised' },
  headerOnly: { code: 'headerOnly' },
  channelRequired: { code: 'channelRequired' },
  noDate: { code: 'noDate' },
  periodNotEnded: { code: 'periodNotEnded', period: { from: '2026-05-01', to: '2026-05-31' } },
  mappingColumnMissing: { code: 'mappingColumnMissing', column: 'Portée' },
  mappingIncomplete: { code: 'mappingIncomplete' },
  mixedDelimiters: {
    code: 'mixedDelimiters',
    header: ',',
    lines: [
      { line: 3, delimiter: ';' },
      { line: 5, delimiter: '\t' },
    ],
    count: 14,
  },
  severalNetworks: { code: 'severalNetworks', column: 'Réseau', channels: ['facebook', 'instagram', 'linkedin'] },
};

const REASONS: { [C in RejectReason['code']]: Extract<RejectReason, { code: C }> } = {
  fieldCount: { code: 'fieldCount', expected: 4, got: 1 },
  unclosedQuote: { code: 'unclosedQuote' },
  noDate: { code: 'noDate' },
  badDate: { code: 'badDate', text: '31/02/2026' },
  ambiguousDate: { code: 'ambiguousDate', text: '03/04/2026' },
  dateWithoutYear: { code: 'dateWithoutYear', text: 'January 5' },
  future: { code: 'future', text: '12/01/2027', date: '2027-01-12' },
  badNumber: { code: 'badNumber', column: 'Reach', text: 'abc' },
  negative: { code: 'negative', column: 'Reach', text: '-120', kpi: 'reach' },
  notCount: { code: 'notCount', column: 'Likes', text: '50%', kpi: 'reactions', why: 'percent', value: 0.5 },
  ambiguousNumber: { code: 'ambiguousNumber', column: 'Total revenue', text: '1,500' },
  noChannel: { code: 'noChannel' },
  summaryRow: { code: 'summaryRow', text: 'Total' },
  conflict: { code: 'conflict', kpi: 'followers', date: '2026-01-05', channel: 'instagram', kept: 1200, got: 1250.5 },
};

const IGNORED: { [C in IgnoredReason['code']]: Extract<IgnoredReason, { code: C }> } = {
  noKpi: { code: 'noKpi' },
  composite: { code: 'composite' },
  rate: { code: 'rate' },
  notGained: { code: 'notGained' },
  partOfTotal: { code: 'partOfTotal' },
  sponsored: { code: 'sponsored' },
  people: { code: 'people', kpi: 'profile_visits' },
  ownActivity: { code: 'ownActivity' },
  alsoGiven: { code: 'alsoGiven', kpi: 'impressions', by: 'Impressions' },
  notKpi: { code: 'notKpi', kpi: 'visits' },
  needsChoice: { code: 'needsChoice' },
};

const PLATFORMS: PlatformId[] = ['meta', 'linkedin', 'x', 'tiktok', 'ga4', 'mapped', 'unknown'];

function wellFormed(text: string): void {
  expect(text.length).toBeGreaterThan(3);
  expect(text).not.toMatch(/undefined|NaN|\[object/);
}

describe.each(Object.values(FATALS))('fatal %j', (error) => {
  test('renders in both languages, differently', () => {
    const [en, fr] = LANGS.map((lang) => renderImportError(lang, error));
    wellFormed(en);
    wellFormed(fr);
    expect(en).not.toBe(fr);
  });
});

describe.each(Object.values(REASONS))('rejection %j', (reason) => {
  test('renders with its line in both languages, differently', () => {
    const [en, fr] = LANGS.map((lang) => renderRejection(lang, { line: 12, reason }));
    wellFormed(en);
    wellFormed(fr);
    expect(en).toMatch(/^Line 12: /);
    expect(fr).toMatch(/^Ligne 12 : /);
    expect(en).not.toBe(fr);
  });
});

describe.each(Object.values(IGNORED))('ignored column %j', (reason) => {
  test('renders in both languages, differently', () => {
    const [en, fr] = LANGS.map((lang) => renderIgnoredColumn(lang, { header: 'Some column', reason }));
    wellFormed(en);
    wellFormed(fr);
    expect(en).not.toBe(fr);
  });
});

test('French import texts write the apostrophe one way, ’, as the sidebar’s and GA4’s do', () => {
  const texts = [
    ...Object.values(FATALS).map((e) => renderImportError('fr', e)),
    renderImportError('fr', { code: 'binary' }),
    ...Object.values(REASONS).map((reason) => renderRejection('fr', { line: 3, reason })),
    ...Object.values(IGNORED).map((reason) => renderIgnoredColumn('fr', { header: 'Colonne', reason })),
    renderOverlap('fr', { duplicates: 0, differing: 0 }),
    renderCollisions('fr', 1),
    renderLargestKept('fr', { kpi: 'reach', readings: 1 }),
    renderSkippedSources('fr', [{ source: 'google / organic', rows: 2 }]),
  ];
  for (const text of texts) expect([text, text.includes("'")]).toEqual([text, false]);
  expect(renderCollisions('fr', 2)).toContain('d’un fichier à l’autre');
});

describe('facts in the sentences', () => {
  test("numbers in the reader's notation", () => {
    expect(renderImportError('en', FATALS.tooManyLines)).toContain('250,000');
    expect(renderImportError('fr', FATALS.tooManyLines)).toContain('250\u202f000');
    expect(renderRejection('fr', { line: 3, reason: REASONS.conflict })).toContain('1\u202f250,5');
    expect(renderRejection('fr', { line: 3, reason: REASONS.conflict })).toContain('Abonnés pour Instagram');
  });

  test('one French thousands separator, the narrow no-break space, in the import texts and in formatAmount alike', () => {
    expect(THOUSANDS_SEPARATOR.fr).toBe('\u202f');
    expect(formatAmount('fr', 1234567.5)).toBe('1\u202f234\u202f567,5');
    expect(formatAmount('en', 1234567.5)).toBe('1,234,567.5');
    const big = { line: 3, reason: { ...REASONS.conflict, kept: 1234567, got: 1234568 } };
    expect(renderRejection('fr', big)).toContain(`vaut ${formatAmount('fr', 1234568)} ici mais ${formatAmount('fr', 1234567)}`);
    expect(renderRejection('en', big)).toContain(`is ${formatAmount('en', 1234568)} here but ${formatAmount('en', 1234567)}`);
    expect(renderRejection('fr', { line: 3, reason: { ...REASONS.conflict, kept: -1234, got: 5 } })).toContain('-1\u202f234');
    for (const lang of LANGS) expect(renderImportError(lang, FATALS.tooManyLines)).toContain(`250${THOUSANDS_SEPARATOR[lang]}000`);
  });

  test('an ambiguous number shows both of its readings', () => {
    expect(renderRejection('en', { line: 2, reason: REASONS.ambiguousNumber })).toBe(
      'Line 2: Total revenue: "1,500" could be 1,500 or 1.5, and nothing in the file tells which.',
    );
    expect(renderRejection('fr', { line: 2, reason: REASONS.ambiguousNumber })).toContain('1\u202f500 ou 1,5');
  });

  test('a file of mixed delimiters names its lines and the delimiter each uses, and how many more', () => {
    expect(renderImportError('en', FATALS.mixedDelimiters)).toBe(
      'This file is not one table: its header is separated by commas, but line 3 by semicolons and line 5 by tabs (and 12 more lines). ' +
        'Export it again, or separate every line by commas.',
    );
    expect(renderImportError('fr', FATALS.mixedDelimiters)).toContain(
      'son en-tête est séparé par des virgules, mais la ligne 3 par des points-virgules et la ligne 5 par des tabulations (et 12 autres lignes)',
    );
  });

  test('a table of several networks names them and its column', () => {
    expect(renderImportError('en', FATALS.severalNetworks)).toContain(
      'one row per post across Facebook, Instagram and LinkedIn (column "Réseau")',
    );
    expect(renderImportError('fr', FATALS.severalNetworks)).toContain('sur Facebook, Instagram et LinkedIn (colonne « Réseau »)');
  });

  test("dates inside sentences are in the reader's format, never ISO", () => {
    const conflict = { line: 3, reason: { ...REASONS.conflict, date: '2025-10-31' } };
    expect(renderRejection('fr', conflict)).toContain('le 31/10/2025 vaut');
    expect(renderRejection('en', conflict)).toContain('on Oct 31, 2025 is');
    const october = { duplicates: 31, differing: 0, range: { from: '2025-10-01', to: '2025-10-31' } };
    expect(renderOverlap('fr', october)).toContain('(du 01/10/2025 au 31/10/2025)');
    expect(renderOverlap('fr', { ...october, range: { from: '2025-10-31', to: '2025-10-31' } })).toContain('(le 31/10/2025)');
    const p = parseExport({ text: 'Date,Video views\n2025-10-01,1200\n2025-10-31,1300\n' });
    expect(renderImportSummary('fr', p)).toBe('2 relevés depuis TikTok du 01/10/2025 au 31/10/2025.');
    for (const lang of LANGS) expect(renderImportSummary(lang, p)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('KPI labels come from the catalogue', () => {
    expect(renderIgnoredColumn('en', { header: 'Page visits', reason: IGNORED.notKpi })).toBe(
      '"Page visits": not the same as Website visits.',
    );
    expect(renderIgnoredColumn('fr', { header: 'Visites', reason: IGNORED.notKpi })).toBe(
      '« Visites » : ce n’est pas la même chose que Visites du site.',
    );
  });

  test('platform labels and sources', () => {
    for (const id of PLATFORMS) {
      const label = platformLabel(id);
      expect(label.en.trim()).not.toBe('');
      expect(label.fr.trim()).not.toBe('');
    }
    expect(platformLabel('mapped')).toEqual({ en: 'CSV file (your mapping)', fr: 'Fichier CSV (votre correspondance)' });
    expect(importSourceText('en', 'meta', 'file.csv')).toBe('Meta export · file.csv');
    expect(importSourceText('fr', 'meta', 'file.csv')).toBe('Export Meta · file.csv');
    expect(importSourceText('en', 'ga4')).toBe('GA4 export (pasted)');
    expect(importSourceText('fr', 'mapped', ' ')).toBe('Import CSV (collé)');
  });

  test('the preview summary', () => {
    const p = parseExport({
      text: 'Date,Platform,Link clicks,Engagement rate\n2026-01-05,Instagram,10,0.1\n2026-01-05,Instagram,5,0.1\n2026-01-06,Instagram,x,0.1\n',
    });
    expect(renderImportSummary('en', p)).toBe(
      '1 reading from Meta Business Suite on Jan 5, 2026; 1 reading of the same day added up; 1 line rejected; 1 column ignored.',
    );
    expect(renderImportSummary('fr', p)).toBe(
      '1 relevé depuis Meta Business Suite le 05/01/2026 ; 1 relevé du même jour additionné ; 1 ligne rejetée ; 1 colonne ignorée.',
    );
    const single = parseExport({ text: 'Date,Video views\n2026-01-05,1200\n2026-01-06,1300\n' });
    expect(renderImportSummary('en', single)).toBe('2 readings from TikTok from Jan 5, 2026 to Jan 6, 2026.');
    const fatal = parseExport({ text: '' });
    expect(renderImportSummary('fr', fatal)).toBe('Le fichier est vide.');
  });

  test('Meta shows its channel', () => {
    const p = parseExport({ text: 'Date,Reach\n2026-01-05,10\n', channel: 'instagram' });
    expect(renderImportSummary('en', p)).toBe('1 reading from Meta Business Suite (Instagram) on Jan 5, 2026.');
  });

  test('GA4 sources left out', () => {
    expect(
      renderSkippedSources('en', [
        { source: 'google / organic', rows: 1200 },
        { source: '(direct) / (none)', rows: 3 },
      ]),
    ).toBe('google / organic (1,200), (direct) / (none) (3)');
  });

  test('overlap question and plan summary', () => {
    const overlap = { duplicates: 31, differing: 2, range: { from: '2026-01-01', to: '2026-01-31' } };
    expect(renderOverlap('en', overlap)).toBe(
      '31 of these readings are already in the Tracking sheet (Jan 1, 2026 to Jan 31, 2026), 2 with a different value. Replace them, or keep the existing ones?',
    );
    expect(renderOverlap('fr', overlap)).toContain('du 01/01/2026 au 31/01/2026');
    expect(renderOverlap('en', { duplicates: 0, differing: 0 })).toBe('None of these readings is in the Tracking sheet yet.');
    expect(renderPlanSummary('fr', { append: [], replace: [], skipped: 4, duplicates: 4 })).toBe('0 nouveau, 0 remplacé, 4 ignorés.');
  });
});
