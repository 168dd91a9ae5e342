/**
 * The layers of src/ and what each may import: the one table behind the eslint rule `layers/imports`.
 * Each side may import only what runs wherever it runs (below it). Node-only code (src/local) is never
 * imported by anything that ships to Apps Script or the browser.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** Layer → the layers its files may import (itself included). */
export const ALLOWED_IMPORTS = {
  core: ['core'],
  functions: ['core', 'functions'],
  shared: ['core', 'shared'],
  addon: ['core', 'functions', 'shared', 'addon'],
  sidebar: ['core', 'shared', 'sidebar'],
  local: ['core', 'functions', 'shared', 'local'],
};

/** Why a layer is fenced, for the message. */
const WHY = {
  core: 'core is the pure domain: it runs in Apps Script, the browser and Node alike',
  functions: 'the formulas run in Apps Script and depend only on the domain',
  shared: 'the contract between server and sidebars depends only on the domain',
  addon: 'the Apps Script side never ships the browser or the Node-only emulator',
  sidebar: 'a sidebar runs in the browser: it talks to the server through google.script.run only',
  local: 'the emulator runs the built bundle; it never imports the add-on or the sidebars from source',
};

/** The layer of a file under src/ ("core", "addon"…), or undefined outside src/. */
export function layerOf(root, file) {
  const parts = relative(resolve(root, 'src'), file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  return parts[0] in ALLOWED_IMPORTS ? parts[0] : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer of src/ imports only the layers below it (tools/lint/layers.mjs).' },
    schema: [],
    messages: { forbidden: '{{from}} may not import {{to}} ({{specifier}}): {{why}}.' },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(root, file);
    if (!from) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = layerOf(root, resolve(dirname(file), specifier));
      if (to && !ALLOWED_IMPORTS[from].includes(to)) {
        context.report({
          node: node.source,
          messageId: 'forbidden',
          data: { from: `src/${from}`, to: `src/${to}`, specifier, why: WHY[from] },
        });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
