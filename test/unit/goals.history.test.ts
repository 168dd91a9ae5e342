import type { KpiId } from '../../src/core/catalog';
import { currentValue, goalChannels, goalLengthDays, historyOf, suggestBaseline, type GoalScope } from '../../src/core/goals';
import type { TrackingRow } from '../../src/core/tracking';

const row = (date: string, channel: string, kpi: KpiId, value: number): TrackingRow => ({ date, channel, kpi, value, source: 'test' });

const CLICKS: TrackingRow[] = [
  row('2027-01-01', 'instagram', 'website_clicks', 100),
  row('2027-01-10', 'instagram', 'website_clicks', 50),
  row('2027-01-10', 'facebook', 'website_clicks', 20),
  row('2027-01-10', 'linkedin', 'website_clicks', 1000),
  row('2027-01-10', 'instagram', 'visits', 999),
  row('2027-01-20', 'instagram', 'website_clicks', 30),
  row('2027-01-20', 'Instagram', 'website_clicks', 5),
  row('2027-02-05', 'instagram', 'website_clicks', 200),
  row('2027-13-01', 'instagram', 'website_clicks', 7),
  row('2027-01-11', 'instagram', 'website_clicks', Number.NaN),
];

const FOLLOWERS: TrackingRow[] = [
  row('2027-01-01', 'instagram', 'followers', 1000),
  row('2027-02-01', 'instagram', 'followers', 1100),
  row('2027-03-01', 'instagram', 'followers', 1250),
  row('2027-02-15', 'facebook', 'followers', 500),
  row('2027-03-10', 'facebook', 'followers', 520),
  row('2027-03-01', 'instagram', 'followers', 1260),
  row('2027-03-01', 'instagram', 'followers', 1255),
];

const TIME_ON_SITE: TrackingRow[] = [
  row('2027-01-05', 'instagram', 'time_on_site', 40),
  row('2027-01-06', 'instagram', 'time_on_site', 50),
  row('2027-01-05', 'facebook', 'time_on_site', 90),
];

const CONVERSION: TrackingRow[] = [
  row('2027-01-10', 'instagram', 'customers', 5),
  row('2027-01-20', 'instagram', 'customers', 3),
  row('2027-01-10', 'instagram', 'visits', 200),
  row('2027-01-20', 'instagram', 'visits', 200),
  row('2027-01-20', 'facebook', 'customers', 50),
];

const VOICE: TrackingRow[] = [
  row('2027-01-10', 'x', 'mentions', 30),
  row('2027-01-10', 'x', 'competitor_mentions', 70),
  row('2027-01-15', 'x', 'competitor_mentions', 50),
];

const CHURN: TrackingRow[] = [
  row('2027-01-01', 'newsletter', 'active_customers', 1000),
  row('2027-02-01', 'newsletter', 'active_customers', 900),
  row('2027-02-15', 'newsletter', 'active_customers', 800),
  row('2027-01-15', 'newsletter', 'lost_customers', 40),
  row('2027-01-25', 'newsletter', 'lost_customers', 60),
  row('2027-02-10', 'newsletter', 'lost_customers', 45),
];

/** Ad spend and new customers on Facebook: cost per acquisition is spend ÷ customers over a period. */
const ACQUISITION: TrackingRow[] = [
  row('2027-01-05', 'facebook', 'ad_spend', 300),
  row('2027-01-20', 'facebook', 'ad_spend', 500),
  row('2027-01-10', 'facebook', 'customers', 10),
  row('2027-01-25', 'facebook', 'customers', 10),
  row('2027-02-10', 'facebook', 'ad_spend', 400),
  row('2027-02-12', 'facebook', 'customers', 16),
];

const scope = (kpi: KpiId, channels: string[], start: string, deadline: string, otherChannel?: string): GoalScope =>
  otherChannel ? { kpi, channels, start, deadline, otherChannel } : { kpi, channels, start, deadline };

