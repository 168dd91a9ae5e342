import type { KpiId } from '../../src/core/catalog';
import { addDays } from '../../src/core/dates';
import { achievableCheck, achievableMessage, achievableVerdict, growth, type AchievableInput } from '../../src/core/goals';
import type { TrackingRow } from '../../src/core/tracking';

const NB = '\u00a0';
const row = (date: string, channel: string, kpi: KpiId, value: number): TrackingRow => ({ date, channel, kpi, value, source: 'test' });

/** One reading a day from `from`, one value per day. */
const daily = (kpi: KpiId, channel: string, from: string, values: number[]): TrackingRow[] =>
  values.map((value, i) => row(addDays(from, i), channel, kpi, value));

const repeat = (value: number, days: number): number[] => Array<number>(days).fill(value);

/** A five-day goal (start and deadline both included). */
const FIVE_DAYS = { start: '2027-01-01', deadline: '2027-01-05' };

/** 20 days of clicks: 10 a day for 5 days, then 12 a day. Best five-day growth: 50 → 60, +20 %. */
const CLICKS = daily('website_clicks', 'instagram', '2026-01-01', [...repeat(10, 5), ...repeat(12, 15)]);

const clicksGoal = (baseline: number, target: number, extra: Partial<AchievableInput> = {}): AchievableInput => ({
  kpi: 'website_clicks',
  channels: ['instagram'],
  ...FIVE_DAYS,
  baseline,
  target,
  ...extra,
});

describe('growth', () => {
  test.each([
    [100, 150, 'up', 0.5],
    [100, 50, 'up', -0.5],
    [0, 5, 'up', Infinity],
    [100, 75, 'down', 0.25],
    [100, 125, 'down', -0.25],
  ] as const)('from %d to %d (%s is better) is %d', (before, after, better, expected) => {
    expect(growth(before, after, better)).toBeCloseTo(expected, 12);
  });

  test.each([
    [0, 0, 'up'],
    [0, 5, 'down'],
    [0, 0, 'down'],
  ] as const)('from %d to %d (%s is better) says nothing', (before, after, better) => {
    expect(growth(before, after, better)).toBeUndefined();
  });
});

