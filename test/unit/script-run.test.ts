/**
 * google.script.run's rules (src/local/script-run), which both fakes of it follow: the preview's and the
 * sidebar tests' stub. Node has no DOM: forms and elements here are objects shaped like them (the
 * browser test test/e2e/script-run.test.ts uses real ones).
 */
import { runInNewContext } from 'node:vm';
import { returnedValue, sentArguments } from '../../src/local/script-run/rules';
import { fakeScriptRun, type ScriptRunTransport } from '../../src/local/script-run/fake';

class Element {
  readonly nodeType = 1;
  constructor(readonly nodeName: string) {}
}

class Form extends Element {
  constructor(readonly elements: object[]) {
    super('FORM');
  }
}

const field = (nodeName: string, name: string, value: string, more: object = {}) => ({
  nodeName,
  name,
  type: nodeName === 'INPUT' ? 'text' : nodeName.toLowerCase(),
  value,
  ...more,
});

const illegal = (path: string) => ({ ok: false, error: `Failed due to illegal value in property: ${path}` });

describe('arguments', () => {
  test('primitives, and objects and arrays made of them, cross as a copy', () => {
    const nested = { a: [1, { b: 'c', d: null }], e: true };
    const sent = sentArguments([1.5, 'x', false, null, nested]);
    expect(sent).toEqual({ ok: true, value: [1.5, 'x', false, null, nested] });
    const copied = (sent as { value: unknown[] }).value[4] as typeof nested;
    expect(copied).not.toBe(nested);
    expect(copied.a).not.toBe(nested.a);
  });

  test('undefined inside an array becomes null, an undefined argument too; an undefined field is left out', () => {
    expect(sentArguments([[1, undefined, 3], undefined, { a: undefined, b: 2 }])).toEqual({
      ok: true,
      value: [[1, null, 3], null, { b: 2 }],
    });
    // eslint-disable-next-line no-sparse-arrays
    expect(sentArguments([[1, , 3]])).toEqual({ ok: true, value: [[1, null, 3]] });
  });

  test.each<[string, unknown[], string]>([
    ['a Date', [new Date(0)], '0'],
    ['a Date inside an object', ['en', { form: { start: new Date(0) } }], '1.form.start'],
    ['a Date inside an array', [[1, [new Date(0)]]], '0.1.0'],
    ['a function', [() => 1], '0'],
    ['a function inside an object', [{ onDone: () => 1 }], '0.onDone'],
    ['a symbol', [Symbol('s')], '0'],
    ['a bigint', [{ n: 10n }], '0.n'],
    ['a Map', [new Map()], '0'],
    ['a RegExp', [/x/], '0'],
    [
      'an instance of a class',
      [
        {
          at: new (class Point {
            x = 1;
          })(),
        },
      ],
      '0.at',
    ],
    ['a DOM element other than a form', [new Element('DIV')], '0'],
    ['a form that is not the only parameter', [new Form([]), 'en'], '0'],
    ['a form inside an object', [{ form: new Form([]) }], '0.form'],
  ])('%s fails the call', (_name, args, path) => {
    expect(sentArguments(args)).toEqual(illegal(path));
  });

  test('a Date of another realm (a vm context) fails the call too', () => {
    expect(sentArguments([runInNewContext('({ when: new Date(0) })')])).toEqual(illegal('0.when'));
  });

  test('a circular reference fails the call; the same object twice is no circle', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { back: loop };
    expect(sentArguments([loop])).toEqual({ ok: false, error: 'Failed due to a circular reference in property: 0.self.back' });
    const list: unknown[] = [1];
    list.push(list);
    expect(sentArguments([list])).toEqual({ ok: false, error: 'Failed due to a circular reference in property: 0.1' });
    const shared = { x: 1 };
    expect(sentArguments([{ a: shared, b: [shared] }])).toEqual({ ok: true, value: [{ a: { x: 1 }, b: [{ x: 1 }] }] });
  });

  test('a form as the only parameter crosses as its fields, by name, values as strings', () => {
    const form = new Form([
      field('INPUT', 'lang', 'fr'),
      field('INPUT', 'count', '12', { type: 'number' }),
      field('INPUT', 'agree', 'yes', { type: 'checkbox', checked: true }),
      field('INPUT', 'declined', 'yes', { type: 'checkbox', checked: false }),
      field('INPUT', 'channel', 'instagram', { type: 'radio', checked: true }),
      field('INPUT', 'channel', 'facebook', { type: 'radio', checked: false }),
      field('SELECT', 'kpi', 'reach', { type: 'select-one' }),
      field('TEXTAREA', 'notes', 'a\nb'),
      field('INPUT', 'tag', 'a'),
      field('INPUT', 'tag', 'b'),
      field('INPUT', 'off', 'x', { disabled: true }),
      field('INPUT', '', 'unnamed'),
      field('BUTTON', 'go', 'Save', { type: 'submit' }),
      field('FIELDSET', 'group', ''),
    ]);
    expect(sentArguments([form])).toEqual({
      ok: true,
      value: [{ lang: 'fr', count: '12', agree: 'yes', channel: 'instagram', kpi: 'reach', notes: 'a\nb', tag: ['a', 'b'] }],
    });
  });

  test('a form with a file field fails the call: the fakes make no Blob', () => {
    expect(sentArguments([new Form([field('INPUT', 'export', 'C:\\fakepath\\a.csv', { type: 'file' })])])).toEqual({
      ok: false,
      error: 'The form field export is a file: the fakes of google.script.run do not make Blobs',
    });
  });
});

