/** Each platform's export, from fixture files written to the platforms' documented headers. */
import { readFileSync } from 'node:fs';
import { parseExport, type ImportPreview } from '../../src/core/import';
import { parseExportFile } from '../../src/core/import/file';
import { detectPlatform } from '../../src/core/import/platforms';
import { normaliseHeader } from '../../src/core/import/headers';
import type { KpiId } from '../../src/core/catalog';

const FIXTURES = `${__dirname}/../fixtures/imports/`;
const bytes = (name: string) => new Uint8Array(readFileSync(FIXTURES + name));
const text = (name: string) => readFileSync(FIXTURES + name, 'utf8');

/** value of the reading for (date, kpi), the channel checked once per file */
function reading(preview: ImportPreview, date: string, kpi: KpiId): number | undefined {
  const found = preview.rows.filter((r) => r.date === date && r.kpi === kpi);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value;
}

const kpisOf = (preview: ImportPreview) => [...new Set(preview.rows.map((r) => r.kpi))].sort();
const ignored = (preview: ImportPreview) => Object.fromEntries(preview.ignoredColumns.map((c) => [c.header, c.reason.code]));

describe('Meta Business Suite', () => {
  test('Instagram per-post export: "Lifetime" Date column gives way to Publish time; posts of one day are added up, reach excepted', () => {
    const p = parseExport({ text: text('meta-instagram-posts.csv'), fileName: 'meta-instagram-posts.csv', locale: 'en_US' });
    expect(p.fatal).toBeUndefined();
    expect(p.platform).toEqual({ id: 'meta', label: { en: 'Meta Business Suite', fr: 'Meta Business Suite' } });
    expect(p.channel).toBe('instagram');
    expect(p.rows.every((r) => r.channel === 'instagram' && r.source === 'Meta export · meta-instagram-posts.csv')).toBe(true);
    // two posts on 01/05: views "12,400" + "3,050", quoted thousands in a comma file
    expect(reading(p, '2026-01-05', 'impressions')).toBe(15450);
    // reach counts people: 9100 and 2200 may be the same people, so the day keeps the largest, not 11300
    expect(reading(p, '2026-01-05', 'reach')).toBe(9100);
    expect(p.largestKept).toEqual([{ kpi: 'reach', readings: 1 }]);
    expect(reading(p, '2026-01-05', 'reactions')).toBe(750);
    expect(reading(p, '2026-01-05', 'shares')).toBe(100);
    expect(reading(p, '2026-01-05', 'saves')).toBe(261);
    expect(reading(p, '2026-01-05', 'new_followers')).toBe(46); // Follows per post: followers gained, a flow
    expect(reading(p, '2026-01-14', 'shares')).toBeUndefined(); // empty cell: no reading, not 0
    expect(p.noReading).toEqual([{ header: 'Shares', count: 1, lines: [5], marks: [''] }]); // line 5: a description spans lines 3-4
    expect(reading(p, '2026-01-14', 'impressions')).toBe(980);
    expect(p.merged).toBe(6);
    expect(p.dateRange).toEqual({ from: '2026-01-05', to: '2026-01-14' });
    expect(ignored(p)).toEqual({});
    expect(kpisOf(p)).not.toContain('followers');
    expect(p.rejected).toEqual([]);
  });

  test('French-localised Facebook export: ";" delimiter, metadata lines, decimal commas, no-break spaces, dd/mm/yyyy', () => {
    const p = parseExport({ text: text('meta-facebook-fr.csv'), fileName: 'statistiques.csv' });
    expect(p.fatal).toBeUndefined();
    expect(p.channel).toBe('facebook'); // "Visites de la Page" says Facebook
    expect(p.headerLine).toBe(4);
    expect(reading(p, '2026-01-12', 'reach')).toBe(1234); // 1\u00a0234
    expect(reading(p, '2026-01-12', 'impressions')).toBe(2310); // 2\u202f310
    expect(reading(p, '2026-01-12', 'website_clicks')).toBe(45);
    expect(reading(p, '2026-01-13', 'website_clicks')).toBeUndefined(); // "--"
    expect(reading(p, '2026-01-13', 'comments')).toBeUndefined(); // "-"
    expect(reading(p, '2026-01-14', 'reactions')).toBeUndefined(); // empty
    expect(reading(p, '2026-01-14', 'shares')).toBe(0);
    expect(reading(p, '2026-01-12', 'new_followers')).toBe(12);
    expect(reading(p, '2026-01-12', 'profile_visits')).toBe(40);
    expect(p.rows).toHaveLength(21);
    expect(ignored(p)).toEqual({ "Taux d'interaction": 'rate' });
    expect(p.rejected).toEqual([]);
  });

  test('the French export read with an English locale still gets day-first dates from its data (13/01)', () => {
    const p = parseExport({ text: text('meta-facebook-fr.csv'), locale: 'en_US' });
    expect(p.dateRange).toEqual({ from: '2026-01-12', to: '2026-01-14' });
  });

  test('one-metric UTF-16 LE export with "sep=," and its title line, given as bytes', () => {
    const p = parseExportFile(bytes('meta-facebook-reach-utf16le.csv'), { fileName: 'Reach.csv' });
    expect(p.encoding).toBe('utf-16le');
    expect(p.fatal).toBeUndefined();
    expect(p.channel).toBe('facebook');
    expect(p.usedColumns).toEqual([{ header: 'Facebook reach', kpi: 'reach' }]);
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-02-01', 'reach', 1520],
      ['2026-02-02', 'reach', 1784],
      ['2026-02-03', 'reach', 0],
    ]);
  });

  test('one-metric export of follows is new followers, a flow; of unfollows, nothing, and it says why', () => {
    const p = parseExport({ text: 'sep=,\n"Instagram follows"\n"Date","Primary"\n"2026-02-01T00:00:00","12"\n' });
    expect(p.channel).toBe('instagram');
    expect(p.rows.map((r) => [r.kpi, r.value])).toEqual([['new_followers', 12]]);
    const lost = parseExport({ text: 'sep=,\n"Instagram unfollows"\n"Date","Primary"\n"2026-02-01T00:00:00","3"\n' });
    expect(lost.rows).toEqual([]);
    expect(lost.ignoredColumns).toEqual([{ header: 'Instagram unfollows', reason: { code: 'notGained' } }]);
  });

  test('windows-1252 French export', () => {
    const p = parseExportFile(bytes('meta-facebook-fr-cp1252.csv'));
    expect(p.encoding).toBe('windows-1252');
    expect(p.channel).toBe('facebook');
    expect(reading(p, '2026-01-15', 'reach')).toBe(1500);
    expect(p.ignoredColumns).toEqual([{ header: 'Taux d’interaction', reason: { code: 'rate' } }]);
  });

  test('Facebook or Instagram unknown: fatal until the caller passes a channel', () => {
    const csv = 'Date,Reach,Views,Link clicks\n2026-01-05,10,20,3\n';
    expect(parseExport({ text: csv }).fatal).toEqual({ code: 'channelRequired' });
    const p = parseExport({ text: csv, channel: 'Instagram' });
    expect(p.fatal).toBeUndefined();
    expect(p.channel).toBe('instagram');
    expect(p.rows).toHaveLength(3);
    expect(parseExport({ text: csv, fileName: 'facebook-insights.csv' }).channel).toBe('facebook');
  });

  test('a Platform column gives the channel row by row', () => {
    const csv = 'Date,Platform,Reach\n2026-01-05,Facebook,10\n2026-01-05,Instagram,20\n';
    const p = parseExport({ text: csv });
    expect(p.rows.map((r) => [r.channel, r.value])).toEqual([
      ['facebook', 10],
      ['instagram', 20],
    ]);
    expect(p.channel).toBeUndefined();
    expect(parseExport({ text: csv, channel: 'facebook' }).rows.map((r) => r.channel)).toEqual(['facebook', 'instagram']);
  });

  test("the caller's channel overrides a single-channel file's own, as catalogue id or free text", () => {
    const csv = text('linkedin-page-metrics.csv');
    expect(new Set(parseExport({ text: csv, channel: 'LinkedIn (brand B)' }).rows.map((r) => r.channel))).toEqual(
      new Set(['LinkedIn (brand B)']),
    );
    expect(parseExport({ text: text('x-account-overview.csv'), channel: 'X' }).channel).toBe('x');
  });
});

