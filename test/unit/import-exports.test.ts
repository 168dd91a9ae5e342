/**
 * Every real export lands right: the metrics people look at, numbers that must not be written as they are,
 * and files that must be refused or understood. The fixtures are written after the columns the platforms
 * document for their exports (header texts as the exports write them):
 *
 * - LinkedIn page analytics, Content export, "Metrics" sheet (linkedin-page-metrics.csv): Date,
 *   Impressions (organic|sponsored|total), Unique impressions (organic), Clicks (organic|sponsored|total),
 *   Reactions (…), Comments (…), Reposts (…), Engagement rate (…).
 *   "All posts" sheet (linkedin-all-posts.csv): Post title, Post link, Post type, Campaign name, Posted by,
 *   Created date, Campaign start date, Campaign end date, Audience, Impressions, Views, Offsite Views, Clicks,
 *   Click through rate (CTR), Likes, Comments, Reposts, Follows, Engagement rate, Content Type.
 * - LinkedIn Followers export, "New followers" sheet (linkedin-followers.csv): Date, Sponsored followers,
 *   Organic followers, Auto-invited followers, Total followers (followers gained that day).
 * - LinkedIn Visitors export, "Visitor metrics" sheet (linkedin-visitors.csv): Date, then for Overview, Life,
 *   Jobs and Total: "… page views" and "… unique visitors", each (desktop), (mobile) and (total).
 * - Meta Business Suite, Instagram posts export (meta-instagram-posts.csv, English): Post ID, Account ID, Account
 *   username, Account name, Description, Duration (sec), Publish time, Permalink, Post type, Data comment, Date,
 *   Views, Reach, Likes, Shares, Follows, Comments, Saves; in French (meta-instagram-posts-fr.csv): Identifiant
 *   de la publication, Identifiant du compte, Nom d'utilisateur du compte, Nom du compte, Description, Durée (s),
 *   Heure de publication, Lien permanent, Type de publication, Date, Vues, Couverture, J'aime, Partages,
 *   Abonnements, Commentaires, Enregistrements, Visites du profil.
 * - Meta Business Suite, Facebook Page export in French with "Portée" (meta-facebook-fr-portee.csv): Date,
 *   Nom de la Page, Portée, Vues, Clics sur un lien, Réactions, Visites de la Page.
 * - X analytics, post export "account_analytics_content" (x-post-analytics.csv): Post id, Date, Post text,
 *   Post Link, Impressions, Likes, Engagements, Bookmarks, Shares, New follows, Replies, Reposts, Profile visits,
 *   Detail Expands, URL Clicks, Hashtag Clicks, Permalink Clicks. Account overview (x-account-overview.csv):
 *   Date, Impressions, Likes, Engagements, Bookmarks, Shares, New follows, Unfollows, Replies, Reposts, Profile
 *   visits, Create Post, Video views, Media views.
 * - TikTok analytics, Content export (tiktok-content.csv): Video title, Video link, Post time, Total likes,
 *   Total comments, Total shares, Total views, Add to favorites. TikTok Studio overview
 *   (tiktok-studio-overview.csv): Date, Video views, Profile views, Likes, Comments, Shares, Reached audience,
 *   New followers, Lost followers, Net growth. Overview (tiktok-overview.csv): Date, Video Views, Profile Views,
 *   Likes, Comments, Shares. Follower history (tiktok-follower-history.csv): Date, Followers, Difference in
 *   followers from previous day.
 * - Broken and mixed files, written for these cases: broken-negative-values.csv (a Facebook export with a
 *   negative reach and views, and "n/a", "—", "-", "N/A" and blank cells), broken-delimiters-in-turn.csv (comma,
 *   semicolon and tab lines in turn), network-posts-fr-cp1252.csv (one row per post across Facebook, Instagram
 *   and LinkedIn with a "Réseau" column, saved in Windows-1252).
 */
import { readFileSync } from 'node:fs';
import { KPIS, kpiById, type KpiId } from '../../src/core/catalog';
import { LANGS } from '../../src/core/lang';
import { parseExport, parseWithMapping, type ColumnMapping, type ImportPreview } from '../../src/core/import';
import { decodeBytes } from '../../src/core/import/decode';
import { parseExportFile } from '../../src/core/import/file';
import { readImportRequest } from '../../src/core/import/request';
import { renderIgnoredColumn, renderImportError, renderImportSummary, renderNoReading, renderRejection } from '../../src/core/import/texts';
import { readingsDigest } from '../../src/shared/digest';

const FIXTURES = `${__dirname}/../fixtures/imports/`;
const bytes = (name: string) => new Uint8Array(readFileSync(FIXTURES + name));
const read = (name: string, options: { organicOnly?: boolean; locale?: string; today?: string } = {}) =>
  parseExportFile(bytes(name), { fileName: name, today: '2026-05-04', ...options });

