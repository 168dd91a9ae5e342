/** The formula help and the README show every call in the syntax of the sheet it is typed in. */
import { formulaHelpHtml } from '../../src/functions/help-html';
import { fromLocaleSyntax, toLocaleSyntax } from '../../src/core/formula-syntax';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { exampleCall, usageCall } from '../../src/functions/format';

/** The formula without its quoted texts, where the separators are. */
const outsideQuotes = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

const codeOf = (html: string) =>
  [...html.matchAll(/<code>(=[^<]+)<\/code>/g)].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&amp;/g, '&'),
  );

describe('the French help teaches what a French sheet accepts', () => {
  const calls = codeOf(formulaHelpHtml('fr'));

  test('it shows every example and column call', () => {
    const expected = FORMULA_REFERENCE.reduce((n, def) => n + def.examples.length + 1, 0);
    expect(calls).toHaveLength(expected);
  });

  test.each(codeOf(formulaHelpHtml('fr')).map((c) => [c]))('%s uses ";" between arguments and decimal commas', (call) => {
    const bare = outsideQuotes(call);
    expect(bare).not.toMatch(/\d\.\d/);
    // Commas outside quotes are decimal commas only: a digit on both sides.
    expect(bare.replace(/\d,\d/g, '')).not.toContain(',');
  });

  test('each heading shows the formula with ";" between its arguments, and the examples are "Exemples"', () => {
    const html = formulaHelpHtml('fr');
    const headings = [...html.matchAll(/<h2[^>]*><code>([^<]+)<\/code><\/h2>/g)].map((m) => m[1]);
    expect(headings).toHaveLength(FORMULA_REFERENCE.length);
    expect(headings).toContain('ROI_PCT(value; cost; [margin])');
    for (const heading of headings) expect(heading).not.toContain(',');
    expect(html).toContain('<strong>Exemples</strong>');
    expect(html).not.toMatch(/article 001/i);
  });

  test('the LTV column call from the issue is written for a French sheet', () => {
    const ltv = FORMULA_REFERENCE.find((f) => f.name === 'LTV')!;
    expect(usageCall(ltv, 'fr')).toBe('=LTV(B2; C2; D2; 0,6)');
    expect(calls).toContain('=LTV(B2; C2; D2; 0,6)');
  });
});

test('the English help shows every example and column call in the canonical syntax', () => {
  const expected = FORMULA_REFERENCE.flatMap((def) => [def.usage, ...def.examples.map((ex) => exampleCall(def, ex, 'en'))]);
  expect(codeOf(formulaHelpHtml('en')).sort()).toEqual(expected.sort());
});

describe('locale syntax', () => {
  test.each([
    ['=ROI_PCT(2500.5, 1000)', '=ROI_PCT(2500,5; 1000)'],
    ['=TOTAL_COST(10, 35, {200, 50, 120})', '=TOTAL_COST(10; 35; {200\\ 50\\ 120})'],
    ['=PPC_EQUIVALENT({120; 80}, {1.5; 0.9})', '=PPC_EQUIVALENT({120; 80}; {1,5; 0,9})'],
    ['=CONVERSION_VALUE(500, "1, 2.5 in 50", D2:D13)', '=CONVERSION_VALUE(500; "1, 2.5 in 50"; D2:D13)'],
    ["=SUM('Sheet, 1.5'!A1:A3, 0.5)", "=SUM('Sheet, 1.5'!A1:A3; 0,5)"],
    ['=ERROR.TYPE(A1)', '=ERROR.TYPE(A1)'],
    ['=IF(A1>.5, "a""b", TRUE)', '=IF(A1>,5; "a""b"; TRUE)'],
  ])('%s is typed %s in French, and back', (canonical, french) => {
    expect(toLocaleSyntax(canonical, 'fr')).toBe(french);
    expect(fromLocaleSyntax(french, 'fr')).toBe(canonical);
  });

  test('every example and column call goes to French and back unchanged', () => {
    for (const def of FORMULA_REFERENCE) {
      for (const ex of def.examples) expect(fromLocaleSyntax(exampleCall(def, ex, 'fr'), 'fr')).toBe(exampleCall(def, ex, 'en'));
      expect(fromLocaleSyntax(usageCall(def, 'fr'), 'fr')).toBe(def.usage);
    }
  });
});
