/**
 * The sides of src/ are fenced by the compiler and the linter, not by habit: a wrong-side global fails
 * `npm run typecheck` (each side has its own tsconfig), and an import across a forbidden boundary fails
 * `npm run lint` (tools/lint/layers.mjs), both run by `npm test`. Each probe here is written outside src/
 * (for tsc) or given to eslint on stdin, so the tree itself is never touched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command; its exit status and everything it printed. */
function run(command: string, args: string[], input?: string): { status: number; output: string } {
  try {
    const output = execFileSync(command, args, { cwd: ROOT, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('each side of src/ sees only the globals of the place it runs in', () => {
  /** A probe type-checked with a side's own compiler settings. */
  function typecheck(project: string, code: string): { status: number; output: string } {
    const dir = join(ROOT, 'test-output', 'probes', project.replace(/\//g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'probe.ts'), `export {};\n${code}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(ROOT, project, 'tsconfig.json'), files: ['probe.ts'], include: [] }),
    );
    return run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]);
  }

  test.each([
    ['src/core', ['SpreadsheetApp', 'document', 'process', 'setTimeout']],
    ['src/functions', ['SpreadsheetApp', 'document', 'process']],
    ['src/shared', ['SpreadsheetApp', 'document', 'process']],
    ['src/addon', ['document', 'process', 'setTimeout', 'Buffer']],
    ['src/sidebar', ['SpreadsheetApp', 'process', 'Buffer']],
    ['src/local', ['document', 'window']],
    ['src/local/preview/client', ['SpreadsheetApp', 'process']],
  ])('%s refuses %j', (project, globals) => {
    for (const name of globals) {
      const { status, output } = typecheck(project, `export const probe = () => ${name} as unknown;`);
      expect(`${name}: ${status === 0 ? 'compiled' : output}`).toContain(`Cannot find name '${name}'`);
    }
  });

  test.each([
    ['src/core', 'Math.max(1, 2)'],
    ['src/addon', 'SpreadsheetApp.getActiveSpreadsheet()'],
    ['src/sidebar', 'document.title'],
    ['src/local', 'process.env.PORT'],
  ])('%s accepts its own world: %s', (project, expression) => {
    expect(typecheck(project, `export const probe = () => ${expression};`)).toEqual({ status: 0, output: '' });
  });
});

describe('an import across a forbidden boundary fails the lint', () => {
  function lint(file: string, code: string): string[] {
    const { output } = run(bin('eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], code);
    const [result] = JSON.parse(output) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  test.each([
    ['src/core/probe.ts', '../addon/menu'],
    ['src/core/goals/probe.ts', '../../sidebar/kit/dom'],
    ['src/core/probe.ts', '../local/emulator/workbook'],
    ['src/functions/probe.ts', '../shared/endpoints'],
    ['src/shared/probe.ts', '../functions/registry'],
    ['src/sidebar/probe.ts', '../addon/menu'],
    ['src/sidebar/wizard/probe.ts', '../../functions/registry'],
    ['src/addon/probe.ts', '../local/emulator/emulator'],
    ['src/addon/sheets/probe.ts', '../../sidebar/kit/dom'],
    ['src/local/emulator/probe.ts', '../../addon/menu'],
  ])('%s importing %s', (file, specifier) => {
    const messages = lint(file, `import { x } from '${specifier}';\nexport const y = x;\n`);
    expect(messages).toEqual([expect.stringMatching(/^layers\/imports: src\/\w+ may not import src\/\w+/)]);
  });

  test.each([
    ['src/functions/probe.ts', '../core/metrics'],
    ['src/addon/probe.ts', '../shared/endpoints'],
    ['src/sidebar/probe.ts', '../core/catalog'],
    ['src/local/emulator/probe.ts', '../../core/dates'],
    ['test/unit/probe.ts', '../../src/local/emulator/workbook'],
  ])('%s may import %s', (file, specifier) => {
    expect(lint(file, `import { x } from '${specifier}';\nexport const y = x;\n`)).toEqual([]);
  });
});

describe('each side of src/ opens with a README that says what lives there and what it may import', () => {
  /** The lint's table (tools/lint/layers.mjs), read from its source: layer → the layers it may import. */
  function lintTable(): Record<string, string[]> {
    const source = readFileSync(join(ROOT, 'tools/lint/layers.mjs'), 'utf8');
    const body = /export const ALLOWED_IMPORTS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    return Object.fromEntries(
      [...body.matchAll(/(\w+): \[([^\]]*)\]/g)].map((m) => [m[1], [...m[2].matchAll(/'(\w+)'/g)].map((n) => n[1])]),
    );
  }

  test('the README of every layer says what the lint allows', () => {
    const table = lintTable();
    expect(Object.keys(table).sort()).toEqual(['addon', 'core', 'functions', 'local', 'shared', 'sidebar']);
    for (const [layer, allowed] of Object.entries(table)) {
      const readme = readFileSync(join(ROOT, 'src', layer, 'README.md'), 'utf8');
      const line = readme.split('\n').find((l) => l.startsWith('May import:')) ?? '';
      expect({ layer, imports: [...line.matchAll(/`src\/(\w+)`/g)].map((m) => m[1]) }).toEqual({ layer, imports: allowed });
    }
  });
});