/** The value of the one reading for (date, KPI). */
function value(preview: ImportPreview, date: string, kpi: KpiId): number | undefined {
  const found = preview.rows.filter((r) => r.date === date && r.kpi === kpi);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value;
}
/** A day's readings on one channel (or the file's only one), KPI → value. */
function day(preview: ImportPreview, date: string, channel?: string): Partial<Record<KpiId, number>> {
  const rows = preview.rows.filter((r) => r.date === date && (channel === undefined || r.channel === channel));
  return Object.fromEntries(rows.map((r) => [r.kpi, r.value]));
}
const reasons = (preview: ImportPreview) => Object.fromEntries(preview.ignoredColumns.map((c) => [c.header, c.reason.code]));

describe('the catalogue gives saves, new followers and profile visits a home', () => {
  test.each([
    ['saves', 'engagement', 'flow', 'Saves', 'Enregistrements'],
    ['new_followers', 'awareness', 'flow', 'New followers', 'Nouveaux abonnés'],
    ['profile_visits', 'engagement', 'flow', 'Profile / Page visits', 'Visites du profil / de la Page'],
  ] as const)('%s: %s stage, a %s', (id, stage, kind, en, fr) => {
    expect(kpiById(id)).toMatchObject({ stage, kind, unit: 'count', label: { en, fr } });
  });

  test('followers stays a stock: new followers are a flow beside it, not a reading of it', () => {
    expect(kpiById('followers')?.kind).toBe('stock');
  });
});