describe('LinkedIn', () => {
  test('page metrics: totals imported (clicks included), organic/sponsored parts left out, MM/DD/YYYY', () => {
    const p = parseExport({ text: text('linkedin-page-metrics.csv'), fileName: 'linkedin.csv', locale: 'fr_FR' });
    expect(p.platform.id).toBe('linkedin');
    expect(p.channel).toBe('linkedin');
    expect(p.headerLine).toBe(2);
    expect(reading(p, '2026-01-15', 'impressions')).toBe(1020);
    expect(reading(p, '2026-01-15', 'reach')).toBe(610);
    expect(reading(p, '2026-01-17', 'reactions')).toBe(32);
    expect(reading(p, '2026-01-17', 'comments')).toBe(7);
    expect(reading(p, '2026-01-17', 'shares')).toBe(4);
    expect(reading(p, '2026-01-15', 'website_clicks')).toBe(40);
    expect(kpisOf(p)).toEqual(['comments', 'impressions', 'reach', 'reactions', 'shares', 'website_clicks']);
    expect(p.usedColumns).toContainEqual({ header: 'Clicks (total)', kpi: 'website_clicks' });
    const reasons = ignored(p);
    expect(reasons['Impressions (organic)']).toBe('partOfTotal');
    expect(reasons['Clicks (organic)']).toBe('partOfTotal');
    expect(reasons['Clicks (sponsored)']).toBe('partOfTotal');
    expect(reasons['Engagement rate (total)']).toBe('rate');
    expect(p.organicSplit).toBe(true);
    expect(p.rows[0].source).toBe('Export LinkedIn · linkedin.csv');
  });

  test('followers export: its "Total followers" is followers gained per day, New followers (a flow), never the Followers stock', () => {
    const p = parseExport({ text: text('linkedin-followers.csv') });
    expect(p.platform.id).toBe('linkedin');
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-01-15', 'new_followers', 3],
      ['2026-01-16', 'new_followers', 3],
    ]);
    expect(ignored(p)).toEqual({
      'Sponsored followers': 'partOfTotal',
      'Organic followers': 'partOfTotal',
      'Auto-invited followers': 'partOfTotal',
    });
  });
});

