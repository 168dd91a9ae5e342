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

/** The README's section under a "## " heading. */
const section = (heading: string) => {
  const start = readme.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
};

test('the quick start says npm start keeps running until Ctrl+C, and that the sample opens in French', () => {
  const quickStart = section('Quick start');
  expect(quickStart).toMatch(/keeps running until you press \*\*Ctrl\+C\*\*/);
  expect(quickStart).toMatch(/\*\*in French\*\* \(locale `fr_FR`\)/);
});

test('the README names the menu item that enables the formulas in a document, in both languages', () => {
  const deploy = section('Install it in your own Google Sheet').replace(/\s+/g, ' ');
  expect(deploy).toContain('**Extensions → Social ROI → Enable formulas in this document**');
  expect(deploy).toContain('*Activer les formules dans ce document*');
  expect(deploy).toMatch(/Deploy → Test deployments[\s\S]*Editor add-on[\s\S]*Create new test[\s\S]*Test document[\s\S]*\*\*Execute\*\*/);
  expect(deploy).not.toMatch(/→ Install/);
});

test('the real-Sheets checklist is linked and covers what the emulator assumes', () => {
  expect(readme).toContain('(docs/real-sheets-checklist.md)');
  const checklist = readFileSync('docs/real-sheets-checklist.md', 'utf8');
  for (const topic of [
    'Enable formulas in this document', // the menu in a new document
    'autocomplete',
    'Status** (column O) shows a word',
    'Run the same import a second time',
    '`=1+1 is not a formula`',
    '`-5 % Camille`',
    '300 px',
    'Locale: France', // the formula syntax of the locale
    'TRUE)`', // TRUE as a literal
  ]) {
    expect(checklist).toContain(topic);
  }
  expect(checklist.match(/\*\*You should see\*\*/g)?.length).toBeGreaterThanOrEqual(8);
});
