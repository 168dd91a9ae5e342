/**
 * The deploy commands, checked offline against clasp 3's own help: every `npx clasp …` of the README
 * and the clasp command of `npm run deploy` exist, with the flags they use.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const help = (...command: string[]) =>
  execFileSync('npx', ['--no-install', 'clasp', ...command, '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let topHelp: string | undefined;
const claspHelp = () => (topHelp ??= help());

/** Command names and aliases listed by `clasp --help` ("create-script|create [options]"). */
function claspCommands(): Set<string> {
  const commands = claspHelp().split('Commands:')[1] ?? '';
  return new Set([...commands.matchAll(/^\s{2}([a-z-]+(?:\|[a-z-]+)*)/gm)].flatMap((m) => m[1].split('|')));
}

/** "create-script --type standalone --title "Social ROI"" → name and flags. */
function parse(invocation: string): { name: string; flags: string[] } {
  const tokens = invocation.match(/"[^"]*"|\S+/g) ?? [];
  return { name: tokens[0] ?? '', flags: tokens.slice(1).filter((t) => t.startsWith('-')) };
}

const readme = readFileSync('README.md', 'utf8');
const invocations = [...readme.matchAll(/npx clasp ([^`\n#]+)/g)].map((m) => m[1].trim());
const deploy = JSON.parse(readFileSync('package.json', 'utf8')).scripts.deploy as string;

test('npm run deploy builds, then pushes with --force (clasp push skips the manifest when it cannot ask)', () => {
  expect(deploy).toBe('npm run build && clasp push --force');
});

test('the README names the clasp 3 commands of the deploy steps', () => {
  const names = invocations.map((i) => parse(i).name);
  expect(names).toEqual(expect.arrayContaining(['login', 'create-script', 'open-script', 'show-file-status', '--help']));
});

test.each([...invocations, deploy.replace(/^.*clasp /, '')].map((i) => [i]))('clasp %s exists in clasp --help, with its flags', (invocation) => {
  const { name, flags } = parse(invocation);
  if (name.startsWith('-')) {
    expect(claspHelp()).toContain(name);
    return;
  }
  expect(claspCommands()).toContain(name);
  if (flags.length === 0) return;
  const own = help(name);
  for (const flag of flags) expect(own).toMatch(new RegExp(`(^|[\\s,])${flag}[\\s,<]`, 'm'));
});
