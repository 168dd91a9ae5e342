import { readFileSync } from 'node:fs';
import { withFormulaReference } from '../../src/functions/readme';
import { FORMULA_REFERENCE } from '../../src/functions/reference';

const readme = readFileSync('README.md', 'utf8');

test('the README formula reference is the one generated from the metadata (run npm run docs)', () => {
  expect(readme).toBe(withFormulaReference(readme));
});

test('the README documents every formula with an example', () => {
  for (const def of FORMULA_REFERENCE) {
    expect(readme).toContain(`### \`${def.name}(`);
    expect(readme).toContain(`\`=${def.name}(`);
  }
});

test('the README shows the two quick-start commands', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});