describe('achievableCheck: flows', () => {
  test('a goal asking more than the record is a stretch, by the right number of points', () => {
    const result = achievableCheck(CLICKS, clicksGoal(60, 90));
    expect(result).toMatchObject({ status: 'stretch', better: 'up', days: 5, kpi: 'website_clicks', channels: ['instagram'] });
    if (result.status !== 'stretch') throw new Error('expected a stretch');
    expect(result.asked).toBeCloseTo(0.5, 12);
    expect(result.best).toBeCloseTo(0.2, 12);
    expect(result.excess.points).toBeCloseTo(30, 9);
    expect(result.excess.times).toBeCloseTo(2.5, 9);
  });

  test('a goal within the record is ok', () => {
    const result = achievableCheck(CLICKS, clicksGoal(60, 66));
    expect(result).toMatchObject({ status: 'ok', best: expect.closeTo(0.2, 12), asked: expect.closeTo(0.1, 12) });
  });

  test('a goal asking exactly the record is ok', () => {
    expect(achievableCheck(CLICKS, clicksGoal(60, 72)).status).toBe('ok');
  });

  test('the record is measured over periods as long as the goal', () => {
    // Ten days: 10×10 + … : [1..10] = 110 → [11..20] = 120, +9.09 %.
    const result = achievableCheck(CLICKS, clicksGoal(110, 121, { start: '2027-01-01', deadline: '2027-01-10' }));
    expect(result).toMatchObject({ status: 'stretch', days: 10, best: expect.closeTo(10 / 110, 12) });
  });

  test('several channels add up in each period', () => {
    const rows = [...daily('calls', 'instagram', '2026-01-01', repeat(10, 10)), ...daily('calls', 'facebook', '2026-01-06', repeat(10, 5))];
    const result = achievableCheck(rows, { kpi: 'calls', channels: ['instagram', 'facebook'], ...FIVE_DAYS, baseline: 100, target: 150 });
    expect(result).toMatchObject({ status: 'ok', best: expect.closeTo(1, 12) });
  });

  test('the other channel counts', () => {
    const rows = daily('calls', 'Snapchat', '2026-01-01', [...repeat(10, 5), ...repeat(15, 5)]);
    const result = achievableCheck(rows, { kpi: 'calls', channels: [], otherChannel: 'snapchat', ...FIVE_DAYS, baseline: 50, target: 60 });
    expect(result).toMatchObject({ status: 'ok', best: expect.closeTo(0.5, 12), channels: ['snapchat'] });
  });

  test('a ratio compares its values from its parts', () => {
    const rows = [
      ...daily('visits', 'instagram', '2026-01-01', repeat(100, 20)),
      ...daily('customers', 'instagram', '2026-01-01', [...repeat(2, 5), ...repeat(3, 15)]),
    ];
    const result = achievableCheck(rows, { kpi: 'conversion_rate', channels: ['instagram'], ...FIVE_DAYS, baseline: 0.03, target: 0.04 });
    expect(result).toMatchObject({ status: 'ok', best: expect.closeTo(0.5, 12) });
  });

  test('within the record, a stretch, and far beyond it (more than twice the best growth) read differently', () => {
    expect(achievableVerdict(achievableCheck(CLICKS, clicksGoal(60, 72)))).toBe('ok');
    // +30 % against a record of +20 %: 1.5 times the record.
    expect(achievableVerdict(achievableCheck(CLICKS, clicksGoal(60, 78)))).toBe('stretch');
    // +50 %: 2.5 times the record, 30 points beyond it.
    expect(achievableVerdict(achievableCheck(CLICKS, clicksGoal(60, 90)))).toBe('far');
    // +600 % where the record is +50 %: the 550 points.
    const rows = daily('website_clicks', 'instagram', '2026-01-01', [...repeat(10, 5), ...repeat(15, 15)]);
    const wild = achievableCheck(rows, clicksGoal(75, 525));
    expect(wild).toMatchObject({ status: 'stretch', far: true, excess: { points: expect.closeTo(550, 9), times: expect.closeTo(12, 9) } });
    expect(achievableMessage('en', wild)).toBe(
      'This goal asks for +600% in 5 days; the best seen over 5 days was +50%: 550 points more than your record, 12 times the best growth ever seen. ' +
        'Consider a lower target or a later deadline.',
    );
    expect(achievableMessage('fr', wild)).toBe(
      `Cet objectif demande +600${NB}% en 5 jours ; le meilleur résultat observé sur 5 jours est +50${NB}% : 550 points de plus que votre record, ` +
        '12 fois la meilleure croissance jamais observée. Envisagez une cible plus basse ou une échéance plus lointaine.',
    );
    // Three times a tiny record is still only 2 points beyond it: a stretch, not far.
    const slow = daily('website_clicks', 'instagram', '2026-01-01', [...repeat(100, 5), ...repeat(101, 15)]);
    expect(achievableVerdict(achievableCheck(slow, clicksGoal(505, 520)))).toBe('stretch');
    expect(achievableVerdict(achievableCheck([], clicksGoal(60, 90)))).toBe('unknown');
  });

  test('messages, in English and French', () => {
    const stretch = achievableCheck(CLICKS, clicksGoal(60, 78));
    expect(achievableMessage('en', stretch)).toBe(
      'This goal asks for +30% in 5 days; the best seen over 5 days was +20%: 10 points more than your record.',
    );
    expect(achievableMessage('fr', stretch)).toBe(
      `Cet objectif demande +30${NB}% en 5 jours ; le meilleur résultat observé sur 5 jours est +20${NB}% : 10 points de plus que votre record.`,
    );
    const ok = achievableCheck(CLICKS, clicksGoal(60, 66));
    expect(achievableMessage('en', ok)).toBe('This goal asks for +10% in 5 days; the best seen over 5 days was +20%: within your record.');
    expect(achievableMessage('fr', ok)).toBe(
      `Cet objectif demande +10${NB}% en 5 jours ; le meilleur résultat observé sur 5 jours est +20${NB}% : c’est dans vos records.`,
    );
  });
});