describe('X', () => {
  test('account overview with "Tue, Mar 10, 2026" dates', () => {
    const p = parseExport({ text: text('x-account-overview.csv') });
    expect(p.platform.id).toBe('x');
    expect(p.channel).toBe('x');
    expect(reading(p, '2026-03-10', 'impressions')).toBe(2871);
    expect(reading(p, '2026-03-10', 'reactions')).toBe(24);
    expect(reading(p, '2026-03-09', 'comments')).toBe(2);
    expect(reading(p, '2026-03-10', 'shares')).toBe(1);
    expect(reading(p, '2026-03-10', 'saves')).toBe(0); // Bookmarks
    expect(reading(p, '2026-03-10', 'profile_visits')).toBe(2);
    expect(reading(p, '2026-03-10', 'new_followers')).toBe(0);
    const reasons = ignored(p);
    expect(reasons.Engagements).toBe('composite');
    expect(reasons.Unfollows).toBe('notGained');
    expect(reasons['Create Post']).toBe('ownActivity');
    expect(p.ignoredColumns.find((c) => c.header === 'Shares')?.reason).toEqual({ code: 'alsoGiven', kpi: 'shares', by: 'Reposts' });
    expect(p.ignoredColumns.find((c) => c.header === 'Video views')?.reason).toEqual({
      code: 'alsoGiven',
      kpi: 'impressions',
      by: 'Impressions',
    });
  });

  test('UTF-16 LE tab-separated export given as bytes, space as thousands separator', () => {
    const p = parseExportFile(bytes('x-overview-utf16le-tab.csv'));
    expect(p.encoding).toBe('utf-16le');
    expect(p.platform.id).toBe('x');
    expect(reading(p, '2026-04-01', 'impressions')).toBe(1205);
    expect(reading(p, '2026-04-01', 'website_clicks')).toBe(7);
    expect(reading(p, '2026-04-02', 'shares')).toBe(2);
    expect(reading(p, '2026-04-01', 'new_followers')).toBe(3);
    expect(p.rows).toHaveLength(12);
  });
});

