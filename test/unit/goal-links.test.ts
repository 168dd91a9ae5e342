/** A goal's landing page and its tagged links: validated like every field, one link per catalogue channel. */
import { validateGoal, type GoalForm } from '../../src/core/goals';
import { linkRowsPlan } from '../../src/core/sheets/links';
import { goalCampaign, goalLinks } from '../../src/core/utm';

const TODAY = '2026-05-04';
const form = (landingPage?: string, channels = ['instagram', 'newsletter']): GoalForm => ({
  outcome: 'sales',
  stage: 'engagement',
  kpi: 'website_clicks',
  statement: 'More clicks',
  baseline: '100',
  target: '150',
  unit: '',
  start: TODAY,
  deadline: '2026-09-30',
  owner: 'Camille',
  channels,
  ...(landingPage === undefined ? {} : { landingPage }),
});

describe('the landing page', () => {
  test('is optional, and kept with its scheme', () => {
    const none = validateGoal(form(), TODAY, 'en');
    expect(none.ok && none.goal.landingPage).toBeUndefined();
    const blank = validateGoal(form('   '), TODAY, 'en');
    expect(blank.ok && blank.goal.landingPage).toBeUndefined();
    const typed = validateGoal(form(' shop.example/order '), TODAY, 'en');
    expect(typed.ok && typed.goal.landingPage).toBe('https://shop.example/order');
  });

  test.each([['mailto:a@b.c'], ['javascript:alert(1)'], ['ftp://files.example/x'], ['my shop'], ['shop'], ['https://']])(
    '%p is refused on its field',
    (page) => {
      expect(validateGoal(form(page), TODAY, 'en')).toEqual({
        ok: false,
        errors: [{ field: 'landingPage', code: 'notWebAddress', params: { got: page.trim().slice(0, 24) } }],
      });
    },
  );

  test('is refused when longer than browsers take, or not text', () => {
    const long = validateGoal(form(`https://example.com/${'a'.repeat(2000)}`), TODAY, 'en');
    expect(!long.ok && long.errors[0]).toEqual({ field: 'landingPage', code: 'tooLong', params: { max: 2000, length: 2020 } });
    expect(validateGoal({ ...form(), landingPage: 42 }, TODAY, 'en')).toEqual({
      ok: false,
      errors: [{ field: 'landingPage', code: 'invalid' }],
    });
  });
});

test('a goal’s links: one per catalogue channel, with its own tags and the campaign named after the goal', () => {
  const goal = {
    kpi: 'email_signups' as const,
    deadline: '2026-09-30',
    channels: ['linkedin' as const, 'newsletter' as const],
    landingPage: 'https://shop.example/?a=1',
  };
  expect(goalCampaign(goal)).toBe('email_signups_2026_09');
  expect(goalLinks(goal)).toEqual([
    {
      channel: 'linkedin',
      source: 'linkedin',
      medium: 'social',
      campaign: 'email_signups_2026_09',
      url: 'https://shop.example/?a=1&utm_source=linkedin&utm_medium=social&utm_campaign=email_signups_2026_09',
    },
    {
      channel: 'newsletter',
      source: 'newsletter',
      medium: 'email',
      campaign: 'email_signups_2026_09',
      url: 'https://shop.example/?a=1&utm_source=newsletter&utm_medium=email&utm_campaign=email_signups_2026_09',
    },
  ]);
  expect(goalLinks({ ...goal, landingPage: undefined })).toEqual([]);
});

describe('where a goal’s rows go in the Links sheet', () => {
  test('in place when the same number of rows is there together', () => {
    expect(linkRowsPlan(['a', 'b', 'b', 'c'], 'b', 2)).toEqual({ at: 3, clear: [] });
  });
  test('after the last row otherwise, the old ones emptied', () => {
    expect(linkRowsPlan(['a', 'b', 'b', 'c'], 'b', 3)).toEqual({ at: 6, clear: [3, 4] });
    expect(linkRowsPlan(['b', 'a', 'b'], 'b', 2)).toEqual({ at: 5, clear: [2, 4] });
    expect(linkRowsPlan([], 'b', 2)).toEqual({ at: 2, clear: [] });
  });
});