describe('achievableCheck: stocks', () => {
  // Followers on the 1st of January, 31 January, 2 March and 1 April 2026: 30 days apart.
  const FOLLOWERS = [
    row('2026-01-01', 'instagram', 'followers', 100),
    row('2026-01-31', 'instagram', 'followers', 130),
    row('2026-03-02', 'instagram', 'followers', 140),
    row('2026-04-01', 'instagram', 'followers', 150),
  ];
  const THIRTY_DAYS = { start: '2027-01-01', deadline: '2027-01-30' };

  test('compares the value at t and at t + L: best +30 %', () => {
    const result = achievableCheck(FOLLOWERS, { kpi: 'followers', channels: ['instagram'], ...THIRTY_DAYS, baseline: 1000, target: 1200 });
    expect(result).toMatchObject({ status: 'ok', days: 30, best: expect.closeTo(0.3, 12), asked: expect.closeTo(0.2, 12) });
    expect(achievableMessage('en', result)).toBe(
      'This goal asks for +20% in 30 days; the best seen over 30 days was +30%: within your record.',
    );
  });

  test('uses the latest reading at or before t + L', () => {
    const rows = [
      row('2026-01-01', 'x', 'followers', 100),
      row('2026-01-21', 'x', 'followers', 150),
      row('2026-02-10', 'x', 'followers', 160),
    ];
    const result = achievableCheck(rows, { kpi: 'followers', channels: ['x'], ...THIRTY_DAYS, baseline: 100, target: 200 });
    expect(result).toMatchObject({ status: 'stretch', best: expect.closeTo(0.5, 12) });
    if (result.status === 'stretch') expect(result.excess.points).toBeCloseTo(50, 9);
  });

  test('needs one reading L days after another: L + 1 days of history', () => {
    const short = [row('2026-01-01', 'x', 'followers', 100), row('2026-01-30', 'x', 'followers', 150)];
    expect(achievableCheck(short, { kpi: 'followers', channels: ['x'], ...THIRTY_DAYS, baseline: 1, target: 2 })).toMatchObject({
      status: 'noHistory',
      neededDays: 31,
      haveDays: 30,
      longestDays: 29,
    });
    const enough = [...short, row('2026-01-31', 'x', 'followers', 160)];
    expect(achievableCheck(enough, { kpi: 'followers', channels: ['x'], ...THIRTY_DAYS, baseline: 1, target: 2 }).status).toBe('stretch');
  });
});

