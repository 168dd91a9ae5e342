/**
 * What may cross google.script.run, as Google's reference for it documents (HTML service,
 * google.script.run, myFunction(...)), written once for the two fakes of google.script.run: the
 * preview's (src/local/preview) and the sidebar tests' stub (test/support/script-run-stub.ts).
 *
 * - Legal: primitives (number, boolean, string, null), and objects and arrays made of primitives,
 *   objects and arrays. What crosses is a copy.
 * - A form element is legal as a parameter, but only as the function's only parameter: it crosses as
 *   one object of its fields' names and values (as strings). It is not a legal return value.
 * - A Date, a function, a DOM element other than a form, or any other type fails the call, also inside
 *   an object or an array. The fakes read "any other type" strictly: an object that is not a plain one
 *   (a Map, a RegExp, a class instance) fails too.
 * - Circular references fail.
 * - undefined inside an array becomes null (the argument list is an array: an undefined argument too).
 *   An undefined field of an object is left out, as JSON leaves it.
 *
 * Pure: no DOM, no Node. A value may come from another realm (the emulator's vm context, a page), so
 * types are told apart without instanceof.
 */

export type Crossing<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** The arguments of a call as the server function receives them, or why the call fails. */
export function sentArguments(args: readonly unknown[]): Crossing<unknown[]> {
  if (args.length === 1 && isForm(args[0])) return formFields(args[0]);
  const copied = copyArray(args, '', new Set());
  return copied.ok ? { ok: true, value: copied.value as unknown[] } : copied;
}

/** A server function's return value as the success handler receives it, or why the call fails. */
export function returnedValue(value: unknown): Crossing {
  // A function that returns nothing answers null.
  return value === undefined ? { ok: true, value: null } : copy(value, RETURN_PATH, new Set());
}

const RETURN_PATH = 'return value';

const illegal = (path: string): Crossing<never> => ({ ok: false, error: `Failed due to illegal value in property: ${path}` });

const inner = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** `open` holds the objects being copied on the way down: meeting one again is a circular reference. */
function copy(value: unknown, path: string, open: Set<object>): Crossing {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { ok: true, value };
  if (typeof value !== 'object') return illegal(path); // a function, a symbol, a bigint, an undefined field
  if (open.has(value)) return { ok: false, error: `Failed due to a circular reference in property: ${path}` };
  if (Array.isArray(value)) return copyArray(value, path, open);
  if (!isPlainObject(value)) return illegal(path); // a Date, a DOM element (a form too), a Map…
  open.add(value);
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const copied = copy(field, inner(path, key), open);
    if (!copied.ok) return copied;
    fields[key] = copied.value;
  }
  open.delete(value);
  return { ok: true, value: fields };
}

function copyArray(array: readonly unknown[], path: string, open: Set<object>): Crossing {
  open.add(array);
  const items: unknown[] = new Array(array.length);
  for (let i = 0; i < array.length; i++) {
    const copied = array[i] === undefined ? { ok: true as const, value: null } : copy(array[i], inner(path, i), open);
    if (!copied.ok) return copied;
    items[i] = copied.value;
  }
  open.delete(array);
  return { ok: true, value: items };
}

/** An object literal's kind of object, from any realm: its prototype is Object.prototype (of its realm) or null. */
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** The part of a form control the fields are read from (an input, a select, a textarea). */
interface FormControl {
  nodeName: string;
  name: string;
  type: string;
  value: string;
  checked?: boolean;
  disabled?: boolean;
}

function isForm(value: unknown): value is { elements: ArrayLike<FormControl> } {
  const node = value as { nodeType?: unknown; nodeName?: unknown } | null;
  return typeof node === 'object' && node !== null && node.nodeType === 1 && String(node.nodeName).toUpperCase() === 'FORM';
}

const NOT_FIELDS = new Set(['submit', 'button', 'reset', 'image']);

/**
 * A form as its one parameter: the values of its named fields, as a submitted form has them (checked
 * boxes only, no buttons, nothing disabled), by name; a name given twice holds the values in order.
 * A file field would cross as a Blob, which the fakes do not make: such a call fails, saying so.
 */
function formFields(form: { elements: ArrayLike<FormControl> }): Crossing<unknown[]> {
  const fields: Record<string, string | string[]> = {};
  for (const control of Array.from(form.elements)) {
    const type = String(control.type).toLowerCase();
    if (!/^(INPUT|SELECT|TEXTAREA)$/i.test(control.nodeName) || !control.name || control.disabled || NOT_FIELDS.has(type)) continue;
    if ((type === 'checkbox' || type === 'radio') && !control.checked) continue;
    if (type === 'file')
      return { ok: false, error: `The form field ${control.name} is a file: the fakes of google.script.run do not make Blobs` };
    const earlier = fields[control.name];
    const value = String(control.value);
    fields[control.name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return { ok: true, value: [fields] };
}
