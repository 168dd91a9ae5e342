/**
 * The deploy commands, checked offline against clasp 3's own help: every `npx clasp …` of the README
 * and the clasp command of `npm run deploy` exist, with the flags they use.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `clasp [command] --help`, once per command. clasp takes over a second to start, so every help the
 * tests need is asked for at once (see beforeAll), from the installed clasp (npx would only add its own start).
 */
const helps = new Map<string, Promise<string>>();
function help(...command: string[]): Promise<string> {
  const key = command.join(' ');
  if (!helps.has(key))
    helps.set(
      key,
      run(join('node_modules', '.bin', 'clasp'), [...command, '--help'], { encoding: 'utf8' }).then((out) => out.stdout),
    );
  return helps.get(key)!;
}

const claspHelp = () => help();

/** Command names and aliases listed by `clasp --help` ("create-script|create [options]"). */
async function claspCommands(): Promise<Set<string>> {
  const commands = (await claspHelp()).split('Commands:')[1] ?? '';
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
const checked = [...invocations, deploy.replace(/^.*clasp /, '')];

beforeAll(() =>
  Promise.all([
    claspHelp(),
    ...checked
      .map(parse)
      .filter((i) => !i.name.startsWith('-') && i.flags.length > 0)
      .map((i) => help(i.name)),
  ]),
);

test('npm run deploy builds, then pushes with --force (clasp push skips the manifest when it cannot ask)', () => {
  expect(deploy).toBe('npm run build && clasp push --force');
});

test('the README names the clasp 3 commands of the deploy steps', () => {
  const names = invocations.map((i) => parse(i).name);
  expect(names).toEqual(expect.arrayContaining(['login', 'create-script', 'open-script', 'show-file-status', '--help']));
});

test.each(checked.map((i) => [i]))('clasp %s exists in clasp --help, with its flags', async (invocation) => {
  const { name, flags } = parse(invocation);
  if (name.startsWith('-')) {
    expect(await claspHelp()).toContain(name);
    return;
  }
  expect(await claspCommands()).toContain(name);
  if (flags.length === 0) return;
  const own = await help(name);
  for (const flag of flags) expect(own).toMatch(new RegExp(`(^|[\\s,])${flag}[\\s,<]`, 'm'));
});