describe('metrics left out until now', () => {
  test('LinkedIn clicks: the total by default, organic only when the user leaves sponsored out', () => {
    const total = read('linkedin-page-metrics.csv');
    expect(total.organicSplit).toBe(true);
    expect(['2026-01-15', '2026-01-16', '2026-01-17'].map((d) => value(total, d, 'website_clicks'))).toEqual([40, 18, 45]);
    expect(value(total, '2026-01-15', 'impressions')).toBe(1020);
    expect(reasons(total)['Clicks (organic)']).toBe('partOfTotal');

    const organic = read('linkedin-page-metrics.csv', { organicOnly: true });
    expect(['2026-01-15', '2026-01-16', '2026-01-17'].map((d) => value(organic, d, 'website_clicks'))).toEqual([31, 18, 40]);
    expect(value(organic, '2026-01-15', 'impressions')).toBe(820);
    expect(value(organic, '2026-01-17', 'reactions')).toBe(30);
    expect(value(organic, '2026-01-15', 'reach')).toBe(610); // LinkedIn's unique impressions are organic either way
    expect(organic.usedColumns).toContainEqual({ header: 'Clicks (organic)', kpi: 'website_clicks' });
    const left = reasons(organic);
    for (const header of ['Clicks (total)', 'Clicks (sponsored)', 'Impressions (total)', 'Reposts (sponsored)'])
      expect(left[header]).toBe('sponsored');
  });

  test('LinkedIn "All posts": clicks and follows per post, posts of one day added up', () => {
    const p = read('linkedin-all-posts.csv');
    expect(p.platform.id).toBe('linkedin');
    expect(p.headerLine).toBe(2);
    expect(value(p, '2026-01-15', 'website_clicks')).toBe(58);
    expect(value(p, '2026-01-15', 'new_followers')).toBe(4);
    expect(value(p, '2026-01-15', 'impressions')).toBe(1660);
    expect(value(p, '2026-01-17', 'impressions')).toBe(1255); // "1,255"
    expect(value(p, '2026-01-17', 'new_followers')).toBeUndefined();
    expect(p.noReading).toEqual([{ header: 'Follows', count: 1, lines: [5], marks: [''] }]);
    expect(reasons(p)).toEqual({
      Views: 'alsoGiven',
      'Offsite Views': 'notKpi',
      'Click through rate (CTR)': 'rate',
      'Engagement rate': 'rate',
    });
  });

  test('LinkedIn followers, organic only: the organic followers gained, sponsored ones left out', () => {
    const p = read('linkedin-followers.csv', { organicOnly: true });
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-01-15', 'new_followers', 3],
      ['2026-01-16', 'new_followers', 2],
    ]);
    expect(reasons(p)).toEqual({
      'Sponsored followers': 'sponsored',
      'Auto-invited followers': 'partOfTotal',
      'Total followers': 'sponsored',
    });
  });

  test('LinkedIn visitors: page views are profile visits; unique visitors count people, and say so', () => {
    const p = read('linkedin-visitors.csv');
    expect(p.platform.id).toBe('linkedin');
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-01-15', 'profile_visits', 68],
      ['2026-01-16', 'profile_visits', 49],
      ['2026-01-17', 'profile_visits', 26],
    ]);
    expect(reasons(p)['Total unique visitors (total)']).toBe('people');
    expect(reasons(p)['Overview page views (total)']).toBe('partOfTotal');
    expect(
      renderIgnoredColumn(
        'en',
        p.ignoredColumns.find((c) => c.header === 'Total unique visitors (total)')!,
      ),
    ).toBe('"Total unique visitors (total)": counts each person once, while Profile / Page visits counts every time.');
  });

  test('Instagram in French: saves, follows (new followers) and profile visits; reach of a day is its largest post', () => {
    const p = read('meta-instagram-posts-fr.csv', { locale: 'fr_FR' });
    expect(p.channel).toBe('instagram');
    // reach 4 400, the larger of the day's two posts, not 3 050 + 4 400
    expect(day(p, '2026-03-05')).toMatchObject({ saves: 183, new_followers: 26, profile_visits: 103, impressions: 11190, reach: 4400 });
    expect(value(p, '2026-03-07', 'new_followers')).toBeUndefined(); // "n/a"
    expect(p.largestKept).toEqual([{ kpi: 'reach', readings: 1 }]);
    expect(p.noReading).toEqual([
      { header: 'Abonnements', count: 1, lines: [4], marks: ['n/a'] },
      { header: 'Visites du profil', count: 1, lines: [4], marks: ['—'] },
    ]);
    expect(p.ignoredColumns).toEqual([]);
  });

  test('X posts: bookmarks are saves; URL clicks, profile visits and new follows are read; other clicks say why not', () => {
    const p = read('x-post-analytics.csv');
    expect(p.platform.id).toBe('x');
    // two posts on Mar 10, added up; Bookmarks are saves
    expect(day(p, '2026-03-10')).toMatchObject({ saves: 5, website_clicks: 14, profile_visits: 8, new_followers: 2, impressions: 2871 });
    expect(reasons(p)).toEqual({
      Engagements: 'composite',
      Shares: 'alsoGiven',
      'Detail Expands': 'notKpi',
      'Hashtag Clicks': 'notKpi',
      'Permalink Clicks': 'notKpi',
    });
  });

  test('TikTok content: favorites are saves; Studio overview: new followers read, lost and net growth left out', () => {
    const content = read('tiktok-content.csv');
    expect(content.platform.id).toBe('tiktok');
    expect(day(content, '2026-01-05')).toMatchObject({ saves: 78, impressions: 12920, reactions: 598 }); // two videos
    const studio = read('tiktok-studio-overview.csv', { today: '2026-05-12' }); // its days are 10 and 11 May
    expect(day(studio, '2026-05-11')).toMatchObject({ new_followers: 14, profile_visits: 20 });
    expect(reasons(studio)).toEqual({ 'Lost followers': 'notGained', 'Net growth': 'notGained' });
  });

  test('every column of every platform export is mapped, or ignored with a reason more telling than "no KPI"', () => {
    const files = [
      'linkedin-page-metrics.csv',
      'linkedin-all-posts.csv',
      'linkedin-followers.csv',
      'linkedin-visitors.csv',
      'meta-instagram-posts.csv',
      'meta-instagram-posts-fr.csv',
      'meta-facebook-fr.csv',
      'meta-facebook-fr-portee.csv',
      'x-account-overview.csv',
      'x-post-analytics.csv',
      'tiktok-overview.csv',
      'tiktok-content.csv',
      'tiktok-studio-overview.csv',
      'tiktok-follower-history.csv',
    ];
    for (const name of files) {
      const p = read(name, { locale: 'fr_FR' });
      expect([name, p.fatal]).toEqual([name, undefined]);
      expect([name, p.ignoredColumns.filter((c) => c.reason.code === 'noKpi')]).toEqual([name, []]);
      for (const column of p.ignoredColumns)
        for (const lang of LANGS) expect(renderIgnoredColumn(lang, column)).not.toMatch(/undefined|\[object/);
    }
  });
});

