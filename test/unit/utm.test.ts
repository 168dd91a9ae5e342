/** UTM_URL: the tagged link, its rules on ranges and errors, and the round trip through GA4's export. */
import { CHANNELS } from '../../src/core/catalog';
import { channelOfSource, parseExport } from '../../src/core/import';
import { readWebAddress, UTM_TAGS } from '../../src/core/utm';
import { customFunction, formula, spreadsheetDays } from '../support/formulas';
import { zonedMidnight } from '../../src/local/emulator/zones';

const utm = customFunction('UTM_URL');
const utmFr = customFunction('UTM_URL', 'fr_FR');
const col = (...values: unknown[]) => values.map((v) => [v]) as never;

describe('the link', () => {
  test('adds the three tags after the page', () => {
    expect(utm('https://example.com/shop', 'instagram', 'social', 'spring_sale')).toBe(
      'https://example.com/shop?utm_source=instagram&utm_medium=social&utm_campaign=spring_sale',
    );
  });

  test('keeps the page’s query, in its order, and adds the tags after it', () => {
    expect(utm('https://example.com/p?id=12&lang=fr', 'facebook', 'social', 'launch')).toBe(
      'https://example.com/p?id=12&lang=fr&utm_source=facebook&utm_medium=social&utm_campaign=launch',
    );
  });

  test('keeps the #fragment after the query, even one holding a "?"', () => {
    expect(utm('https://example.com/menu#cakes', 'x', 'social', 'c')).toBe(
      'https://example.com/menu?utm_source=x&utm_medium=social&utm_campaign=c#cakes',
    );
    expect(utm('https://example.com/a?b=1#top?x=2', 'x', 'social', 'c')).toBe(
      'https://example.com/a?b=1&utm_source=x&utm_medium=social&utm_campaign=c#top?x=2',
    );
  });

  test('replaces every utm_ parameter already there instead of adding a second one', () => {
    const tagged = <string>(
      utm('https://example.com/?utm_source=Facebook&ref=home&UTM_MEDIUM=cpc&utm_content=old&utm_id=7', 'instagram', 'social', 'spring')
    );
    expect(tagged).toBe('https://example.com/?ref=home&utm_source=instagram&utm_medium=social&utm_campaign=spring');
    // A link built by UTM_URL, tagged again, carries each tag once.
    expect(utm(tagged, 'linkedin', 'social', 'spring')).toBe(
      'https://example.com/?ref=home&utm_source=linkedin&utm_medium=social&utm_campaign=spring',
    );
  });

  test('percent-encodes values, and writes source and medium in lower case as GA4 counts cases apart', () => {
    expect(utm('https://example.com', 'Instagram', 'Social', 'soldes d’été & co', 'bio link', 'pain/levain')).toBe(
      'https://example.com?utm_source=instagram&utm_medium=social&utm_campaign=soldes%20d%E2%80%99%C3%A9t%C3%A9%20%26%20co&utm_content=bio%20link&utm_term=pain%2Flevain',
    );
  });

  test('content and term are optional, and a blank one is left out', () => {
    expect(utm('https://example.com', 'tiktok', 'social', 'c', '', 'kw')).toBe(
      'https://example.com?utm_source=tiktok&utm_medium=social&utm_campaign=c&utm_term=kw',
    );
  });

  test('an address without a scheme gets https://', () => {
    expect(utm('example.com/shop', 'blog', 'referral', 'c')).toBe(
      'https://example.com/shop?utm_source=blog&utm_medium=referral&utm_campaign=c',
    );
    expect(utm('  www.boulangerie.fr  ', 'blog', 'referral', 'c')).toBe(
      'https://www.boulangerie.fr?utm_source=blog&utm_medium=referral&utm_campaign=c',
    );
    expect(readWebAddress('http://localhost:8080/x')).toEqual({ ok: true, url: 'http://localhost:8080/x' });
    expect(readWebAddress('pâtisserie.fr')).toEqual({ ok: true, url: 'https://pâtisserie.fr' });
  });

  test('a number typed as a campaign is its digits', () => {
    expect(utm('https://example.com', 'newsletter', 'email', 2026)).toBe(
      'https://example.com?utm_source=newsletter&utm_medium=email&utm_campaign=2026',
    );
  });
});

