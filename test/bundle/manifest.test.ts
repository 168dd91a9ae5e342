/** What clasp pushes: the manifest, its scopes, and nothing but the built files. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8'));

test('the scopes are exactly spreadsheets.currentonly and script.container.ui', () => {
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ]);
});

test('runtime V8 with exception logging, and no external access declared', () => {
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.urlFetchWhitelist).toBeUndefined();
  expect(JSON.stringify(manifest)).not.toMatch(/script\.external_request/);
});

test('the bundle makes no external request', () => {
  expect(readFileSync('build/Code.js', 'utf8')).not.toMatch(/UrlFetchApp|XMLHttpRequest|fetch\(/);
});

test('.clasp.json pushes the build folder, with a placeholder script id', () => {
  const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8'));
  expect(clasp.rootDir).toBe('build');
  expect(clasp.scriptId).toMatch(/REPLACE/);
});

test('clasp would push only the built files', () => {
  // The installed clasp itself: npx would only add its own start to clasp's.
  const out = execFileSync(join('node_modules', '.bin', 'clasp'), ['status', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const status = JSON.parse(out.slice(out.indexOf('{')));
  const built = readdirSync('build').map((f) => `build/${f}`);
  expect([...status.filesToPush].sort()).toEqual(built.sort());
  expect(built).toEqual(expect.arrayContaining(['build/Code.js', 'build/appsscript.json']));
});
