/** The bundle's add-on surface, run in a bare V8 context with typed fakes of the Apps Script services. */
import { readFileSync } from 'node:fs';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { CallCounter, ServiceDenied } from '../../src/local/fakes/calls';
import { FakeUi } from '../../src/local/fakes/ui';
import { FakeHtmlService } from '../../src/local/fakes/html';
import { FakeSession } from '../../src/local/fakes/session';
import { FakeScriptApp } from '../../src/local/fakes/script';
import { loadBundle } from '../support/bundle';

/** Services as onOpen sees them in AuthMode.NONE: Ui and Session answer, anything authorised throws. */
function unauthorisedServices(userLocale: string) {
  const calls = new CallCounter();
  const ui = new FakeUi(calls, 'Social ROI');
  const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi' | 'getActiveSpreadsheet'> = {
    getUi: () => ui as unknown as GoogleAppsScript.Base.Ui,
    getActiveSpreadsheet: () => {
      throw new ServiceDenied('SpreadsheetApp.getActiveSpreadsheet');
    },
  };
  const denied = new Proxy({}, { get: (_t, name) => () => { throw new ServiceDenied(`PropertiesService.${String(name)}`); } });
  const services = {
    ScriptApp: new FakeScriptApp(),
    SpreadsheetApp: app,
    Session: new FakeSession(calls, userLocale, 'Europe/Paris'),
    PropertiesService: denied,
    LockService: denied,
    HtmlService: new FakeHtmlService(calls, 'build'),
  };
  return { ui, calls, scope: loadBundle(services) };
}

test('onOpen builds the add-on menu in AuthMode.NONE, touching no authorised service', () => {
  const { ui, scope } = unauthorisedServices('en');
  scope.run('onOpen({ authMode: "NONE" })');
  expect(ui.menus).toHaveLength(1);
  expect(ui.menus[0].name).toBe('Social ROI');
  expect(ui.menus[0].items.length).toBeGreaterThan(0);
});

test.each([['NONE'], ['LIMITED']])('every menu item calls a top-level function of the bundle (AuthMode.%s)', (mode) => {
  const { ui, scope } = unauthorisedServices('en');
  scope.run(`onOpen({ authMode: ScriptApp.AuthMode.${mode} })`);
  for (const item of ui.menus[0].items) {
    if (item === 'separator') continue;
    expect(scope.run(`typeof ${item.functionName}`)).toBe('function');
    expect(item.functionName).not.toMatch(/_$/);
  }
});

test('the menu speaks the user language', () => {
  const en = unauthorisedServices('en');
  const fr = unauthorisedServices('fr');
  en.scope.run('onOpen({})');
  fr.scope.run('onOpen({})');
  const captions = (ui: FakeUi) => ui.menus[0].items.map((i) => (i === 'separator' ? '-' : i.caption));
  expect(captions(en.ui)).toContain('Formula help');
  expect(captions(fr.ui)).toContain('Aide des formules');
});

test('only in AuthMode.NONE (installed, not yet used here) does the menu offer to enable the formulas', () => {
  const none = unauthorisedServices('en');
  const limited = unauthorisedServices('en');
  none.scope.run('onOpen({ authMode: ScriptApp.AuthMode.NONE })');
  limited.scope.run('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })');
  const functions = (ui: FakeUi) => ui.menus[0].items.map((i) => (i === 'separator' ? '-' : i.functionName));
  expect(functions(none.ui)).toEqual(['enableFormulas', '-', 'showWizard', 'showImport', 'showFormulaHelp']);
  expect(functions(limited.ui)).toEqual(['showWizard', 'showImport', 'showFormulaHelp']);
});

test('onInstall builds the same menu as onOpen', () => {
  const { ui, scope } = unauthorisedServices('en');
  scope.run('onInstall({ authMode: "FULL" })');
  expect(ui.menus).toHaveLength(1);
});

test.each([
  ['en', 'Social ROI formulas'],
  ['fr', 'Formules Social ROI'],
])('the formula help (%s) lists every formula from the metadata', (locale, heading) => {
  const { ui, scope } = unauthorisedServices(locale);
  scope.run('showFormulaHelp()');
  expect(ui.sidebar?.html).toContain(`<h1>${heading}</h1>`);
  for (const def of FORMULA_REFERENCE) expect(ui.sidebar?.html).toContain(`id="${def.name}"`);
  expect(ui.sidebar?.html).toBe(readFileSync(`build/help-${locale}.html`, 'utf8'));
});