describe('TikTok', () => {
  test('overview with year-less dates gets its years from today', () => {
    const p = parseExport({ text: text('tiktok-overview.csv'), today: '2026-01-10' });
    expect(p.platform.id).toBe('tiktok');
    expect(p.dateRange).toEqual({ from: '2025-12-30', to: '2026-01-02' });
    expect(reading(p, '2025-12-31', 'impressions')).toBe(1441);
    expect(reading(p, '2026-01-02', 'reactions')).toBe(73);
    expect(reading(p, '2026-01-01', 'shares')).toBe(6);
    expect(reading(p, '2026-01-01', 'profile_visits')).toBe(77); // Profile Views
    expect(ignored(p)).toEqual({});
  });

  test('around New Year, TikTok’s UTC day may run ahead of the sheet’s: January 2 read on January 1 is this year’s', () => {
    const p = parseExport({ text: text('tiktok-overview.csv'), today: '2026-01-01' });
    expect(p.dateRange).toEqual({ from: '2025-12-30', to: '2026-01-02' });
    expect(reading(p, '2026-01-02', 'impressions')).toBe(9902);
    expect(p.rejected).toEqual([]);
  });

  test('a year of year-less days takes its years from its own series, not from each date alone', () => {
    // 365 days to 30 December 2026, read that day: "January 1" is this year's, not 2027's
    const days: string[] = [];
    for (let d = Date.UTC(2025, 11, 31); d <= Date.UTC(2026, 11, 30); d += 86_400_000) {
      const date = new Date(d);
      days.push(`"${date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${date.getUTCDate()}",${date.getUTCDate()}`);
    }
    const ascending = parseExport({ text: `Date,Video Views\n${days.join('\n')}\n`, today: '2026-12-30' });
    expect(ascending.dateRange).toEqual({ from: '2025-12-31', to: '2026-12-30' });
    expect(ascending.rows).toHaveLength(365);
    expect(reading(ascending, '2026-01-01', 'impressions')).toBe(1);
    // latest first, as per-post exports list them
    const descending = parseExport({ text: `Date,Video Views\n${[...days].reverse().join('\n')}\n`, today: '2026-12-30' });
    expect(descending.dateRange).toEqual({ from: '2025-12-31', to: '2026-12-30' });
    expect(reading(descending, '2025-12-31', 'impressions')).toBe(31);
  });

  test('year-less dates that jump by months are no series: each is at most two days after today', () => {
    const p = parseExport({ text: 'Date,Video Views\nMarch 3,1\nJanuary 3,2\nSeptember 9,3\n', today: '2026-01-01' });
    expect(p.rows.map((r) => r.date)).toEqual(['2025-03-03', '2026-01-03', '2025-09-09']);
  });

  test('without today, year-less dates are rejected with their line', () => {
    const p = parseExport({ text: text('tiktok-overview.csv') });
    expect(p.rows).toEqual([]);
    expect(p.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(p.rejected[0].reason).toEqual({ code: 'dateWithoutYear', text: 'December 30' });
  });

  test('follower history: Followers is the total (a stock) and feeds Followers; "undefined" is no reading', () => {
    const p = parseExport({ text: text('tiktok-follower-history.csv'), today: '2026-01-10' });
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2025-12-31', 'followers', 1210],
      ['2026-01-01', 'followers', 1209],
      ['2026-01-02', 'followers', 1215],
    ]);
    expect(ignored(p)['Difference in followers from previous day']).toBe('notGained');
  });

  test('Studio overview with reached audience and website clicks', () => {
    const csv =
      'Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,Website clicks,New followers\n2026/05/10,900,640,12,40,3,2,5,4\n';
    const p = parseExport({ text: csv });
    expect(p.platform.id).toBe('tiktok');
    expect(p.rows.map((r) => [r.kpi, r.value])).toEqual([
      ['impressions', 900],
      ['reach', 640],
      ['profile_visits', 12],
      ['reactions', 40],
      ['shares', 3],
      ['comments', 2],
      ['website_clicks', 5],
      ['new_followers', 4],
    ]);
  });
});

