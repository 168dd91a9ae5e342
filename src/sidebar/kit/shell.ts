/**
 * What every sidebar does around its own screens: the header with the language switch, the first
 * server call and its failure with a retry, the page's language and title (both follow the switch), the
 * one live region that screen readers hear, and where focus goes after each render (into the sidebar,
 * on its heading, once it has loaded). An app hands the shell its load, its
 * texts and a function that renders its current screen; the shell calls that function on every render.
 */
import { langFromLocale, type Lang } from '../../core/lang';
import type { Result } from '../../shared/endpoints';
import { focusHeading, h, replaceChildren } from './dom';
import { header, type Header, type HeaderWords } from './header';
import { loadFailedView, loadingView } from './loading';
import { server } from './server';

/** The texts the shell shows itself, in one language: the header's, and these. */
export interface ShellTexts extends HeaderWords {
  /** Shown in both languages while the sidebar loads (the language is not known yet). */
  loading: string;
  loadFailed: string;
  tryAgain: string;
  problems: { unreachable(message: string): string };
}

/** A rendered screen, and the heading focus goes to when it opens. */
export interface Shown {
  element: HTMLElement;
  heading?: HTMLElement;
}

/**
 * Where focus goes after a render: the screen's heading; back to the control that had it (same
 * data-key) when a change rebuilt the screen; a given control; or nowhere (it stays where it was).
 */
export type FocusAfter = 'heading' | 'keep' | 'none' | { key: string };

export interface ShellOptions<Data extends { lang: Lang }, Refusal> {
  texts: Record<Lang, ShellTexts>;
  /** The region screen readers hear (aria-live), placed above the screens: its look is the app's. */
  liveRegion: HTMLElement;
  title(lang: Lang): string;
  /** The one server call that opens the sidebar. */
  load(): Promise<Result<Data, Refusal>>;
  /** What a load the server refused says. */
  refused(error: Refusal, lang: Lang): string;
  /** The loaded data, before the first screen is rendered; its lang becomes the shell's. */
  loaded(data: Data): void;
  /** The app's current screen, rendered from the loaded data. */
  screen(data: Data, lang: Lang): Shown;
  /** After the screen is in the page: what its handles show (progress, saving, a problem). */
  afterRender?(): void;
  /** The user switched language, before the render: what the app must carry over (amounts typed). */
  languageChanged?(from: Lang, to: Lang): void;
}

/** A failed call's message: an Error's, or the thing itself as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Phase<Data> = { kind: 'loading' } | { kind: 'loadFailed'; message: string } | { kind: 'ready'; data: Data };

function byKey(root: HTMLElement, key: string): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((e) => e.getAttribute('data-key') === key);
}

export class Shell<Data extends { lang: Lang }, Refusal> {
  private language: Lang = langFromLocale(navigator.language);
  private phase: Phase<Data> = { kind: 'loading' };
  private readonly header: Header;
  private readonly view: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly options: ShellOptions<Data, Refusal>,
  ) {
    this.header = header((lang) => this.switchLanguage(lang), options.texts);
    this.view = h('div', { class: 'view' });
    replaceChildren(root, this.header.element, h('main', {}, options.liveRegion, this.view));
  }

  get lang(): Lang {
    return this.language;
  }

  /** Shows the loading status and asks the server; called again by the load failure's retry. */
  start(): void {
    this.phase = { kind: 'loading' };
    this.render('none');
    this.options.load().then(
      (result) => this.loaded(result),
      (error) => this.loadFailed(this.texts.problems.unreachable(messageOf(error))),
    );
  }

  private get texts(): ShellTexts {
    return this.options.texts[this.language];
  }

  private loaded(result: Result<Data, Refusal>): void {
    if (!result.ok) {
      this.loadFailed(this.options.refused(result.error, this.language));
      return;
    }
    this.language = result.value.lang;
    this.options.loaded(result.value);
    this.phase = { kind: 'ready', data: result.value };
    // The sidebar was just opened from the menu: focus goes into it, on its first heading.
    this.render('heading');
  }

  private loadFailed(message: string): void {
    this.phase = { kind: 'loadFailed', message };
    this.render('heading');
  }

  private switchLanguage(lang: Lang): void {
    if (lang === this.language) return;
    const from = this.language;
    this.language = lang;
    // Remembered for next time; the switch itself neither waits for it nor fails with it.
    server.setLanguage(lang).catch(() => undefined);
    this.options.languageChanged?.(from, lang);
    this.render('keep');
  }

  /** Says a message in the live region; cleared first so that the same message said twice is said twice. */
  announce(message: () => string): void {
    const region = this.options.liveRegion;
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = message();
    }, 50);
  }

  render(focus: FocusAfter): void {
    const active = document.activeElement as HTMLInputElement | null;
    const keptKey = focus === 'keep' && active && this.view.contains(active) ? active.getAttribute('data-key') : null;
    const caret =
      keptKey && typeof active?.selectionStart === 'number'
        ? [active.selectionStart, active.selectionEnd ?? active.selectionStart]
        : undefined;
    document.documentElement.lang = this.language;
    document.title = this.options.title(this.language);
    const ready = this.phase.kind === 'ready';
    this.header.update(ready ? this.language : undefined);
    const shown = this.shown();
    replaceChildren(this.view, shown.element);
    if (ready) this.options.afterRender?.();
    const key = typeof focus === 'object' ? focus.key : keptKey;
    if (focus === 'heading' && shown.heading) focusHeading(shown.heading);
    else if (key) {
      const control = byKey(this.view, key) as HTMLInputElement | undefined;
      control?.focus();
      if (caret) control?.setSelectionRange(caret[0], caret[1]);
    }
  }

  private shown(): Shown {
    switch (this.phase.kind) {
      case 'loading':
        return { element: loadingView(this.options.texts) };
      case 'loadFailed':
        return loadFailedView(this.texts, this.phase.message, () => this.start());
      case 'ready':
        return this.options.screen(this.phase.data, this.language);
    }
  }
}