describe('numbers that must not be written as they are', () => {
  test("reach is not added up across a day's posts; clicks are", () => {
    const text = 'Date,Platform,Reach,Link clicks\n2026-01-05,Facebook,300,4\n2026-01-05,Facebook,500,6\n2026-01-05,Facebook,200,1\n';
    const p = parseExport({ text });
    expect(value(p, '2026-01-05', 'reach')).toBe(500);
    expect(value(p, '2026-01-05', 'website_clicks')).toBe(11);
    expect(p.largestKept).toEqual([{ kpi: 'reach', readings: 2 }]);
    const mapped = parseWithMapping(text, {
      date: { column: 'Date' },
      channel: { column: 'Platform' },
      kpis: [{ column: 'Reach', kpi: 'reach' }],
    });
    expect(mapped.rows.map((r) => r.value)).toEqual([500]);
  });

  test('a negative reach or views is a corrupt line, left out whole with its line number; n/a, —, - and blanks are no reading', () => {
    const p = read('broken-negative-values.csv');
    expect(p.channel).toBe('facebook');
    expect(p.rejected).toEqual([
      { line: 3, reason: { code: 'negative', column: 'Reach', text: '-350', kpi: 'reach' } },
      { line: 6, reason: { code: 'negative', column: 'Views', text: '−5', kpi: 'impressions' } },
    ]);
    // nothing of the corrupt lines is written, not even their other, positive cells
    expect(p.rows.filter((r) => r.date === '2026-02-02' || r.date === '2026-02-05')).toEqual([]);
    expect(value(p, '2026-02-03', 'reach')).toBe(980);
    expect(value(p, '2026-02-03', 'impressions')).toBeUndefined();
    expect(p.noReading).toEqual([
      { header: 'Views', count: 1, lines: [4], marks: ['n/a'] },
      { header: 'Link clicks', count: 3, lines: [4, 5, 7], marks: ['—', '', 'N/A'] },
      { header: 'Reactions', count: 1, lines: [4], marks: ['-'] },
    ]);
    expect(renderRejection('en', p.rejected[0])).toBe(
      'Line 3: Reach: "-350" is negative, and Reach cannot be: the line is corrupt, left out.',
    );
    expect(renderRejection('fr', p.rejected[0])).toBe(
      'Ligne 3 : Reach : « -350 » est négatif, et Portée ne peut pas l’être : la ligne est corrompue, écartée.',
    );
    expect(renderNoReading('en', p.noReading![1])).toBe(
      '"Link clicks": no reading ("—", blank, "N/A") on 3 lines: 4, 5, 7; left empty, not 0.',
    );
    expect(renderNoReading('fr', p.noReading![0])).toBe('« Views » : aucun relevé (« n/a ») à la ligne 4 ; laissé vide, pas 0.');
  });

  test('revenue may be negative (refunds); sessions may not', () => {
    const mapping = (kpi: KpiId): ColumnMapping => ({
      date: { column: 'Date' },
      channel: { fixed: 'facebook' },
      kpis: [{ column: 'Value', kpi }],
    });
    const text = 'Date,Value\n2026-01-05,-12.5\n2026-01-06,40\n';
    expect(parseWithMapping(text, mapping('revenue')).rows.map((r) => r.value)).toEqual([-12.5, 40]);
    const sessions = parseWithMapping(text, mapping('visits'));
    expect(sessions.rows.map((r) => r.value)).toEqual([40]);
    expect(sessions.rejected.map((r) => [r.line, r.reason.code])).toEqual([[2, 'negative']]);
  });

  test('the server refuses a negative reading too, whatever the page sent', () => {
    const request = (kpi: KpiId, v: number) => ({
      readings: readingsDigest([{ date: '2026-01-05', channel: 'facebook', kpi, value: v, source: 'x' }]),
      mode: 'skip',
    });
    expect(readImportRequest(request('reach', -1))).toEqual({ kind: 'invalidReadings', index: 0, reason: 'negative' });
    expect(readImportRequest(request('impressions', -0.5))).toEqual({ kind: 'invalidReadings', index: 0, reason: 'negative' });
    expect(readImportRequest(request('revenue', -1))).toMatchObject({ rows: [{ kpi: 'revenue', value: -1 }] });
  });

  test('a French header the add-on itself uses ("Portée") feeds its KPI', () => {
    const p = read('meta-facebook-fr-portee.csv', { locale: 'fr_FR' });
    expect(p.platform.id).toBe('meta');
    expect(p.usedColumns).toContainEqual({ header: 'Portée', kpi: 'reach' });
    expect(value(p, '2026-03-02', 'reach')).toBe(1250);
    expect(value(p, '2026-03-02', 'profile_visits')).toBe(17);
    expect(p.ignoredColumns).toEqual([]);
  });

  test.each(LANGS)('every catalogue label in %s names its KPI in a platform export (a ratio is said to be one)', (lang) => {
    for (const kpi of KPIS) {
      const label = kpi.label[lang];
      const p = parseExport({ text: `Date,Page ID,${JSON.stringify(label)},Link clicks\n2026-01-05,1,3,4\n`, channel: 'facebook' });
      const used = p.usedColumns.find((c) => c.header === label);
      const ignored = p.ignoredColumns.find((c) => c.header === label);
      if (kpi.kind === 'ratio') expect([label, ignored?.reason]).toEqual([label, { code: 'rate' }]);
      else if (kpi.id === 'website_clicks')
        expect([label, ignored?.reason]).toEqual([label, { code: 'alsoGiven', kpi: 'website_clicks', by: 'Link clicks' }]);
      else expect([label, used?.kpi]).toEqual([label, kpi.id]);
    }
  });
});

