/** Broken, odd and large files: what is fatal, what is rejected line by line, and what is resolved from the whole file. */
import { readFileSync } from 'node:fs';
import { MAX_LINES, parseExport } from '../../src/core/import';

const fixture = (name: string) => readFileSync(`${__dirname}/../fixtures/imports/${name}`, 'utf8');

describe('fatal errors: nothing can be written', () => {
  test.each(['', '   \n\r\n ', '\ufeff'])('empty text %j', (text) => {
    const p = parseExport({ text });
    expect(p.fatal).toEqual({ code: 'empty' });
    expect(p.rows).toEqual([]);
  });

  test('a header and no data', () => {
    const p = parseExport({ text: fixture('broken-header-only.csv') });
    expect(p.platform.id).toBe('x');
    expect(p.fatal).toEqual({ code: 'headerOnly' });
    expect(p.rows).toEqual([]);
  });

  test('metadata, a header, then only blank lines and ",,,," rows', () => {
    expect(parseExport({ text: 'Page analytics for Example\n\nDate,Reach,Link clicks,Page ID\n,,,\n\n' }).fatal).toEqual({
      code: 'headerOnly',
    });
  });

  test('no recognisable header: the best header guess and a proposed mapping come with the error', () => {
    const p = parseExport({ text: fixture('unknown-own-sheet.csv') });
    expect(p.fatal).toEqual({ code: 'unrecognised' });
    expect(p.header).toEqual(['Jour', 'Réseau', 'Portée', 'Clics vers le site', 'Ventes', 'Notes']);
    expect(p.headerLine).toBe(1);
    expect(p.suggestedMapping).toEqual({
      date: { column: 'Jour' },
      channel: { column: 'Réseau' },
      kpis: [
        { column: 'Portée', kpi: 'reach' },
        { column: 'Clics vers le site', kpi: 'website_clicks' },
        { column: 'Ventes', kpi: 'sales' },
      ],
    });
  });

  test('more lines than the limit', () => {
    const text = `Date,Video views\n${'2026-01-01,1\n'.repeat(MAX_LINES)}`;
    const p = parseExport({ text });
    expect(p.fatal).toEqual({ code: 'tooManyLines', lines: MAX_LINES + 1, limit: MAX_LINES });
    expect(p.rows).toEqual([]);
  });
});

describe('line by line: rejected with the line number of the original file', () => {
  test('one line with another delimiter makes the file no table: refused, the line named, nothing read', () => {
    const p = parseExport({ text: fixture('broken-mixed-delimiters.csv') });
    expect(p.platform.id).toBe('meta');
    expect(p.fatal).toEqual({ code: 'mixedDelimiters', header: ',', lines: [{ line: 3, delimiter: ';' }], count: 1 });
    expect(p.rows).toEqual([]);
    expect(p.dataLines).toBe(4);
  });

  test('a line that is merely short (no other delimiter fits it) is still rejected on its own', () => {
    const p = parseExport({ text: 'Date,Reach,Link clicks,Page ID\n2026-01-05,120,4,1\n2026-01-08,150,7\n' });
    expect(p.fatal).toBeUndefined();
    expect(p.rows).toHaveLength(2);
    expect(p.rejected).toEqual([{ line: 3, reason: { code: 'fieldCount', expected: 4, got: 3 } }]);
  });

  test('line numbers count metadata lines, blank lines and line breaks inside quoted fields', () => {
    const text = [
      'Page analytics for "Example"',
      'Date range: Jan 1, 2026 - Jan 31, 2026',
      '',
      'Date,Reach,Description,Page ID',
      '2026-01-05,10,"two',
      'lines",1',
      '',
      '2026-01-06,abc,x,1',
      '31/02/2026,5,x,1',
      '2026-01-08,,x,1',
      '',
    ].join('\r\n');
    const p = parseExport({ text });
    expect(p.headerLine).toBe(4);
    expect(p.rows.map((r) => [r.date, r.value])).toEqual([['2026-01-05', 10]]);
    expect(p.rejected).toEqual([
      { line: 8, reason: { code: 'badNumber', column: 'Reach', text: 'abc' } },
      { line: 9, reason: { code: 'badDate', text: '31/02/2026' } },
    ]);
  });

  test('an unclosed quote rejects its line instead of swallowing the file silently', () => {
    const p = parseExport({ text: 'Date,Reach,Page ID\n2026-01-05,10,1\n2026-01-06,"11,1\n2026-01-07,12,1\n' });
    expect(p.rows).toHaveLength(1);
    expect(p.rejected).toEqual([{ line: 3, reason: { code: 'unclosedQuote' } }]);
  });

  test('a trailing delimiter (empty extra field) is tolerated; extra content is not', () => {
    const p = parseExport({ text: 'Date,Reach,Page ID\n2026-01-05,10,1,\n2026-01-06,11,1,oops\n' });
    expect(p.rows).toHaveLength(1);
    expect(p.rejected).toEqual([{ line: 3, reason: { code: 'fieldCount', expected: 3, got: 4 } }]);
  });

  test('ambiguous dates are rejected when neither the data nor the locale tells', () => {
    // 3 April then 6 June, or 4 March then 6 June: no day above 12, and no run of consecutive days either way
    const text = 'Date,Reach,Page ID\n03/04/2026,10,1\n06/06/2026,11,1\n';
    const p = parseExport({ text });
    expect(p.rows.map((r) => r.date)).toEqual(['2026-06-06']);
    expect(p.rejected).toEqual([{ line: 2, reason: { code: 'ambiguousDate', text: '03/04/2026' } }]);
    expect(parseExport({ text, locale: 'fr_FR' }).rows.map((r) => r.date)).toEqual(['2026-04-03', '2026-06-06']);
    expect(parseExport({ text, locale: 'en_US' }).rows.map((r) => r.date)).toEqual(['2026-03-04', '2026-06-06']);
  });

  test('consecutive days tell the order where no day is above 12, before the locale', () => {
    // 3 then 4 April day first; 4 March then 4 April month first: the daily series is day first
    const text = 'Date,Reach,Page ID\n03/04/2026,10,1\n04/04/2026,11,1\n';
    for (const locale of [undefined, 'fr_FR', 'en_US'])
      expect([locale, parseExport({ text, locale }).rows.map((r) => r.date)]).toEqual([locale, ['2026-04-03', '2026-04-04']]);
  });

  test('a stock KPI given twice for a day with two values is a conflict; equal values merge', () => {
    const text = 'Date,Followers,Video views\n2026-01-05,100,5\n2026-01-05,100,6\n2026-01-05,101,7\n';
    const p = parseExport({ text });
    expect(p.rows.map((r) => [r.kpi, r.value])).toEqual([
      ['followers', 100],
      ['impressions', 18],
    ]);
    expect(p.merged).toBe(3);
    expect(p.rejected).toEqual([
      { line: 4, reason: { code: 'conflict', kpi: 'followers', date: '2026-01-05', channel: 'tiktok', kept: 100, got: 101 } },
    ]);
  });
});