describe('achievableCheck: reduction goals (churn)', () => {
  // Ten-day goal. Active customers stay at 1000; customers lost per day: 10 (days 1–10), 8 (11–20), 6 (21–31).
  // Best ten-day reduction of churn: 80 → 60 lost, 25 %.
  const TEN_DAYS = { start: '2027-01-01', deadline: '2027-01-10' };
  const falling = [
    row('2026-01-01', 'newsletter', 'active_customers', 1000),
    ...daily('lost_customers', 'newsletter', '2026-01-01', [...repeat(10, 10), ...repeat(8, 10), ...repeat(6, 11)]),
  ];
  const churnGoal = (baseline: number, target: number): AchievableInput => ({
    kpi: 'churn',
    channels: ['newsletter'],
    ...TEN_DAYS,
    baseline,
    target,
  });

  test('a reduction within the best reduction seen is ok', () => {
    expect(achievableCheck(falling, churnGoal(0.06, 0.048))).toMatchObject({
      status: 'ok',
      better: 'down',
      asked: expect.closeTo(0.2, 12),
      best: expect.closeTo(0.25, 12),
    });
  });

  test('a larger reduction is a stretch, shown as falls', () => {
    const result = achievableCheck(falling, churnGoal(0.06, 0.03));
    expect(result).toMatchObject({ status: 'stretch', asked: expect.closeTo(0.5, 12), best: expect.closeTo(0.25, 12) });
    if (result.status === 'stretch') {
      expect(result.excess.points).toBeCloseTo(25, 9);
      expect(result.excess.times).toBeCloseTo(2, 9);
    }
    expect(achievableMessage('en', result)).toBe(
      'This goal asks for -50% in 10 days; the best seen over 10 days was -25%: 25 points more than your record.',
    );
    expect(achievableMessage('fr', result)).toBe(
      `Cet objectif demande -50${NB}% en 10 jours ; le meilleur résultat observé sur 10 jours est -25${NB}% : 25 points de plus que votre record.`,
    );
  });

  test('when churn only ever rose, any reduction is a stretch and the record is a rise', () => {
    const rising = [
      row('2026-01-01', 'newsletter', 'active_customers', 1000),
      ...daily('lost_customers', 'newsletter', '2026-01-01', [...repeat(6, 10), ...repeat(8, 10), ...repeat(10, 11)]),
    ];
    const result = achievableCheck(rising, churnGoal(0.06, 0.048));
    // Least bad ten-day change: [12..21] = 82 lost → [22..31] = 100 lost, a 21.95 % rise.
    // Any cut where history only ever got worse is far beyond the record.
    expect(result).toMatchObject({ status: 'stretch', far: true, best: expect.closeTo(1 - 100 / 82, 12) });
    if (result.status === 'stretch') {
      expect(result.excess.points).toBeCloseTo((0.2 + 18 / 82) * 100, 9);
      expect(result.excess.times).toBeUndefined();
    }
    expect(achievableMessage('en', result)).toBe(
      'This goal asks for -20% in 10 days; the best seen over 10 days was +22%: 42 points more than your record. Consider a lower target or a later deadline.',
    );
  });
});

describe('achievableCheck: growth from 0', () => {
  test('a goal from a baseline of 0 is a stretch when history never rose from 0', () => {
    const result = achievableCheck(CLICKS, clicksGoal(0, 50));
    expect(result).toMatchObject({ status: 'stretch', far: true, asked: Infinity, best: expect.closeTo(0.2, 12) });
    if (result.status === 'stretch') {
      expect(result.excess.points).toBe(Infinity);
      expect(result.excess.times).toBeUndefined();
    }
    expect(achievableMessage('en', result)).toBe(
      'This goal starts from 0, so it asks for unlimited growth in 5 days; the best seen over 5 days was +20%: beyond your record.',
    );
  });

  test('it is ok when history already rose from 0 (a reading of 0 counts, a missing one does not)', () => {
    const rows = daily('website_clicks', 'instagram', '2026-01-01', [...repeat(0, 5), ...repeat(5, 5)]);
    const result = achievableCheck(rows, clicksGoal(0, 50));
    expect(result).toMatchObject({ status: 'ok', asked: Infinity, best: Infinity });
    expect(achievableMessage('en', result)).toBe(
      'This goal starts from 0; your history already rose from 0 within 5 days: within your record.',
    );
    expect(achievableMessage('en', achievableCheck(rows, clicksGoal(10, 20)))).toBe(
      'This goal asks for +100% in 5 days; the best seen over 5 days was a rise from 0: within your record.',
    );
  });
});