describe('a count is a whole number: a percent, an amount or a fraction there is a corrupt line', () => {
  const X = ['Date,Impressions,Likes,New follows', '"Tue, Mar 10, 2026","2,871",50%,1', '"Mon, Mar 9, 2026",2199,"1,5",1'].join('\n');

  test('an X export with "50%" and "1,5" likes writes nothing of those lines, and says why in both languages', () => {
    const p = parseExport({ text: X, fileName: 'x.csv', locale: 'en_US' });
    expect(p.platform.id).toBe('x');
    expect(p.rows).toEqual([]);
    // "1,5" makes the file's decimal mark a comma, so "2,871" (no evidence of its own) reads 2.871: refused, never written
    expect(p.rejected).toEqual([
      { line: 2, reason: { code: 'notCount', column: 'Impressions', text: '2,871', kpi: 'impressions', why: 'fraction', value: 2.871 } },
      { line: 3, reason: { code: 'notCount', column: 'Likes', text: '1,5', kpi: 'reactions', why: 'fraction', value: 1.5 } },
    ]);
    expect(renderRejection('en', p.rejected[0])).toBe(
      'Line 2: Impressions: "2,871" reads as 2.871, as the file writes decimal commas elsewhere, and Impressions / views is a count, a whole number: the line is left out.',
    );
    expect(renderRejection('fr', p.rejected[1])).toBe(
      'Ligne 3 : Likes : « 1,5 » se lit 1,5, et Réactions / j’aime est un décompte, un nombre entier : la ligne est écartée.',
    );
    expect(renderImportSummary('en', p)).toBe('0 readings from X; 2 lines rejected.');
  });

  test('"50%" likes, "12 %" reach in a French Meta file, "1 234,5" reach and "$100" views are refused, the line with them', () => {
    const likes = parseExport({ text: 'Date,Impressions,Likes,New follows\n2026-03-10,2871,50%,1\n2026-03-11,2900,40,2\n' });
    expect(likes.rejected).toEqual([
      { line: 2, reason: { code: 'notCount', column: 'Likes', text: '50%', kpi: 'reactions', why: 'percent', value: 0.5 } },
    ]);
    expect(likes.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-03-11', 'impressions', 2900],
      ['2026-03-11', 'reactions', 40],
      ['2026-03-11', 'new_followers', 2],
    ]);
    expect(renderRejection('en', likes.rejected[0])).toBe(
      'Line 2: Likes: "50%" is a percent, and Reactions / likes is a count, a whole number: the line is left out.',
    );
    expect(renderRejection('fr', likes.rejected[0])).toBe(
      'Ligne 2 : Likes : « 50% » est un pourcentage, et Réactions / j’aime est un décompte, un nombre entier : la ligne est écartée.',
    );

    const meta = (cells: string) =>
      parseExport({
        text: `Date;Nom de la Page;Couverture;Vues\n12/01/2026;Boulangerie;${cells}\n13/01/2026;Boulangerie;900;1 500\n`,
        locale: 'fr_FR',
      });
    const reach = meta('12 %;2 310');
    expect(reach.rejected.map((r) => r.reason)).toEqual([
      { code: 'notCount', column: 'Couverture', text: '12 %', kpi: 'reach', why: 'percent', value: 0.12 },
    ]);
    expect(reach.rows.map((r) => r.date)).toEqual(['2026-01-13', '2026-01-13']);
    expect(meta('1 234,5;2 310').rejected.map((r) => r.reason)).toEqual([
      { code: 'notCount', column: 'Couverture', text: '1 234,5', kpi: 'reach', why: 'fraction', value: 1234.5 },
    ]);
    const money = meta('1 234;$100');
    expect(money.rejected.map((r) => r.reason)).toEqual([
      { code: 'notCount', column: 'Vues', text: '$100', kpi: 'impressions', why: 'currency', value: 100 },
    ]);
    expect(renderRejection('fr', money.rejected[0])).toBe(
      'Ligne 2 : Vues : « $100 » est un montant, et Impressions / vues est un décompte, un nombre entier : la ligne est écartée.',
    );
    expect(renderRejection('en', money.rejected[0])).toBe(
      'Line 2: Vues: "$100" is an amount of money, and Impressions / views is a count, a whole number: the line is left out.',
    );
  });

  test('an amount keeps its currency, a percent KPI its "%", and a whole count its grouping', () => {
    const mapped = (kpi: KpiId, cell: string) =>
      parseWithMapping(`Date,Value\n2026-01-05,${cell}\n`, {
        date: { column: 'Date' },
        channel: { fixed: 'facebook' },
        kpis: [{ column: 'Value', kpi }],
      });
    expect(mapped('revenue', '$100').rows.map((r) => r.value)).toEqual([100]);
    expect(mapped('revenue', '"40,50 €"').rows.map((r) => r.value)).toEqual([40.5]);
    expect(mapped('conversion_rate', '12 %').rows.map((r) => r.value)).toEqual([0.12]);
    expect(mapped('reach', '"1,234"').rows.map((r) => r.value)).toEqual([1234]);
    expect(mapped('reach', '"1 234"').rows.map((r) => r.value)).toEqual([1234]);
    expect(mapped('visits', '12.5').rejected.map((r) => r.reason.code)).toEqual(['notCount']);
  });

  test('a column’s own evidence wins over a stray cell elsewhere: "2,871" beside "1,234,567" is 2871', () => {
    const text = [
      'Date,Impressions,Likes,New follows',
      '"Tue, Mar 10, 2026","2,871",24,"1,000"',
      '"Mon, Mar 9, 2026","1,234,567","1,5",1',
    ].join('\n');
    const p = parseExport({ text, fileName: 'x.csv' });
    expect(p.rows.map((r) => [r.date, r.kpi, r.value])).toEqual([
      ['2026-03-10', 'impressions', 2871],
      ['2026-03-10', 'reactions', 24],
      // the file's evidence disagrees with itself (",": "1,5"; ".": "1,234,567"): a count column with none of its own groups thousands
      ['2026-03-10', 'new_followers', 1000],
    ]);
    expect(p.rejected.map((r) => [r.line, r.reason.code])).toEqual([[3, 'notCount']]);
  });

  test('GA4 key events may be fractions (attribution shares them out); its sessions may not', () => {
    const text = [
      '# Start date: 20260101',
      '# End date: 20260131',
      'Session source / medium,Sessions,Key events,Total revenue',
      'facebook.com / referral,410,12.5,320.00',
      'l.instagram.com / referral,150.5,3,110.00',
    ].join('\n');
    const p = parseExport({ text, kpiOverrides: { 'Key events': 'sales' }, today: '2026-02-10' });
    expect(p.rows.map((r) => [r.channel, r.kpi, r.value])).toEqual([
      ['facebook', 'visits', 410],
      ['facebook', 'sales', 12.5],
      ['facebook', 'revenue', 320],
    ]);
    expect(p.rejected.map((r) => r.reason)).toEqual([
      { code: 'notCount', column: 'Sessions', text: '150.5', kpi: 'visits', why: 'fraction', value: 150.5 },
    ]);
  });
});