describe('historyOf', () => {
  test('a flow: the channels’ readings summed per date; other channels, other KPIs and broken rows left out', () => {
    expect(historyOf(CLICKS, 'website_clicks', ['instagram', 'facebook'])).toEqual([
      { date: '2027-01-01', value: 100 },
      { date: '2027-01-10', value: 70 },
      { date: '2027-01-20', value: 35 },
      { date: '2027-02-05', value: 200 },
    ]);
  });

  test('channels are matched by id, label or free-text name, case-insensitively', () => {
    const rows = [
      row('2027-01-01', 'Snapchat', 'calls', 3),
      row('2027-01-01', ' snapchat ', 'calls', 4),
      row('2027-01-02', 'INSTAGRAM', 'calls', 1),
    ];
    expect(historyOf(rows, 'calls', ['SNAPCHAT'])).toEqual([{ date: '2027-01-01', value: 7 }]);
    expect(historyOf(rows, 'calls', ['instagram'])).toEqual([{ date: '2027-01-02', value: 1 }]);
  });

  test('a stock: one channel’s readings, the day’s largest when a date holds several (as the sheet’s MAXIFS reads them)', () => {
    expect(historyOf(FOLLOWERS, 'followers', ['instagram'])).toEqual([
      { date: '2027-01-01', value: 1000 },
      { date: '2027-02-01', value: 1100 },
      { date: '2027-03-01', value: 1260 },
    ]);
  });

  test('a stock on two channels: each carried at its latest reading, summed once both have started', () => {
    expect(historyOf(FOLLOWERS, 'followers', ['instagram', 'facebook'])).toEqual([
      { date: '2027-02-15', value: 1600 },
      { date: '2027-03-01', value: 1760 },
      { date: '2027-03-10', value: 1780 },
    ]);
  });

  test('an average: the mean of the channels’ readings per date', () => {
    expect(historyOf(TIME_ON_SITE, 'time_on_site', ['instagram', 'facebook'])).toEqual([
      { date: '2027-01-05', value: 65 },
      { date: '2027-01-06', value: 50 },
    ]);
  });

  test('a ratio: computed from its parts on each date', () => {
    expect(historyOf(CONVERSION, 'conversion_rate', ['instagram'])).toEqual([
      { date: '2027-01-10', value: 0.025 },
      { date: '2027-01-20', value: 0.015 },
    ]);
  });

  test('nothing tracked: an empty history', () => {
    expect(historyOf(CLICKS, 'website_clicks', ['tiktok'])).toEqual([]);
    expect(historyOf([], 'churn', ['tiktok'])).toEqual([]);
  });
});

describe('suggestBaseline', () => {
  test.each([
    [
      'flow: the sum over the previous period of the goal’s length',
      CLICKS,
      'website_clicks',
      ['instagram', 'facebook'],
      '2027-02-01',
      '2027-02-28',
      { value: 105, from: '2027-01-04', to: '2027-01-31' },
    ],
    [
      'flow: that period includes the day before the start and its first day',
      CLICKS,
      'website_clicks',
      ['instagram'],
      '2027-01-21',
      '2027-02-09',
      { value: 185, from: '2027-01-01', to: '2027-01-20' },
    ],
    [
      'stock: the latest reading on or before the start, with its date',
      FOLLOWERS,
      'followers',
      ['instagram'],
      '2027-02-20',
      '2027-06-30',
      { value: 1100, from: '2027-02-01', to: '2027-02-01' },
    ],
    [
      'stock: a reading on the start day itself counts',
      FOLLOWERS,
      'followers',
      ['instagram'],
      '2027-03-01',
      '2027-06-30',
      { value: 1260, from: '2027-03-01', to: '2027-03-01' },
    ],
    [
      'average: the mean of every reading over the previous period',
      TIME_ON_SITE,
      'time_on_site',
      ['instagram', 'facebook'],
      '2027-01-10',
      '2027-01-19',
      { value: 60, from: '2026-12-31', to: '2027-01-09' },
    ],
    [
      'ratio over: parts summed over the previous period',
      CONVERSION,
      'conversion_rate',
      ['instagram'],
      '2027-02-01',
      '2027-03-02',
      { value: 0.02, from: '2027-01-02', to: '2027-01-31' },
    ],
    [
      'ratio share: own / (own + competitors)',
      VOICE,
      'share_of_voice',
      ['x'],
      '2027-02-01',
      '2027-03-02',
      { value: 0.2, from: '2027-01-02', to: '2027-01-31' },
    ],
    [
      'cost per acquisition: ad spend over the previous period / new customers over it',
      ACQUISITION,
      'cost_per_acquisition',
      ['facebook'],
      '2027-02-01',
      '2027-03-02',
      { value: 40, from: '2027-01-02', to: '2027-01-31' },
    ],
    [
      'churn: customers lost over the period / active customers at its start',
      CHURN,
      'churn',
      ['newsletter'],
      '2027-02-01',
      '2027-02-28',
      { value: 0.1, from: '2027-01-04', to: '2027-01-31' },
    ],
  ] as const)('%s', (_name, rows, kpi, channels, start, deadline, expected) => {
    const suggestion = suggestBaseline(rows, kpi, channels, start, deadline);
    expect(suggestion).toEqual({ ...expected, value: expect.any(Number) });
    expect(suggestion!.value).toBeCloseTo(expected.value, 12);
  });

  test.each([
    ['flow without readings in the previous period', CLICKS, 'website_clicks', ['instagram'], '2027-01-01', '2027-01-31'],
    ['flow on a channel never tracked', CLICKS, 'website_clicks', ['tiktok'], '2027-02-01', '2027-02-28'],
    ['stock before its first reading', FOLLOWERS, 'followers', ['instagram'], '2026-12-01', '2027-06-30'],
    ['ratio whose base is 0 (no visits tracked on facebook)', CONVERSION, 'conversion_rate', ['facebook'], '2027-02-01', '2027-03-02'],
    ['no rows at all', [], 'reach', ['instagram'], '2027-02-01', '2027-03-02'],
  ] as const)('undefined: %s', (_name, rows, kpi, channels, start, deadline) => {
    expect(suggestBaseline(rows, kpi, channels, start, deadline)).toBeUndefined();
  });
});