describe('return values', () => {
  test('follow the same rules, as a copy into this realm', () => {
    const fromVm = runInNewContext('({ ok: true, value: { rows: [[1, undefined]], none: undefined } })');
    const returned = returnedValue(fromVm) as { ok: true; value: object };
    expect(returned).toEqual({ ok: true, value: { ok: true, value: { rows: [[1, null]] } } });
    expect(Object.getPrototypeOf(returned.value)).toBe(Object.prototype);
  });

  test('nothing returned answers null', () => {
    expect(returnedValue(undefined)).toEqual({ ok: true, value: null });
  });

  test.each<[string, unknown, string]>([
    ['a Date', new Date(0), 'return value'],
    ['a Date inside the answer', { ok: true, value: { today: new Date(0) } }, 'return value.value.today'],
    ['a function inside an array', [1, () => 1], 'return value.1'],
    ['a form (legal only as a parameter)', new Form([]), 'return value'],
  ])('%s fails the call', (_name, value, path) => {
    expect(returnedValue(value)).toEqual(illegal(path));
  });
});

describe('the fake google.script.run', () => {
  /** A transport that records what reached the server and answers `answer`. */
  function server(answer: () => Promise<unknown>) {
    const received: Array<{ name: string; args: unknown[] }> = [];
    const transport: ScriptRunTransport = (name, args) => {
      received.push({ name, args });
      return answer();
    };
    return { run: fakeScriptRun(transport), received };
  }

  /** Calls `name` with `args`; settles with the handler that ran and what it got. */
  function outcome(run: ReturnType<typeof fakeScriptRun>, name: string, args: unknown[]) {
    return new Promise<{ handler: string; value: unknown; userObject: unknown }>((done) => {
      run
        .withSuccessHandler((value, userObject) => done({ handler: 'success', value, userObject }))
        .withFailureHandler((value, userObject) => done({ handler: 'failure', value: (value as Error).message, userObject }))
        .withUserObject('the button')
        [name](...args);
    });
  }

  test('a call reaches the server with a copy of its arguments; the success handler gets the answer and the user object', async () => {
    const { run, received } = server(async () => ({ ok: true, value: [1, undefined] }));
    const form = { lang: 'fr', dates: [undefined] };
    await expect(outcome(run, 'saveGoal', [form, 'fr'])).resolves.toEqual({
      handler: 'success',
      value: { ok: true, value: [1, null] },
      userObject: 'the button',
    });
    expect(received).toEqual([{ name: 'saveGoal', args: [{ lang: 'fr', dates: [null] }, 'fr'] }]);
    expect(received[0].args[0]).not.toBe(form);
  });

  test('illegal arguments fail the call, after it returned, and never reach the server', async () => {
    const { run, received } = server(async () => null);
    let settled = false;
    const result = outcome(run, 'saveGoal', [{ start: new Date(0) }]).finally(() => (settled = true));
    expect(settled).toBe(false);
    await expect(result).resolves.toEqual({
      handler: 'failure',
      value: 'Failed due to illegal value in property: 0.start',
      userObject: 'the button',
    });
    expect(received).toEqual([]);
  });

  test('an illegal answer, or a server that throws, runs the failure handler', async () => {
    await expect(outcome(server(async () => ({ today: new Date(0) })).run, 'loadWizard', [])).resolves.toMatchObject({
      handler: 'failure',
      value: 'Failed due to illegal value in property: return value.today',
    });
    await expect(
      outcome(server(() => Promise.reject(new Error('Script function not found: nope'))).run, 'nope', []),
    ).resolves.toMatchObject({
      handler: 'failure',
      value: 'Script function not found: nope',
    });
  });

  test('without a failure handler the failure goes to the console', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      server(async () => null).run.showGoal(() => 1);
      await new Promise((done) => setTimeout(done, 0));
      expect(logged).toHaveBeenCalledWith(new Error('Failed due to illegal value in property: 0'));
    } finally {
      logged.mockRestore();
    }
  });

  test('each with… call makes a new runner: the one it was called on keeps its handlers', async () => {
    const { run } = server(async () => 'answer');
    const seen: string[] = [];
    const base = run.withSuccessHandler((value) => seen.push(`base ${value}`));
    base.withSuccessHandler((value) => seen.push(`other ${value}`));
    base.loadWizard();
    await new Promise((done) => setTimeout(done, 0));
    expect(seen).toEqual(['base answer']);
  });
});