describe('an amount with nothing in its file to tell "1,234" from 1.234', () => {
  const meta = (revenue: string, locale: string) =>
    parseExport({ text: `Date,Page ID,Impressions,Revenue\n2026-01-05,1,"1,234","${revenue}"\n`, channel: 'facebook', locale });

  test('reads as the impressions beside it in an English sheet: 1234 both', () => {
    const p = meta('1,234', 'en_US');
    expect(p.rows.map((r) => [r.kpi, r.value])).toEqual([
      ['impressions', 1234],
      ['revenue', 1234],
    ]);
    expect(p.rejected).toEqual([]);
    expect(meta('1,234', 'en_GB').rows.map((r) => r.value)).toEqual([1234, 1234]);
  });

  test('is refused where the locale does not group thousands with its mark: never 1.234 by a French sheet’s decimal comma', () => {
    const fr = meta('1,234', 'fr_FR');
    expect(fr.rows.map((r) => [r.kpi, r.value])).toEqual([['impressions', 1234]]);
    expect(fr.rejected.map((r) => r.reason)).toEqual([{ code: 'ambiguousNumber', column: 'Revenue', text: '1,234' }]);
    // "1.234" is 1.234 in English and 1234 in German: the English sheet does not pick one
    expect(meta('1.234', 'en_US').rejected.map((r) => r.reason.code)).toEqual(['ambiguousNumber']);
    // a German sheet groups with "." and not ","
    expect(meta('1.234', 'de_DE').rows.map((r) => [r.kpi, r.value])).toContainEqual(['revenue', 1234]);
    expect(meta('1,234', 'de_DE').rejected.map((r) => r.reason.code)).toEqual(['ambiguousNumber']);
    expect(meta('1,234', '').rejected.map((r) => r.reason.code)).toEqual(['ambiguousNumber']);
  });

  test('evidence in the file still wins over the locale', () => {
    const text = 'Date,Page ID,Impressions,Revenue\n2026-01-05,1,1234,"1,234"\n2026-01-06,1,1300,"12,50"\n';
    expect(
      parseExport({ text, channel: 'facebook', locale: 'en_US' })
        .rows.filter((r) => r.kpi === 'revenue')
        .map((r) => r.value),
    ).toEqual([1.234, 12.5]);
    const mapped = parseWithMapping(
      'Date,Amount\n2026-01-05,"1,234"\n',
      {
        date: { column: 'Date' },
        channel: { fixed: 'facebook' },
        kpis: [{ column: 'Amount', kpi: 'ad_spend' }],
      },
      { locale: 'en_US' },
    );
    expect(mapped.rows.map((r) => r.value)).toEqual([1234]);
  });
});

