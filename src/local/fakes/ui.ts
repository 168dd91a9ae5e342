/** Ui, Menu and the add-on menu as the emulator records them. */
import { CallCounter } from './calls';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface RecordedMenu {
  name: string;
  items: Array<MenuItem | 'separator'>;
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'> {
  private readonly items: Array<MenuItem | 'separator'> = [];

  constructor(
    private readonly ui: FakeUi,
    private readonly name: string,
  ) {}

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.ui.calls.record('Menu', 'addItem');
    this.items.push({ caption, functionName });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.ui.calls.record('Menu', 'addSeparator');
    this.items.push('separator');
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addToUi(): void {
    this.ui.calls.record('Menu', 'addToUi');
    this.ui.menus = [...this.ui.menus.filter((m) => m.name !== this.name), { name: this.name, items: [...this.items] }];
  }
}

export interface ShownSidebar {
  title: string;
  html: string;
  /** Counts showSidebar calls, so a page knows when to load the new one. */
  version: number;
}

/** Enough of Ui for an editor add-on: add-on menu, sidebar and alerts. */
export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'showSidebar' | 'alert'> {
  menus: RecordedMenu[] = [];
  sidebar: ShownSidebar | undefined;
  /** Alerts shown: the title (when there is one) and the prompt, on two lines. */
  alerts: string[] = [];
  /** Messages shown by Spreadsheet.toast, newest last. */
  toasts: string[] = [];
  /** The range the add-on last selected with Range.activate(); version counts the selections. */
  selection: { sheetId: number; a1: string; version: number } | undefined;

  constructor(
    readonly calls: CallCounter,
    private readonly addonName: string,
  ) {}

  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as unknown as GoogleAppsScript.Base.ButtonSet;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as unknown as GoogleAppsScript.Base.Button;

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.calls.record('Ui', 'createAddonMenu');
    return new FakeMenu(this, this.addonName) as unknown as GoogleAppsScript.Base.Menu;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.calls.record('Ui', 'showSidebar');
    this.sidebar = { title: userInterface.getTitle(), html: userInterface.getContent(), version: (this.sidebar?.version ?? 0) + 1 };
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.calls.record('Ui', 'alert');
    // alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons): the texts, without the buttons.
    this.alerts.push((args.length === 3 ? args.slice(0, 2) : args.slice(0, 1)).map(String).join('\n'));
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}
