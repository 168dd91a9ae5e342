/** The preview's chart labels: wrapped and shortened between words, never inside a word or a number. */
import fc from 'fast-check';
import { wrapWords } from '../../src/local/preview/client/charts';

describe('wrapWords', () => {
  test('a goal statement keeps its numbers whole (not "Passer de 137 à 20")', () => {
    const statement = 'Passer de 137 à 200 clics vers le site depuis Facebook d’ici le 30/06/2027';
    expect(wrapWords(statement, 18, 2)).toEqual(['Passer de 137 à', '200 clics vers le…']);
    expect(wrapWords(statement, 30, 4)).toEqual(['Passer de 137 à 200 clics vers', 'le site depuis Facebook d’ici', 'le 30/06/2027']);
  });

  test('short texts are left as they are', () => {
    expect(wrapWords('Facebook', 18, 1)).toEqual(['Facebook']);
  });

  test('whatever the text, every shown word is a whole word of it, in order, and the lines fit', () => {
    const word = fc.stringMatching(/^[a-z0-9,./€]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 14, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (words, width, maxLines) => {
          const lines = wrapWords(words.join(' '), width, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          // Only a last line of one whole word lets its "…" overhang.
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(/\s/.test(line) || !line.endsWith('…') ? width : width + 1);
          const shown = lines.join(' ').replace(/…$/, '').split(' ').filter(Boolean);
          expect(shown).toEqual(words.slice(0, shown.length));
        },
      ),
    );
  });
});
