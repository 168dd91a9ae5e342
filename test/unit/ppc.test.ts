import { customFunction } from '../support/formulas';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const ppc = customFunction('PPC_EQUIVALENT');

describe('PPC_EQUIVALENT(visits, cpc)', () => {
  test('sums visits × cpc over paired rows', () => {
    expect(ppc(col(100, 20, 5), col(1.2, 0.5, 2))).toBeCloseTo(140, 10);
  });
  test('rows without visits are skipped, even with a cpc', () => {
    expect(ppc(col(100, '', ''), col(1, 3, ''))).toBe(100);
  });
  test('a row with visits but no cpc is an error naming the row', () => {
    expect(() => ppc(col(100, 10), col(1, ''))).toThrow('PPC_EQUIVALENT: row 2 of cpc: cpc is blank; expected a number ≥ 0.');
  });
  test('heights must match', () => {
    expect(() => ppc(col(1, 2), col(1, 2, 3))).toThrow(/visits is 2 rows × 1 column but cpc is 3 rows/);
  });
});

describe('PPC_EQUIVALENT(keywords, visits, cpc_keywords, cpc, [skip_unmatched])', () => {
  const keywords = col('Pain au levain', 'croissant ', 'CAFÉ', 'gâteau');
  const visits = col(300, 150, 40, 10);
  const table = col('pain au levain', 'Croissant', 'café', 'gâteau');
  const cpc = col(1.2, 0.8, 0.5, 2);

  test('joins case-insensitively and trimmed', () => {
    expect(ppc(keywords, visits, table, cpc)).toBeCloseTo(300 * 1.2 + 150 * 0.8 + 40 * 0.5 + 10 * 2, 10);
  });

  test('accents are kept: "cafe" does not match "café"', () => {
    expect(() => ppc(col('cafe'), col(10), table, cpc)).toThrow(
      'PPC_EQUIVALENT: keyword "cafe" has no cost per click in cpc_keywords. Add it to the CPC table, or set skip_unmatched to TRUE to leave unmatched keywords out.',
    );
  });

  test('an unmatched keyword names the first and counts the others', () => {
    expect(() => ppc(col('x', 'croissant', 'y', 'z', 'y'), col(1, 1, 1, 1, 1), table, cpc)).toThrow(
      /keyword "x" has no cost per click in cpc_keywords \(and 2 more\)/,
    );
    expect(() => customFunction('PPC_EQUIVALENT', 'fr_FR')(col('x', 'y'), col(1, 1), table, cpc)).toThrow(
      /le mot-clé « x » n'a pas de coût par clic dans les mots-clés du tableau CPC \(cpc_keywords\) \(et 1 autre\)/,
    );
  });

  test('a skip_unmatched that is no TRUE or FALSE is named once, with no row: it is one value', () => {
    expect(() => customFunction('PPC_EQUIVALENT', 'fr_FR')(col('x', 'y'), col(1, 1), table, cpc, 'yes')).toThrow(
      'PPC_EQUIVALENT : ignorer les mots-clés sans CPC (skip_unmatched) vaut « yes » ; attendu : VRAI ou FAUX.',
    );
    expect(() => customFunction('PPC_EQUIVALENT')(col('x', 'y'), col(1, 1), table, cpc, 'yes')).toThrow(
      /^PPC_EQUIVALENT: skip_unmatched is "yes"/,
    );
  });

  test('skip_unmatched TRUE leaves them out on purpose', () => {
    expect(ppc(col('x', 'croissant'), col(100, 10), table, cpc, true)).toBeCloseTo(8, 10);
    expect(ppc(col('x', 'croissant'), col(100, 10), table, cpc, 'VRAI')).toBeCloseTo(8, 10);
    expect(() => ppc(col('x', 'croissant'), col(100, 10), table, cpc, false)).toThrow(/keyword "x"/);
  });

  test('keywords without visits need no CPC', () => {
    expect(ppc(col('x', 'croissant', ''), col('', 10, ''), table, cpc)).toBeCloseTo(8, 10);
  });

  test('a keyword priced twice differently is an error', () => {
    expect(() => ppc(col('a'), col(1), col('a', 'A '), col(1, 2))).toThrow(
      /keyword "A" has two costs per click in the CPC table \(1 and 2\)/,
    );
  });

  test('a keyword priced twice the same is fine', () => {
    expect(ppc(col('a'), col(3), col('a', 'A '), col(1, 1))).toBe(3);
  });

  test('visits as text are read, junk is refused with its row', () => {
    expect(ppc(col('a', 'b'), col('1 000', 2), col('a', 'b'), col(1, 1))).toBe(1002);
    expect(() => ppc(col('a', 'b'), col(1, 'lots'), col('a', 'b'), col(1, 1))).toThrow(/row 2 of visits: visits is "lots"/);
  });

  test('skip_unmatched must be TRUE or FALSE', () => {
    expect(() => ppc(col('a'), col(1), col('a'), col(1), 'maybe')).toThrow(/skip_unmatched is "maybe"; expected TRUE or FALSE/);
  });
});