describe('readings dated in the future', () => {
  const META = 'Date;Nom de la Page;Couverture\n03/05/2026;Boulangerie;100\n04/05/2026;Boulangerie;120\n12/01/2027;Boulangerie;130\n';

  test('a Meta line dated 12/01/2027 read on 4 May 2026 is left out with its line, not written to count in no goal', () => {
    const p = parseExport({ text: META, locale: 'fr_FR', today: '2026-05-04' });
    expect(p.rows.map((r) => [r.date, r.value])).toEqual([
      ['2026-05-03', 100],
      ['2026-05-04', 120],
    ]);
    expect(p.rejected).toEqual([{ line: 4, reason: { code: 'future', text: '12/01/2027', date: '2027-01-12' } }]);
    expect(renderRejection('en', p.rejected[0])).toBe(
      'Line 4: "12/01/2027" is dated in the future (Jan 12, 2027): no export holds days to come, and no goal would count it before that day.',
    );
    expect(renderRejection('fr', p.rejected[0])).toBe(
      'Ligne 4 : « 12/01/2027 » est daté dans le futur (12/01/2027) : aucun export ne contient de jours à venir, et aucun objectif ne le compterait avant ce jour.',
    );
    // without today, nothing tells the future
    expect(parseExport({ text: META, locale: 'fr_FR' }).rows).toHaveLength(3);
  });

  test('a platform’s day may run two days ahead of the sheet’s, not three', () => {
    const text = 'Date,Page ID,Reach\n2026-05-05,1,10\n2026-05-06,1,11\n2026-05-07,1,12\n';
    const p = parseExport({ text, channel: 'facebook', today: '2026-05-04' });
    expect(p.rows.map((r) => r.date)).toEqual(['2026-05-05', '2026-05-06']);
    expect(p.rejected.map((r) => [r.line, r.reason.code])).toEqual([[4, 'future']]);
  });

  test('a date given for the whole file is checked too', () => {
    const p = parseWithMapping(
      'Post,Reach\nBread,10\n',
      { date: { fixed: '2026-06-01' }, channel: { fixed: 'facebook' }, kpis: [{ column: 'Reach', kpi: 'reach' }] },
      { today: '2026-05-04' },
    );
    expect(p.rejected).toEqual([{ line: 2, reason: { code: 'future', text: '2026-06-01', date: '2026-06-01' } }]);
  });
});

describe('files that must be refused, or understood', () => {
  test('lines separated by commas, semicolons and tabs in turn: the file is refused and the lines named', () => {
    const p = read('broken-delimiters-in-turn.csv');
    expect(p.fatal).toEqual({
      code: 'mixedDelimiters',
      header: ',',
      lines: [
        { line: 3, delimiter: ';' },
        { line: 4, delimiter: '\t' },
        { line: 6, delimiter: ';' },
        { line: 7, delimiter: '\t' },
      ],
      count: 4,
    });
    expect(p.rows).toEqual([]);
    expect(renderImportError('en', p.fatal!)).toContain('line 3 by semicolons, line 4 by tabs, line 6 by semicolons and line 7 by tabs');
    expect(renderImportError('fr', p.fatal!)).toContain('la ligne 3 par des points-virgules, la ligne 4 par des tabulations');
  });

  test('a Windows-1252 table of posts across Facebook, Instagram and LinkedIn goes to the mapping, its network column as the channel', () => {
    const p = read('network-posts-fr-cp1252.csv', { locale: 'fr_FR' });
    expect(p.encoding).toBe('windows-1252');
    expect(p.fatal).toEqual({ code: 'severalNetworks', column: 'Réseau', channels: ['facebook', 'instagram', 'linkedin'] });
    expect(p.header).toContain('Réseau'); // é, not Ã©
    expect(p.rows).toEqual([]);
    const guess = p.suggestedMapping!;
    expect(guess.channel).toEqual({ column: 'Réseau' });
    expect(guess.date).toEqual({ column: 'Date' });
    expect(guess.kpis).toContainEqual({ column: 'Portée', kpi: 'reach' });
    expect(guess.kpis).toContainEqual({ column: 'Enregistrements', kpi: 'saves' });

    const mapping: ColumnMapping = { date: guess.date!, channel: guess.channel!, kpis: guess.kpis };
    const mapped = parseWithMapping(decodeBytes(bytes('network-posts-fr-cp1252.csv')).text, mapping, {
      locale: 'fr_FR',
      fileName: 'reseaux.csv',
    });
    expect(mapped.fatal).toBeUndefined();
    expect(day(mapped, '2026-03-05', 'facebook')).toMatchObject({ reach: 1250, impressions: 2300 });
    expect(day(mapped, '2026-03-05', 'instagram')).toMatchObject({ reach: 2100, saves: 64 });
    expect(day(mapped, '2026-03-06', 'linkedin')).toMatchObject({ reach: 890, website_clicks: 37 });
    expect(new Set(mapped.rows.map((r) => r.channel))).toEqual(new Set(['facebook', 'instagram', 'linkedin']));
    expect(renderImportError('fr', p.fatal!)).toBe(
      'Ce tableau a une ligne par publication sur Facebook, Instagram et LinkedIn (colonne « Réseau ») : ' +
        'ce n’est pas l’export d’une seule plateforme. Faites correspondre ses colonnes : chaque ligne ira alors sur son propre canal.',
    );
  });

  test('a Platform column naming only Facebook and Instagram stays a Meta export read row by row', () => {
    const p = parseExport({ text: 'Date,Platform,Reach\n2026-01-05,Facebook,10\n2026-01-05,Instagram,20\n' });
    expect(p.fatal).toBeUndefined();
    expect(p.rows.map((r) => [r.channel, r.value])).toEqual([
      ['facebook', 10],
      ['instagram', 20],
    ]);
  });

  test("a Network column naming other networks is never read as one platform's export", () => {
    const p = parseExport({ text: 'Date,Network,Impressions,Link clicks,Page ID\n2026-01-05,Facebook,100,3,1\n2026-01-05,X,80,2,1\n' });
    expect(p.rows).toEqual([]);
    expect(p.fatal?.code).toBe('severalNetworks');
    expect(p.suggestedMapping?.channel).toEqual({ column: 'Network' });
  });
});