describe('numbers resolved from the whole file', () => {
  const ga4 = (rows: string[]) => `Date,Session source / medium,Sessions,Total revenue\n${rows.join('\n')}\n`;

  test('"1,500" in a money column is 1.5 when the same column writes "2,25" elsewhere', () => {
    const text =
      'Date;Session source / medium;Sessions;Total revenue\n20260105;facebook.com / referral;3;1,500\n20260106;facebook.com / referral;2;2,25\n';
    const p = parseExport({ text });
    expect(p.rows.filter((r) => r.kpi === 'revenue').map((r) => r.value)).toEqual([1.5, 2.25]);
  });

  test('"1,500" is 1500 when the file writes "3.75" elsewhere', () => {
    const p = parseExport({ text: ga4(['20260105,facebook.com / referral,3,"1,500"', '20260106,facebook.com / referral,2,3.75']) });
    expect(p.rows.filter((r) => r.kpi === 'revenue').map((r) => r.value)).toEqual([1500, 3.75]);
  });

  test("an ignored column's decimals still tell the file's decimal separator", () => {
    const text = 'Date;Session source / medium;Sessions;Engagement rate;Total revenue\n20260105;facebook.com / referral;3;0,5;1,500\n';
    expect(parseExport({ text }).rows.find((r) => r.kpi === 'revenue')?.value).toBe(1.5);
  });

  test('with nothing to tell, an ambiguous money value is rejected with its line; counts read as whole numbers', () => {
    const p = parseExport({ text: ga4(['20260105,facebook.com / referral,"1,200","1,500"']) });
    expect(p.rows.map((r) => [r.kpi, r.value])).toEqual([['visits', 1200]]);
    expect(p.rejected).toEqual([{ line: 2, reason: { code: 'ambiguousNumber', column: 'Total revenue', text: '1,500' } }]);
  });
});

describe('size', () => {
  test('50,000 generated data rows are all read, in order, with the right values', () => {
    const lines = ['Date,Video views,Likes,Comments,Shares'];
    let views = 0;
    for (let i = 0; i < 50_000; i++) {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${day},${i},${i % 97},${i % 13},`);
      views += i;
    }
    const p = parseExport({ text: lines.join('\n') });
    expect(p.fatal).toBeUndefined();
    expect(p.dataLines).toBe(50_000);
    expect(p.rejected).toEqual([]);
    const byKpi = (kpi: string) => p.rows.filter((r) => r.kpi === kpi);
    expect(byKpi('impressions')).toHaveLength(50_000);
    expect(byKpi('shares')).toHaveLength(0);
    expect(byKpi('impressions').reduce((sum, r) => sum + r.value, 0)).toBe(views);
    expect(p.rows[p.rows.length - 1]).toEqual({
      date: '2136-11-22',
      channel: 'tiktok',
      kpi: 'comments',
      value: 49_999 % 13,
      source: 'TikTok export (pasted)',
    });
    expect(p.dateRange).toEqual({ from: '2000-01-01', to: '2136-11-22' });
  });
});
