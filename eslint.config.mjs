// ESLint: the layering of src/ (tools/lint/layers.mjs) and a few rules that catch real mistakes.
// TypeScript is parsed by Babel: typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7
// (our type checker) no longer has. Types are checked by npm run typecheck.
import babelParser from '@babel/eslint-parser';
import { importsRule } from './tools/lint/layers.mjs';

export default [
  { ignores: ['build/**', 'node_modules/**', '.cache/**', '.preview/**', 'test-output/**'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins: ['typescript'] } },
      },
    },
    plugins: { layers: { rules: { imports: importsRule } } },
    rules: {
      'layers/imports': 'error',
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-compare': 'error',
      'no-sparse-arrays': 'error',
      'no-unreachable': 'error',
      'no-fallthrough': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
];