describe('numeric dates a platform writes its own way', () => {
  // The first days of November: no day above 12, so the dates alone cannot tell day from month.
  const LINKEDIN = [
    'Date,Impressions (organic),Impressions (sponsored),Impressions (total),Clicks (organic),Clicks (sponsored),Clicks (total)',
    '11/01/2026,820,200,1020,31,9,40',
    '11/02/2026,640,0,640,18,0,18',
    '11/03/2026,"1,105",150,"1,255",40,5,45',
  ].join('\n');

  test.each(['fr_FR', 'en_GB', 'en_US', 'de_DE'])('a LinkedIn English export is month first in a %s spreadsheet', (locale) => {
    const preview = parseExport({ text: LINKEDIN, fileName: 'linkedin.csv', locale, today: '2026-11-30' });
    expect([...new Set(preview.rows.map((r) => r.date))]).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(value(preview, '2026-11-03', 'impressions')).toBe(1255);
  });

  test('the dates still win over the platform: a day above 12 first means day first', () => {
    const dayFirst = LINKEDIN.replace('11/03/2026', '13/11/2026');
    const preview = parseExport({ text: dayFirst, fileName: 'linkedin.csv', locale: 'fr_FR', today: '2026-11-30' });
    expect([...new Set(preview.rows.map((r) => r.date))]).toEqual(['2026-01-11', '2026-02-11', '2026-11-13']);
  });

  test('a daily series tells its own order before the platform’s habit: LinkedIn days written day first in a fr_FR sheet', () => {
    const dayFirst = LINKEDIN.replace('11/01/2026', '01/11/2026').replace('11/02/2026', '02/11/2026').replace('11/03/2026', '03/11/2026');
    const preview = parseExport({ text: dayFirst, fileName: 'linkedin.csv', locale: 'fr_FR', today: '2026-11-30' });
    // month first, as LinkedIn's English exports usually are, these would be 11 January, 11 February and 11 March
    expect([...new Set(preview.rows.map((r) => r.date))]).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    // written month first, the same days read month first in the same sheet
    const monthFirst = parseExport({ text: LINKEDIN, fileName: 'linkedin.csv', locale: 'fr_FR', today: '2026-11-30' });
    expect([...new Set(monthFirst.rows.map((r) => r.date))]).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });

  test('dates that are no daily series either way fall back on the platform’s habit, then the locale', () => {
    const scattered = LINKEDIN.replace('11/02/2026', '05/03/2026').replace('11/03/2026', '09/07/2026');
    const preview = parseExport({ text: scattered, fileName: 'linkedin.csv', locale: 'fr_FR', today: '2026-11-30' });
    expect([...new Set(preview.rows.map((r) => r.date))]).toEqual(['2026-11-01', '2026-05-03', '2026-09-07']);
    const own = 'Date,Channel,Reach\n01/11/2026,Facebook,100\n05/03/2026,Facebook,90\n';
    const mapping: ColumnMapping = { date: { column: 'Date' }, channel: { column: 'Channel' }, kpis: [{ column: 'Reach', kpi: 'reach' }] };
    expect(parseWithMapping(own, mapping, { locale: 'fr_FR' }).rows.map((r) => r.date)).toEqual(['2026-11-01', '2026-03-05']);
    expect(parseWithMapping(own, mapping, { locale: 'en_US' }).rows.map((r) => r.date)).toEqual(['2026-01-11', '2026-05-03']);
  });

  test('a file of no known platform keeps the spreadsheet’s locale for dates that cannot tell', () => {
    const own = 'Date,Channel,Reach\n11/01/2026,Facebook,100\n';
    const mapping: ColumnMapping = { date: { column: 'Date' }, channel: { column: 'Channel' }, kpis: [{ column: 'Reach', kpi: 'reach' }] };
    expect(parseWithMapping(own, mapping, { locale: 'fr_FR' }).rows.map((r) => r.date)).toEqual(['2026-01-11']);
    expect(parseWithMapping(own, mapping, { locale: 'en_US' }).rows.map((r) => r.date)).toEqual(['2026-11-01']);
  });
});
