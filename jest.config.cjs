/**
 * Two tiers. fast: the unit tests, the built bundle, the emulator, the preview server (no browser) and
 * the fences (a probe per side for tsc and eslint),
 * under 20 s on a 2-core machine with two workers: `npm run test:fast`. browser: the sidebars and the
 * preview in Chromium. `npm test` runs both.
 */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': '<rootDir>/tools/jest-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  cacheDirectory: '<rootDir>/.cache/jest',
  testTimeout: 30000,
};

/** The folders of the fast tier. */
const FAST = ['unit', 'bundle', 'emulator', 'preview', 'fences'];

/** @type {import('jest').Config} */
module.exports = {
  // Also here: with projects, jest takes the timeout from the top level.
  testTimeout: common.testTimeout,
  projects: [
    { ...common, displayName: 'fast', testMatch: [`<rootDir>/test/{${FAST.join(',')}}/**/*.test.ts`] },
    // Everything else, so that a test in a new folder runs somewhere: today test/sidebar and test/e2e.
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: [`<rootDir>/test/(${FAST.join('|')})/`],
    },
  ],
};
