/** npm run docs: regenerates the formula reference inside README.md from the metadata tables. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFormulaReference } from '../src/functions/readme';

const before = readFileSync('README.md', 'utf8');
const after = withFormulaReference(before);
writeFileSync('README.md', after);
console.log(before === after ? 'README.md formula reference already up to date' : 'README.md formula reference regenerated');
