/**
 * ROI by channel from measured money, in the emulator: when Tracking holds revenue for a channel in the
 * ROI period (a GA4 import writes it), the channel's value is that revenue × its margin and the row says
 * "Measured"; otherwise conversions × value per conversion, "Estimated". The margin cell is read by the
 * share rule of the formulas' own reader, and the Dashboard says which channels are measured.
 */
import { addDays } from '../../src/core/dates';
import { readersFor } from '../../src/core/rules';
import type { GoalForm } from '../../src/core/goals';
import type { Result, SavedGoal } from '../../src/shared/endpoints';
import type { Emulator } from '../../src/local/emulator/emulator';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { appendTracking, emulate, read, shown, write } from '../support/emulator';

const TODAY = new Date().toISOString().slice(0, 10);

function form(channels: string[]): GoalForm {
  return {
    outcome: 'sales',
    stage: 'conversion',
    kpi: 'revenue',
    statement: 'More revenue from social media',
    baseline: '1000',
    target: '2000',
    unit: '€',
    start: addDays(TODAY, -30),
    deadline: addDays(TODAY, 60),
    owner: 'Camille',
    channels,
  };
}

const save = (emulator: Emulator, f: GoalForm) => JSON.parse(JSON.stringify(emulator.run('saveGoal', [f]))) as Result<SavedGoal>;

/** The last full month, the ROI sheet's default period. */
function lastFullMonth(): { from: string; to: string; mid: string } {
  const [y, m] = TODAY.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  return { from, to, mid: addDays(from, 10) };
}

/** Columns of the ROI sheet, by their headers: E revenue, F margin, G value, H value from, I:L costs, O ROI %, Q verdict. */
const COLUMNS = { revenue: 'E', margin: 'F', value: 'G', valueFrom: 'H', roi: 'O', flag: 'Q' };

describe('a channel with measured revenue in the period', () => {
  const month = lastFullMonth();

  test('its value is revenue × margin, its row says Measured, and other channels stay estimated', () => {
    const { emulator, workbook } = emulate('en_US');
    expect(save(emulator, form(['instagram', 'facebook'])).ok).toBe(true);
    const roi = requireAddonSheet(workbook, 'roi');
    expect(read(workbook, roi, 'E2:H2')).toEqual([['Measured revenue', 'Margin', 'Value', 'Value from']]);
    appendTracking(
      workbook,
      [
        [month.mid, 'Instagram', 'Revenue', 1200],
        [month.to, 'Instagram', 'Revenue', 300],
        [addDays(month.from, -1), 'Instagram', 'Revenue', 5000], // another period: never mixed in
        [month.mid, 'Instagram', 'New customers', 10],
        [month.mid, 'Facebook', 'New customers', 4],
      ],
      'GA4 export',
    );
    write(workbook, roi, 'D4:D5', [[50], [50]]);
    write(workbook, roi, 'I4:L5', [
      [200, 0, 0, 0],
      [100, 0, 0, 0],
    ]);

    // Revenue is there but no margin yet: no value, and the verdict says what is missing.
    expect(read(workbook, roi, 'E4:H4')).toEqual([[1500, '', '', 'Measured']]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Margin missing']]);
    expect(read(workbook, roi, 'O4')).toEqual([['']]);

    write(workbook, roi, 'F4', [[0.4]]);
    expect(read(workbook, roi, 'G4:H4')).toEqual([[600, 'Measured']]); // 1,500 × 40 %, not 10 customers × 50
    expect(read(workbook, roi, 'O4')).toEqual([[((600 - 200) / 200) * 100]]);
    expect(read(workbook, roi, 'Q4')).toEqual([['']]);
    expect(shown(workbook, roi, 'F4')).toEqual([['40%']]);
    // Facebook has no revenue in Tracking: estimated as before.
    expect(read(workbook, roi, 'E5:H5')).toEqual([['', '', 200, 'Estimated']]);
    expect(read(workbook, roi, 'H3')).toEqual([['1 of 2 measured']]);
    expect(read(workbook, roi, 'E3')).toEqual([[1500]]);

    const dashboard = requireAddonSheet(workbook, 'dashboard');
    // The marker sits beside the chart's table, not in the chart: the ROI bars read A:B only.
    expect(dashboard.charts.find((c) => c.options.title === 'ROI % by channel')?.ranges).toEqual([expect.stringMatching(/!A3:B15$/)]);
    expect(read(workbook, dashboard, 'A3:C5')).toEqual([
      ['Channel', 'ROI %', 'Value from'],
      ['Instagram', 200, 'Measured'],
      ['Facebook', 100, 'Estimated'],
    ]);
  });

  test('revenue measured at 0 is a measurement: the value is 0, not an estimate', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form(['tiktok']));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(
      workbook,
      [
        [month.mid, 'TikTok', 'Revenue', 0],
        [month.mid, 'TikTok', 'New customers', 3],
      ],
      'GA4 export',
    );
    write(workbook, roi, 'D4', [[80]]);
    write(workbook, roi, 'F4', [[0.5]]);
    write(workbook, roi, 'I4', [[150]]);
    expect(read(workbook, roi, 'E4:H4')).toEqual([[0, 0.5, 0, 'Measured']]);
    expect(read(workbook, roi, 'O4')).toEqual([[-100]]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Loses money']]);
  });

  test('in French, in the sheet’s words', () => {
    const { emulator, workbook } = emulate('fr_FR');
    save(emulator, form(['linkedin']));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [[month.mid, 'LinkedIn', 'Chiffre d’affaires', 800]], 'GA4 export');
    write(workbook, roi, 'F4', [[40]]);
    expect(read(workbook, roi, 'G4:H4')).toEqual([['', 'Mesurée']]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Marge 40 : vouliez-vous dire 40 % ?']]);
    write(workbook, roi, 'F4', [[1.5]]);
    expect(read(workbook, roi, 'Q4')).toEqual([
      ['Marge 150 % : si c’est votre majoration, votre marge est de 60 % ; si votre prix vaut 150 % de votre coût, 33 %'],
    ]);
    write(workbook, roi, 'F4', [[0.25]]);
    expect(read(workbook, roi, 'G4')).toEqual([[200]]);
    expect(read(workbook, roi, 'H3')).toEqual([['1 sur 1 mesurées']]);
  });
});

