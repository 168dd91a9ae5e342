/**
 * GA4 exports as people download them: the Traffic acquisition and User acquisition reports, in English
 * and French, by source / medium, by source alone and by default channel group.
 *
 * The fixtures (test/fixtures/imports/ga4-*.csv) were written by hand after Google's own names:
 * - dimensions, in Google's "[GA4] Traffic dimensions" (support.google.com/analytics/answer/11080067):
 *   "Session source / medium", "Session source", "First user source / medium", "First user source";
 *   the User acquisition report's "First user default channel group", with the default groups 'Direct',
 *   'Organic Search', 'Paid Social', 'Organic Social', 'Email', 'Referral'
 *   ("[GA4] User acquisition report", support.google.com/analytics/answer/12922540); "Session primary
 *   channel group (Default Channel Group)", the Traffic acquisition report's first column since GA4's
 *   primary channel group (late 2023);
 * - in French, "Groupe de canaux par défaut pour la session" and "… pour le premier utilisateur"
 *   ("[GA4] Groupe de canaux par défaut", support.google.com/analytics/answer/9756891?hl=fr);
 *   "Source/support de la session", "Source du premier utilisateur";
 * - metrics: Sessions, Engaged sessions, Engagement rate, Average engagement time per session, Events per
 *   session, Event count, Key events, Session key event rate, Total revenue (Traffic acquisition); Total
 *   users, New users, Returning users, Average engagement time per active user, User key event rate
 *   (User acquisition); in French "Sessions avec engagement", "Taux d'engagement", "Événements clés",
 *   "Revenu total", "Nombre d'événements", "Nouveaux utilisateurs";
 * - the preamble of the CSV download: "# Start date: YYYYMMDD" / "# End date:", "# Account:",
 *   "# Property:", "# All Users" (French: "# Date de début :", "# Date de fin :", "# Compte :",
 *   "# Propriété :", "# Tous les utilisateurs"), and a "Grand total" / "Total général" row.
 * The French metric names and the French channel-group values ("Réseaux sociaux naturels") follow the
 * French interface as described by French GA4 guides; they are to be checked against a real download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExport, type ImportPreview } from '../../src/core/import';
import { renderGa4Notes } from '../../src/core/import/ga4-texts';
import { renderImportError } from '../../src/core/import/texts';
import type { KpiId } from '../../src/core/catalog';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/imports', name), 'utf8');
const of = (p: ImportPreview, channel: string, kpi: KpiId) => p.rows.find((r) => r.channel === channel && r.kpi === kpi)?.value;
const ignored = (p: ImportPreview) => Object.fromEntries(p.ignoredColumns.map((c) => [c.header, c.reason.code]));

describe('Traffic acquisition in French, by session source / medium', () => {
  const p = parseExport({ text: fixture('ga4-traffic-acquisition-fr.csv'), locale: 'fr_FR' });

  test('the French preamble gives the period, the property and the report', () => {
    expect(p.platform.id).toBe('ga4');
    expect(p.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(p.rows.every((r) => r.date === '2026-02-28')).toBe(true);
    expect(p.ga4).toEqual({
      property: 'boulangerie-exemple.test - GA4',
      report: 'Acquisition de trafic : Source/support de la session',
      table: 'source',
      keyEvents: { header: 'Événements clés', remembered: false },
    });
  });

  test('sessions and revenue are credited to the social channels; the total row and other sources are left out', () => {
    expect(of(p, 'instagram', 'visits')).toBe(230); // instagram / social + l.instagram.com
    expect(of(p, 'instagram', 'revenue')).toBeCloseTo(285.5, 10);
    expect(of(p, 'facebook', 'revenue')).toBe(130);
    expect(of(p, 'linkedin', 'visits')).toBe(40);
    expect(of(p, 'newsletter', 'revenue')).toBe(80);
    expect(p.rejected).toEqual([{ line: 11, reason: { code: 'summaryRow', text: 'Total général' } }]);
    expect(p.skippedSources.map((s) => s.source)).toEqual(['(direct) / (none)', 'google / organic']);
  });

  test('rates and averages are left out with their reason; key events wait for their KPI', () => {
    expect(ignored(p)).toEqual({
      'Sessions avec engagement': 'noKpi',
      "Taux d'engagement": 'rate',
      "Durée d'engagement moyenne par session": 'rate',
      'Événements par session': 'rate',
      "Nombre d'événements": 'noKpi',
      'Événements clés': 'needsChoice',
      "Taux d'événements clés de la session": 'rate',
    });
  });
});

describe('User acquisition, by first user source / medium and by first user source', () => {
  test('in English: revenue per channel, users are no visits', () => {
    const p = parseExport({ text: fixture('ga4-user-acquisition-en.csv') });
    expect(p.platform.id).toBe('ga4');
    expect(p.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(p.ga4?.property).toBe('example-bakery.test - GA4');
    expect(p.ga4?.report).toBe('User acquisition: First user source / medium');
    expect(of(p, 'instagram', 'revenue')).toBe(320.25);
    expect(of(p, 'tiktok', 'revenue')).toBe(0);
    expect(of(p, 'youtube', 'revenue')).toBe(0);
    expect(of(p, 'blog', 'revenue')).toBe(110);
    expect(p.rows.some((r) => r.kpi === 'visits')).toBe(false);
    expect(p.rejected).toEqual([{ line: 11, reason: { code: 'summaryRow', text: 'Grand total' } }]);
    expect(ignored(p)['Returning users']).toBe('noKpi');
    expect(ignored(p)['User key event rate']).toBe('rate');
  });

  test('in French, by source alone', () => {
    const p = parseExport({ text: fixture('ga4-user-acquisition-fr.csv'), locale: 'fr_FR' });
    expect(p.platform.id).toBe('ga4');
    expect(p.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(of(p, 'facebook', 'revenue')).toBe(210);
    expect(of(p, 'linkedin', 'revenue')).toBe(150);
    expect(of(p, 'pinterest', 'revenue')).toBe(0);
    expect(p.skippedSources).toEqual([{ source: 'google', rows: 1 }]);
    expect(ignored(p)['Utilisateurs connus']).toBe('noKpi');
  });
});

describe('a table by default channel group cannot tell platforms apart', () => {
  test('in English: social groups go to one "all social" channel, Email to the newsletter, the rest is left out', () => {
    const p = parseExport({ text: fixture('ga4-channel-group-en.csv'), locale: 'en_US' });
    expect(p.platform.id).toBe('ga4');
    expect(p.ga4?.table).toBe('channelGroup');
    expect(of(p, 'All social (GA4)', 'visits')).toBe(710); // Organic Social + Paid Social
    expect(of(p, 'All social (GA4)', 'revenue')).toBeCloseTo(510.25, 10);
    expect(of(p, 'newsletter', 'visits')).toBe(120);
    expect(p.rows.some((r) => r.channel === 'facebook' || r.channel === 'instagram')).toBe(false);
    expect(p.skippedSources.map((s) => s.source)).toEqual(['Direct', 'Organic Search', 'Referral']);
  });

  test('in French, under a French name', () => {
    const p = parseExport({ text: fixture('ga4-channel-group-fr.csv'), locale: 'fr_FR' });
    expect(p.ga4?.table).toBe('channelGroup');
    expect(of(p, 'Tous réseaux sociaux (GA4)', 'visits')).toBe(710);
    expect(of(p, 'newsletter', 'revenue')).toBe(260);
    expect(p.rejected.map((r) => r.reason.code)).toEqual(['summaryRow']);
  });

  test('the preview says so, and how to export by session source / medium instead', () => {
    const en = parseExport({ text: fixture('ga4-channel-group-en.csv'), locale: 'en_US' });
    const [note] = renderGa4Notes('en', en);
    expect(note).toContain('cannot tell Facebook from Instagram');
    expect(note).toContain('“All social (GA4)”');
    expect(note).toContain('Session source / medium');
    const fr = parseExport({ text: fixture('ga4-channel-group-fr.csv'), locale: 'fr_FR' });
    const [noteFr] = renderGa4Notes('fr', fr);
    expect(noteFr).toContain('ne distinguent pas Facebook d’Instagram');
    expect(noteFr).toContain('« Tous réseaux sociaux (GA4) »');
    expect(noteFr).toContain('Source/support de la session');
    expect(renderGa4Notes('en', parseExport({ text: fixture('ga4-user-acquisition-en.csv') }))).toEqual([]);
  });
});

describe('key events: a KPI the user confirms once per property', () => {
  test('the KPI remembered for the property is used, and said to be', () => {
    const p = parseExport({
      text: fixture('ga4-traffic-acquisition-fr.csv'),
      keyEventKpis: { 'boulangerie-exemple.test - GA4': 'sales', 'another property': 'email_signups' },
    });
    expect(p.ga4?.keyEvents).toEqual({ header: 'Événements clés', kpi: 'sales', remembered: true });
    expect(of(p, 'instagram', 'sales')).toBe(6);
    expect(p.ignoredColumns.some((c) => c.header === 'Événements clés')).toBe(false);
  });

  test('a choice made now wins over the remembered one, even "leave them out"', () => {
    const remembered = { 'boulangerie-exemple.test - GA4': 'sales' as KpiId };
    const chosen = parseExport({
      text: fixture('ga4-traffic-acquisition-fr.csv'),
      keyEventKpis: remembered,
      kpiOverrides: { 'Événements clés': 'contact_requests' },
    });
    expect(chosen.ga4?.keyEvents).toEqual({ header: 'Événements clés', kpi: 'contact_requests', remembered: false });
    expect(of(chosen, 'instagram', 'contact_requests')).toBe(6);
    const left = parseExport({
      text: fixture('ga4-traffic-acquisition-fr.csv'),
      keyEventKpis: remembered,
      kpiOverrides: { 'Événements clés': null },
    });
    expect(left.ga4?.keyEvents).toEqual({ header: 'Événements clés', remembered: false });
    expect(left.rows.some((r) => r.kpi === 'sales')).toBe(false);
  });

  test('another property, or an export without a property, is asked again', () => {
    const p = parseExport({ text: fixture('ga4-user-acquisition-en.csv'), keyEventKpis: { 'boulangerie-exemple.test - GA4': 'sales' } });
    expect(p.ga4?.keyEvents).toEqual({ header: 'Key events', remembered: false });
    const bare = parseExport({
      text: 'Date,Session source / medium,Key events\n20260105,facebook.com / referral,3\n',
      keyEventKpis: { '': 'sales' },
    });
    expect(bare.ga4?.property).toBeUndefined();
    expect(bare.ga4?.keyEvents?.kpi).toBeUndefined();
  });
});

describe('a report of totals downloaded before its period has ended', () => {
  test('is refused whole, asking for a period that has ended: its totals would be dated at an end still to come', () => {
    const p = parseExport({ text: fixture('ga4-traffic-acquisition.csv'), today: '2026-01-20' });
    expect(p.fatal).toEqual({ code: 'periodNotEnded', period: { from: '2026-01-01', to: '2026-01-31' } });
    expect(p.rows).toEqual([]);
    expect(renderImportError('en', p.fatal!)).toBe(
      'This Google Analytics report runs from Jan 1, 2026 to Jan 31, 2026, a period that has not ended: its totals are not complete yet, ' +
        'and dated Jan 31, 2026 they would count in no goal before that day. Export a period that has ended (up to yesterday at the latest) and import it again.',
    );
    expect(renderImportError('fr', p.fatal!)).toBe(
      'Ce rapport Google Analytics couvre la période du 01/01/2026 au 31/01/2026, qui n’est pas terminée : ses totaux ne sont pas encore complets, ' +
        'et datés du 31/01/2026 ils ne compteraient dans aucun objectif avant ce jour. Exportez une période terminée (jusqu’à hier au plus tard) et importez-la à nouveau.',
    );
  });

  test('is read once its end date has come; without today nothing is checked', () => {
    expect(parseExport({ text: fixture('ga4-traffic-acquisition.csv'), today: '2026-01-31' }).fatal).toBeUndefined();
    expect(parseExport({ text: fixture('ga4-traffic-acquisition.csv'), today: '2026-02-01' }).rows[0].date).toBe('2026-01-31');
    expect(parseExport({ text: fixture('ga4-traffic-acquisition.csv') }).fatal).toBeUndefined();
  });

  test('a report by date leaves out only its days to come, each with its line', () => {
    const text =
      'Date,Session source / medium,Sessions\n20260119,facebook.com / referral,10\n20260122,facebook.com / referral,12\n20260123,facebook.com / referral,0\n';
    const p = parseExport({ text, today: '2026-01-20' });
    expect(p.rows.map((r) => r.date)).toEqual(['2026-01-19', '2026-01-22']);
    expect(p.rejected).toEqual([{ line: 4, reason: { code: 'future', text: '20260123', date: '2026-01-23' } }]);
  });
});