describe('achievableCheck: not enough history', () => {
  test('flows need two periods as long as the goal', () => {
    const nineDays = CLICKS.slice(0, 9);
    const result = achievableCheck(nineDays, clicksGoal(60, 90));
    // Nine days can compare two periods of four: a four-day goal can be checked now.
    expect(result).toEqual({
      status: 'noHistory',
      kpi: 'website_clicks',
      channels: ['instagram'],
      days: 5,
      neededDays: 10,
      haveDays: 9,
      longestDays: 4,
    });
    expect(achievableMessage('en', result)).toBe(
      'The achievable check needs history: at least 10 days of website clicks on Instagram in the Tracking sheet (it holds 9). ' +
        'It can check a goal of up to 4 days now.',
    );
    expect(achievableMessage('fr', result)).toBe(
      'Le contrôle de faisabilité a besoin d’historique : au moins 10 jours de relevés pour les clics vers le site sur Instagram dans la feuille Suivi (elle en contient 9). ' +
        'Il peut vérifier dès maintenant un objectif de 4 jours au plus.',
    );
    expect(achievableCheck(nineDays, clicksGoal(60, 90, { start: '2027-01-01', deadline: '2027-01-04' })).status).toBe('stretch');
    // Three days hold no two periods of two days: nothing to offer.
    expect(achievableCheck(CLICKS.slice(0, 3), clicksGoal(60, 90))).not.toHaveProperty('longestDays');
    expect(achievableCheck(CLICKS.slice(0, 10), clicksGoal(60, 90)).status).not.toBe('noHistory');
  });

  test('no reading at all, on several channels', () => {
    const result = achievableCheck(CLICKS, clicksGoal(60, 90, { channels: ['tiktok', 'blog'] }));
    expect(result).toMatchObject({ status: 'noHistory', haveDays: 0, neededDays: 10 });
    expect(achievableMessage('en', result)).toBe(
      'The achievable check needs history: at least 10 days of website clicks on TikTok and the blog in the Tracking sheet.',
    );
  });

  test('a ratio names the parts to track', () => {
    const result = achievableCheck([], {
      kpi: 'conversion_rate',
      channels: ['instagram'],
      start: '2027-01-01',
      deadline: '2027-06-30',
      baseline: 0.02,
      target: 0.03,
    });
    expect(result).toMatchObject({ status: 'noHistory', days: 181, neededDays: 362 });
    expect(achievableMessage('en', result)).toBe(
      'The achievable check needs history: at least 362 days of new customers and website visits on Instagram in the Tracking sheet.',
    );
    expect(achievableMessage('fr', result)).toBe(
      'Le contrôle de faisabilité a besoin d’historique : au moins 362 jours de relevés pour les nouveaux clients et les visites du site sur Instagram dans la feuille Suivi.',
    );
  });

  test('a channel of the goal without any reading is named: the others’ record is not the goal’s', () => {
    const result = achievableCheck(CLICKS, clicksGoal(60, 66, { otherChannel: 'Snapchat' }));
    expect(result).toEqual({
      status: 'missingChannels',
      kpi: 'website_clicks',
      channels: ['instagram', 'Snapchat'],
      days: 5,
      missing: ['Snapchat'],
    });
    expect(achievableMessage('en', result)).toBe(
      'The achievable check needs history on each of the goal’s channels: the Tracking sheet has no website clicks on Snapchat.',
    );
    expect(achievableMessage('fr', result)).toBe(
      'Le contrôle de faisabilité a besoin d’historique sur chaque canal de l’objectif : la feuille Suivi ne contient aucune mesure pour les clics vers le site sur Snapchat.',
    );
    // A ratio's channel counts as tracked with a reading of either part.
    const rows = [
      ...daily('visits', 'instagram', '2026-01-01', repeat(100, 20)),
      ...daily('customers', 'facebook', '2026-01-01', repeat(2, 20)),
    ];
    expect(
      achievableCheck(rows, { kpi: 'conversion_rate', channels: ['instagram', 'facebook'], ...FIVE_DAYS, baseline: 0.03, target: 0.04 })
        .status,
    ).not.toBe('missingChannels');
  });

  test('a long enough history of nothing but zeros says nothing', () => {
    const zeros = daily('website_clicks', 'instagram', '2026-01-01', repeat(0, 20));
    expect(achievableCheck(zeros, clicksGoal(60, 90)).status).toBe('noHistory');
  });
});