/**
 * The margin cell follows the share rule of the formulas' reader (core/rules.ts, `margin`): what the
 * reader takes, the sheet multiplies; what it refuses, the sheet refuses with the same reason.
 */
describe('the margin cell reads like the formulas’ margin argument', () => {
  const month = lastFullMonth();
  const marginReader = readersFor(() => undefined).margin;
  const REASONS: Record<string, RegExp> = {
    negative: /^Margin below 0$/,
    likelyPercent: /^Margin (\d+(\.\d+)?): did you mean \1 %\?$/,
    likelyMarkup: /^Margin \d+ %: if that is your markup, your margin is \d+ %; if your price is \d+ % of your cost, \d+ %$/,
    aboveOne: /^Margin above 100 %/,
    notNumber: /^Margin is not a number$/,
    blank: /^Margin missing$/,
  };

  test.each([[-0.1], [0], [0.4], [1], [1.0000001], [1.5], [1.99], [2], [40], [100], [100.5], [150], ['forty'], ['']])(
    'margin %p',
    (margin) => {
      const { emulator, workbook } = emulate('en_US');
      save(emulator, form(['instagram']));
      const roi = requireAddonSheet(workbook, 'roi');
      appendTracking(workbook, [[month.mid, 'Instagram', 'Revenue', 1000]], 'GA4 export');
      write(workbook, roi, `${COLUMNS.margin}4`, [[margin]]);
      const [[value]] = read(workbook, roi, `${COLUMNS.value}4`);
      const [[flag]] = read(workbook, roi, `${COLUMNS.flag}4`);
      const read_ = marginReader(margin);
      if (typeof read_ === 'number') {
        expect(value).toBeCloseTo(1000 * read_, 9);
        expect(flag).toBe('');
      } else {
        expect(value).toBe('');
        expect(String(flag)).toMatch(REASONS[read_.code]);
      }
    },
  );
});

/**
 * A margin typed on a row whose value is estimated (no revenue measured) does not change the value, but
 * it is checked all the same: it will be used as soon as revenue is measured.
 */
describe('a margin typed on an estimated row', () => {
  const month = lastFullMonth();

  function estimated(locale = 'en_US') {
    const { emulator, workbook } = emulate(locale);
    save(emulator, form(['facebook']));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [[month.mid, 'Facebook', locale === 'fr_FR' ? 'Nouveaux clients' : 'New customers', 10]]);
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4', [[100]]);
    expect(read(workbook, roi, 'G4:H4')).toEqual([[500, 'Estimated'].map((v, i) => (i === 1 && locale === 'fr_FR' ? 'Estimée' : v))]);
    return { workbook, roi };
  }

  test.each([
    [40, 'Margin 40: did you mean 40 %?'],
    [1.5, 'Margin 150 %: if that is your markup, your margin is 60 %; if your price is 150 % of your cost, 33 %'],
    [-0.2, 'Margin below 0'],
    ['forty', 'Margin is not a number'],
    [0.4, ''],
    ['', ''],
  ])('margin %p: the estimate stands, the verdict says %p', (margin, flag) => {
    const { workbook, roi } = estimated();
    write(workbook, roi, `${COLUMNS.margin}4`, [[margin]]);
    expect(read(workbook, roi, `${COLUMNS.value}4:${COLUMNS.valueFrom}4`)).toEqual([[500, 'Estimated']]);
    expect(read(workbook, roi, `${COLUMNS.roi}4`)).toEqual([[400]]);
    expect(read(workbook, roi, `${COLUMNS.flag}4`)).toEqual([[flag]]);
  });

  test('with a loss and a value per conversion that is refused: each said, in order', () => {
    const { workbook, roi } = estimated('fr_FR');
    write(workbook, roi, 'F4', [[40]]);
    write(workbook, roi, 'I4', [[1000]]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Marge 40 : vouliez-vous dire 40 % ? · Perd de l’argent']]);
    write(workbook, roi, 'D4', [[-5]]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Valeur par conversion négative · Marge 40 : vouliez-vous dire 40 % ?']]);
  });

  test('the margin header says it applies to measured revenue', () => {
    const { workbook, roi } = estimated();
    void workbook;
    expect(roi.notes.find((n) => n.range.row === 2 && n.range.column === 6)?.value).toMatch(/applies to measured revenue only/);
  });
});