describe('a date cell is the day the spreadsheet shows, in its time zone', () => {
  // Sheets hands a date cell over as midnight in the spreadsheet's time zone: 2026-06-01 in Paris is
  // 2026-05-31T22:00Z, whose UTC day is the day before.
  const parisJune1 = new Date('2026-06-01T00:00:00+02:00');
  const newYorkJune1 = new Date('2026-06-01T00:00:00-04:00');

  test('as a campaign, east and west of UTC', () => {
    const paris = spreadsheetDays('Europe/Paris');
    expect(customFunction('UTM_URL', 'fr_FR', paris)('example.com', 'instagram', 'social', parisJune1)).toBe(
      'https://example.com?utm_source=instagram&utm_medium=social&utm_campaign=2026-06-01',
    );
    expect(paris.lookups).toBe(1);
    const newYork = spreadsheetDays('America/New_York');
    expect(customFunction('UTM_URL', 'en_US', newYork)('example.com', 'instagram', 'social', newYorkJune1)).toBe(
      'https://example.com?utm_source=instagram&utm_medium=social&utm_campaign=2026-06-01',
    );
  });

  test('in a column, with one time zone lookup for the whole call', () => {
    const paris = spreadsheetDays('Europe/Paris');
    // Both sides of the daylight saving changes (29 March, 25 October), where midnight changes its offset.
    const iso = ['2026-01-01', '2026-03-29', '2026-03-30', '2026-06-01', '2026-10-25', '2026-10-26'];
    const days = iso.map((d) => zonedMidnight(d, 'Europe/Paris'));
    expect(customFunction('UTM_URL', 'fr_FR', paris)(col(...days.map(() => 'example.com')), 'x', 'social', col(...days))).toEqual(
      iso.map((d) => [`https://example.com?utm_source=x&utm_medium=social&utm_campaign=${d}`]),
    );
    expect(paris.lookups).toBe(1);
  });

  test('the time zone is looked up only when a date is there', () => {
    const paris = spreadsheetDays('Europe/Paris');
    customFunction('UTM_URL', 'fr_FR', paris)('example.com', 'instagram', 'social', 'spring');
    expect(() => customFunction('ROI_PCT', 'fr_FR', paris)(100, 0)).toThrow();
    expect(paris.lookups).toBe(0);
  });

  test('a date where a number is expected is refused, naming the day the sheet shows', () => {
    const paris = spreadsheetDays('Europe/Paris');
    expect(() => customFunction('ROI_PCT', 'en_GB', paris)(parisJune1, 10)).toThrow('ROI_PCT: value is 2026-06-01, not a number ≥ 0.');
    expect(() => customFunction('ROI_PCT', 'fr_FR', paris)(parisJune1, 10)).toThrow(/valeur \(value\) vaut 2026-06-01,/);
  });
});

describe('errors name the argument and say what was meant', () => {
  test('a text that is no web page address', () => {
    expect(() => utm('hello', 'x', 'social', 'c')).toThrow(
      'UTM_URL: url is "hello", not a web page address such as https://example.com/page.',
    );
    expect(() => utm('mailto:ann@example.com', 'x', 'social', 'c')).toThrow(
      'UTM_URL: url is "mailto:ann@example.com": a tagged link needs a web page address starting with https:// (or http://).',
    );
    expect(() => utm('ftp://example.com/f', 'x', 'social', 'c')).toThrow('starting with https://');
    expect(() => utm('https://example.com/my page', 'x', 'social', 'c')).toThrow('which holds a space');
    expect(() => utm('https://', 'x', 'social', 'c')).toThrow('not a web page address');
  });

  test('in French, with the French argument names', () => {
    expect(() => utmFr('bonjour', 'x', 'social', 'c')).toThrow(
      "UTM_URL : adresse de la page (url) vaut « bonjour », ce n'est pas une adresse de page web comme https://example.com/page.",
    );
    expect(() => utmFr('https://example.com', '', 'social', 'c')).toThrow('UTM_URL : source est vide ; attendu : un texte.');
    expect(() => utmFr('https://example.com', 'x', 'social', true)).toThrow(
      'UTM_URL : campagne (campaign) vaut VRAI ; attendu : un texte.',
    );
  });

  test('a required tag left out or given blank', () => {
    expect(() => utm('https://example.com', 'x', 'social')).toThrow('UTM_URL: campaign is missing; expected a text.');
    expect(() => utm('https://example.com', 'x', '', 'c')).toThrow('UTM_URL: medium is blank; expected a text.');
    expect(() => utm('https://example.com', '#N/A', 'social', 'c')).toThrow('UTM_URL: source holds the error #N/A; fix that cell first.');
  });

  test('a blank address gives a blank, so a column of formulas stays clean', () => {
    expect(utm('', 'x', 'social', 'c')).toBe('');
    expect(utm('', '', '', '')).toBe('');
  });
});