describe('currentValue', () => {
  test.each([
    [
      'flow: sum over [start, today]',
      CLICKS,
      scope('website_clicks', ['instagram', 'facebook'], '2027-01-05', '2027-01-31'),
      '2027-01-25',
      105,
    ],
    [
      'flow: readings after the deadline do not count',
      CLICKS,
      scope('website_clicks', ['instagram', 'facebook'], '2027-01-05', '2027-01-31'),
      '2027-03-01',
      105,
    ],
    [
      'flow: readings after today do not count',
      CLICKS,
      scope('website_clicks', ['instagram'], '2027-01-01', '2027-03-31'),
      '2027-01-15',
      150,
    ],
    [
      'flow: a reading of 0 is a measured 0',
      [...CLICKS, row('2027-01-22', 'instagram', 'website_clicks', 0)],
      scope('website_clicks', ['instagram'], '2027-01-21', '2027-03-31'),
      '2027-01-25',
      0,
    ],
    [
      'flow: the other channel counts',
      [row('2027-01-02', 'Snapchat', 'calls', 4), row('2027-01-02', 'x', 'calls', 1)],
      scope('calls', ['x'], '2027-01-01', '2027-01-31', 'snapchat'),
      '2027-01-31',
      5,
    ],
    [
      'stock: the latest reading in the period',
      FOLLOWERS,
      scope('followers', ['instagram'], '2027-02-10', '2027-06-30'),
      '2027-03-05',
      1260,
    ],
    ['stock on two channels', FOLLOWERS, scope('followers', ['instagram', 'facebook'], '2027-02-10', '2027-06-30'), '2027-03-12', 1780],
    [
      'stock on two channels, one last read before the start: carried at that reading',
      FOLLOWERS,
      scope('followers', ['instagram', 'facebook'], '2027-03-05', '2027-06-30'),
      '2027-03-12',
      1780,
    ],
    [
      'average: the mean over the period',
      TIME_ON_SITE,
      scope('time_on_site', ['instagram', 'facebook'], '2027-01-01', '2027-01-31'),
      '2027-01-31',
      60,
    ],
    ['ratio over, from its parts', CONVERSION, scope('conversion_rate', ['instagram'], '2027-01-01', '2027-01-31'), '2027-01-31', 0.02],
    ['ratio share, from its parts', VOICE, scope('share_of_voice', ['x'], '2027-01-01', '2027-01-31'), '2027-01-12', 0.3],
    [
      'cost per acquisition, from ad spend and new customers',
      ACQUISITION,
      scope('cost_per_acquisition', ['facebook'], '2027-02-01', '2027-02-28'),
      '2027-02-28',
      25,
    ],
    [
      'churn, from lost customers and the active customers at the start',
      CHURN,
      scope('churn', ['newsletter'], '2027-02-01', '2027-02-28'),
      '2027-02-20',
      0.05,
    ],
    [
      'churn: without an earlier reading, the base is the first active reading in the period',
      [
        row('2027-01-10', 'x', 'active_customers', 500),
        row('2027-01-20', 'x', 'active_customers', 400),
        row('2027-01-15', 'x', 'lost_customers', 50),
      ],
      scope('churn', ['x'], '2027-01-01', '2027-01-31'),
      '2027-01-31',
      0.1,
    ],
    [
      'churn on two channels, one first read in the period: the other at the start, that one at its first reading',
      [
        ...CHURN,
        row('2027-02-18', 'facebook', 'active_customers', 1000),
        row('2027-02-19', 'facebook', 'active_customers', 3000),
        row('2027-02-12', 'facebook', 'lost_customers', 55),
      ],
      scope('churn', ['newsletter', 'facebook'], '2027-02-01', '2027-02-28'),
      '2027-02-20',
      // Lost: 45 + 55; active: the newsletter's 900 of 1 February (not its 800 of the 15th), Facebook's first 1,000.
      100 / 1900,
    ],
  ] as const)('%s', (_name, rows, goal, today, expected) => {
    expect(currentValue(rows, goal, today)).toBeCloseTo(expected, 12);
  });

  test.each([
    ['before the start', CLICKS, scope('website_clicks', ['instagram'], '2027-01-05', '2027-01-31'), '2027-01-04'],
    [
      'flow without a reading since the start: no value yet, not 0',
      CLICKS,
      scope('website_clicks', ['instagram'], '2027-01-21', '2027-03-31'),
      '2027-01-25',
    ],
    ['stock without a reading in the period', FOLLOWERS, scope('followers', ['instagram'], '2027-02-10', '2027-06-30'), '2027-02-20'],
    [
      'stock on two channels, one first read after the period’s end: its stock then is not known',
      FOLLOWERS,
      scope('followers', ['instagram', 'facebook'], '2027-02-01', '2027-06-30'),
      '2027-02-10',
    ],
    [
      'average without a reading in the period',
      TIME_ON_SITE,
      scope('time_on_site', ['instagram'], '2027-02-01', '2027-02-28'),
      '2027-02-20',
    ],
    [
      'ratio without a reading in the period',
      CONVERSION,
      scope('conversion_rate', ['instagram'], '2027-02-01', '2027-02-28'),
      '2027-02-20',
    ],
    [
      'churn without a lost-customer reading in the period: not 0 %',
      CHURN,
      scope('churn', ['newsletter'], '2027-02-11', '2027-03-31'),
      '2027-02-20',
    ],
    [
      'churn whose active customers are first read after the period so far',
      [row('2027-02-25', 'newsletter', 'active_customers', 900), row('2027-02-12', 'newsletter', 'lost_customers', 45)],
      scope('churn', ['newsletter'], '2027-02-01', '2027-02-28'),
      '2027-02-20',
    ],
    [
      'share of voice without the competitors’ mentions: not 100 %',
      [VOICE[0]],
      scope('share_of_voice', ['x'], '2027-01-01', '2027-01-31'),
      '2027-01-31',
    ],
    [
      'conversion rate with visits but no new customer read: not 0 %',
      CONVERSION.filter((r) => r.kpi === 'visits'),
      scope('conversion_rate', ['instagram'], '2027-01-01', '2027-01-31'),
      '2027-01-31',
    ],
    [
      'cost per acquisition without a customer in the period',
      ACQUISITION,
      scope('cost_per_acquisition', ['facebook'], '2027-02-01', '2027-02-11'),
      '2027-02-11',
    ],
  ] as const)('undefined: %s', (_name, rows, goal, today) => {
    expect(currentValue(rows, goal, today)).toBeUndefined();
  });
});

describe('goal helpers', () => {
  test.each([
    ['2027-01-01', '2027-01-31', 31],
    ['2027-01-01', '2027-06-30', 181],
    ['2027-01-01', '2027-01-02', 2],
  ])('a goal from %s to %s lasts %d days', (start, deadline, days) => {
    expect(goalLengthDays(start, deadline)).toBe(days);
  });

  test('a goal’s channels include its other channel', () => {
    expect(goalChannels({ channels: ['instagram'], otherChannel: 'Snapchat' })).toEqual(['instagram', 'Snapchat']);
    expect(goalChannels({ channels: ['instagram'] })).toEqual(['instagram']);
  });
});