describe('Google Analytics 4', () => {
  test('traffic acquisition without a Date dimension: totals dated at the report end, sources mapped to channels', () => {
    const p = parseExport({ text: text('ga4-traffic-acquisition.csv'), fileName: 'ga4.csv' });
    expect(p.platform.id).toBe('ga4');
    expect(p.headerLine).toBe(10);
    expect(p.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(p.rows.every((r) => r.date === '2026-01-31')).toBe(true);
    const of = (channel: string, kpi: KpiId) => p.rows.find((r) => r.channel === channel && r.kpi === kpi)?.value;
    expect(of('facebook', 'visits')).toBe(640); // facebook.com + m.facebook.com
    expect(of('facebook', 'revenue')).toBeCloseTo(400.25, 10);
    expect(of('instagram', 'visits')).toBe(150);
    expect(of('newsletter', 'visits')).toBe(120);
    expect(of('x', 'visits')).toBe(44);
    expect(of('linkedin', 'visits')).toBe(38);
    expect(p.merged).toBe(2);
    expect(p.skippedSources).toEqual([
      { source: '(direct) / (none)', rows: 1 },
      { source: 'google / organic', rows: 1 },
      { source: 'partner-blog.example / referral', rows: 1 },
    ]);
    expect(ignored(p)['Key events']).toBe('needsChoice');
    // the second table after the "#" block is not read
    expect(p.rejected).toEqual([]);
  });

  test('key events are imported once the caller names their KPI', () => {
    const p = parseExport({ text: text('ga4-traffic-acquisition.csv'), kpiOverrides: { 'Key events': 'email_signups' } });
    expect(p.rows.find((r) => r.channel === 'facebook' && r.kpi === 'email_signups')?.value).toBe(8);
    expect(p.ignoredColumns.some((c) => c.header === 'Key events')).toBe(false);
  });

  test('daily export with source and medium in two columns', () => {
    const p = parseExport({ text: text('ga4-daily-by-source.csv') });
    expect(p.platform.id).toBe('ga4');
    expect(p.period).toBeUndefined();
    const of = (date: string, channel: string, kpi: KpiId) =>
      p.rows.find((r) => r.date === date && r.channel === channel && r.kpi === kpi)?.value;
    expect(of('2026-03-01', 'facebook', 'visits')).toBe(52);
    expect(of('2026-03-01', 'instagram', 'revenue')).toBe(60);
    expect(of('2026-03-02', 'newsletter', 'visits')).toBe(18); // mailchimp / email
    expect(of('2026-03-02', 'pinterest', 'visits')).toBe(6);
    expect(p.skippedSources).toEqual([{ source: 'google / organic', rows: 1 }]);
  });

  test('a GA4 report with neither Date column nor date range is fatal', () => {
    expect(parseExport({ text: 'Session source / medium,Sessions\nfacebook.com / referral,3\n' }).fatal).toEqual({ code: 'noDate' });
  });

  test('a Total line is left out with its reason', () => {
    const p = parseExport({ text: 'Date,Session source / medium,Sessions\n20260105,facebook.com / referral,3\n,Total,3\n' });
    expect(p.rows).toHaveLength(1);
    expect(p.rejected).toEqual([{ line: 3, reason: { code: 'summaryRow', text: 'Total' } }]);
  });

  test('French headers', () => {
    const p = parseExport({ text: 'Date;Source/support de la session;Sessions;Revenu total\n20260105;l.facebook.com / referral;4;12,5\n' });
    expect(p.platform.id).toBe('ga4');
    expect(p.rows.map((r) => [r.channel, r.kpi, r.value])).toEqual([
      ['facebook', 'visits', 4],
      ['facebook', 'revenue', 12.5],
    ]);
  });
});

describe('detection', () => {
  const detect = (header: string, fileName?: string) => detectPlatform(header.split(',').map(normaliseHeader), fileName)?.platform;

  test('headers are compared without case, accents or extra spaces', () => {
    expect(detect('  DATE ,COUVERTURE,clics sur un LIEN')).toBe('meta');
    expect(detect('Date,Reactions (TOTAL),Impressions (total)')).toBe('linkedin');
    expect(detect('Date,Video Views,Profile Views,Likes')).toBe('tiktok');
    expect(detect('Date,Impressions,New follows,Unfollows,Reposts')).toBe('x');
    expect(detect('Session source / medium,Sessions')).toBe('ga4');
  });

  test('no date column, or no metric: not an export', () => {
    expect(detect('Name,Reach')).toBeUndefined();
    expect(detect('Date,Name,Comment')).toBeUndefined();
  });

  test('a tie is broken by the file name, else left unknown', () => {
    expect(detect('Date,Likes,Comments')).toBeUndefined();
    expect(detect('Date,Likes,Comments', 'tiktok_overview.csv')).toBe('tiktok');
  });
});