describe('ranges', () => {
  test('a column of addresses gives a column of links; single values are used on every row', () => {
    expect(utm(col('https://a.example/x', 'b.example'), 'instagram', 'social', 'c')).toEqual([
      ['https://a.example/x?utm_source=instagram&utm_medium=social&utm_campaign=c'],
      ['https://b.example?utm_source=instagram&utm_medium=social&utm_campaign=c'],
    ]);
  });

  test('each row takes its own tags', () => {
    expect(utm('https://a.example', col('facebook', 'linkedin'), 'social', col('c1', 'c2'))).toEqual([
      ['https://a.example?utm_source=facebook&utm_medium=social&utm_campaign=c1'],
      ['https://a.example?utm_source=linkedin&utm_medium=social&utm_campaign=c2'],
    ]);
  });

  test('blank rows stay blank; a blank content cell leaves that row’s content out', () => {
    expect(utm(col('https://a.example', '', 'https://c.example'), 'x', 'social', 'c', col('bio', 'bio', ''))).toEqual([
      ['https://a.example?utm_source=x&utm_medium=social&utm_campaign=c&utm_content=bio'],
      [''],
      ['https://c.example?utm_source=x&utm_medium=social&utm_campaign=c'],
    ]);
  });

  test('a bad row shows a short message in the user’s language, the others are computed', () => {
    expect(utm(col('https://a.example', 'not a url', 'mailto:x@y.z'), 'x', 'social', 'c')).toEqual([
      ['https://a.example?utm_source=x&utm_medium=social&utm_campaign=c'],
      ['⚠ url: not a web address'],
      ['⚠ url: not a web address'],
    ]);
    expect((utmFr(col('https://a.example', 'bonjour'), 'x', 'social', 'c') as string[][])[1]).toEqual([
      '⚠ adresse de la page : pas une adresse web',
    ]);
  });

  test('ranges of different sizes are an error naming both', () => {
    expect(() => utm(col('https://a.example', 'https://b.example'), col('x', 'y', 'z'), 'social', 'c')).toThrow(
      'UTM_URL: url is 2 rows × 1 column but source is 3 rows × 1 column.',
    );
  });
});

/**
 * The loop closed: a link built by UTM_URL with a channel's tags comes back in GA4 as that tag's
 * "source / medium" (GA4 reports utm_source and utm_medium as they are), and the GA4 import credits it
 * to the same channel, by "Session source / medium" and by "Session source" and "Session medium" apart.
 */
test('the help suggests, for each channel, exactly the source / medium the GA4 import credits to it', () => {
  const definition = formula('UTM_URL').definition;
  for (const channel of CHANNELS) {
    const { source, medium } = UTM_TAGS[channel.id];
    expect(definition.en).toContain(`${source} / ${medium} (${channel.label.en})`);
    expect(definition.fr).toContain(`${source} / ${medium} (${channel.label.fr})`);
    expect(channelOfSource(`${source} / ${medium}`)).toBe(channel.id);
  }
});

describe('round trip: UTM_URL → GA4 → the same channel', () => {
  const queryOf = (link: string) =>
    Object.fromEntries(
      link
        .split('?')[1]
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent)),
    );

  test.each(CHANNELS.map((c) => [c.id]))('%s', (channel) => {
    const tags = UTM_TAGS[channel as keyof typeof UTM_TAGS];
    const link = utm('https://example.com/shop', tags.source, tags.medium, 'spring_sale') as string;
    const { utm_source: source, utm_medium: medium } = queryOf(link);
    const preamble = '# Start date: 20260301\n# End date: 20260331\n';
    const together = parseExport({ text: `${preamble}Session source / medium,Sessions,Total revenue\n${source} / ${medium},40,120.5\n` });
    expect(together.fatal).toBeUndefined();
    expect(together.rows.map((r) => [r.channel, r.kpi, r.value])).toEqual([
      [channel, 'visits', 40],
      [channel, 'revenue', 120.5],
    ]);
    const apart = parseExport({ text: `${preamble}Session source,Session medium,Sessions\n${source},${medium},40\n` });
    expect(apart.rows.map((r) => r.channel)).toEqual([channel]);
  });
});
