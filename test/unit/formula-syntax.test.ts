/** Formula text in the locale's syntax (what a person types) and in Apps Script's canonical one. */
import { CANONICAL, formulaSyntax, translateFormula } from '../../src/core/formula-syntax';
import { engineFormula } from '../../src/local/emulator/engine-formula';

const FRENCH = formulaSyntax('fr_FR');
const ENGLISH = formulaSyntax('en_GB');

describe('typed in a French spreadsheet, read as canonical', () => {
  test.each([
    ['=ROI_PCT(2500,5;1000)', '=ROI_PCT(2500.5,1000)'],
    ['=ROI_PCT(5000; 1000; 0,4)', '=ROI_PCT(5000, 1000, 0.4)'],
    ['=TOTAL_COST(10; 35; {200\\50\\120})', '=TOTAL_COST(10, 35, {200,50,120})'],
    ['=PPC_EQUIVALENT({120; 80}; {1,5; 0,9})', '=PPC_EQUIVALENT({120; 80}, {1.5; 0.9})'],
    ['={1\\2;3\\4}', '={1,2;3,4}'],
    ['=SUM({1\\2};3)', '=SUM({1,2},3)'],
    ['=PPC_EQUIVALENT(A1:A2; B1:B2; D1; E1; VRAI)', '=PPC_EQUIVALENT(A1:A2, B1:B2, D1, E1, TRUE)'],
    ['=IF(faux; 1; 2)', '=IF(FALSE, 1, 2)'],
    ['=CONVERSION_VALUE(500; "1,5; 2\\3")', '=CONVERSION_VALUE(500, "1,5; 2\\3")'],
    ["=SUM('Coûts; 2,5'!B2:B; 1,5E3)", "=SUM('Coûts; 2,5'!B2:B, 1.5E3)"],
    ['=A1*0,5', '=A1*0.5'],
    ['=","&"a;b"', '=","&"a;b"'],
  ])('%s → %s', (local, canonical) => {
    expect(translateFormula(local, FRENCH, CANONICAL)).toBe(canonical);
  });

  test('canonical text shows in French with ";", decimal commas and "\\" between array columns', () => {
    expect(translateFormula('=ROI_PCT(2500.5, 1000)', CANONICAL, FRENCH)).toBe('=ROI_PCT(2500,5; 1000)');
    expect(translateFormula('=SHARE_OF_VOICE(120, {200, 80})', CANONICAL, FRENCH)).toBe('=SHARE_OF_VOICE(120; {200\\ 80})');
    expect(translateFormula('=IF(A1="x,y", 0.5, TRUE)', CANONICAL, FRENCH)).toBe('=IF(A1="x,y"; 0,5; TRUE)');
  });

  test('text that is not a formula is left alone', () => {
    expect(translateFormula('2,5; 3', FRENCH, CANONICAL)).toBe('2,5; 3');
  });
});

describe('typed in an English spreadsheet', () => {
  test.each([
    ['=ROI_PCT(2500.5,1000)', '=ROI_PCT(2500.5,1000)'],
    // Sheets takes ";" between arguments in English locales too; in an array it separates rows.
    ['=ROI_PCT(2500;1000)', '=ROI_PCT(2500,1000)'],
    ['=SUM({1,2;3,4})', '=SUM({1,2;3,4})'],
  ])('%s → %s', (local, canonical) => {
    expect(translateFormula(local, ENGLISH, CANONICAL)).toBe(canonical);
  });
});

describe('TRUE and FALSE literals for the engine', () => {
  test.each([
    ['=PPC_EQUIVALENT(A1, B1, C1, D1, TRUE)', '=PPC_EQUIVALENT(A1, B1, C1, D1, TRUE())'],
    ['=IF(false, 1, 2)', '=IF(FALSE(), 1, 2)'],
    ['={TRUE, FALSE}', '={TRUE(), FALSE()}'],
    ['=TRUE()', '=TRUE()'],
    ['=TRUE ()', '=TRUE ()'],
    ['=TRUE!A1', '=TRUE!A1'],
    ['="TRUE"&TRUEVALUE', '="TRUE"&TRUEVALUE'],
    ["='TRUE'!A1", "='TRUE'!A1"],
  ])('%s → %s', (formula, engine) => {
    expect(engineFormula(formula)).toBe(engine);
  });
});
