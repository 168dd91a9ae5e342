/** Before the wizard knows the user's language: a status in both languages, and a load failure. */
import { LANGS, type Lang } from '../../../core/lang';
import { SIDEBAR_TEXTS } from '../texts';
import { button, h } from '../../kit/dom';

export function loadingView(): HTMLElement {
  return h(
    'p',
    { role: 'status', class: 'loading' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    ...LANGS.map((lang) => h('span', { lang, class: 'loading-text' }, SIDEBAR_TEXTS[lang].loading)),
  );
}

export function loadFailedView(lang: Lang, message: string, retry: () => void): { element: HTMLElement; heading: HTMLElement } {
  const texts = SIDEBAR_TEXTS[lang];
  const heading = h('h1', { tabindex: -1 }, texts.loadFailed);
  const element = h('section', { class: 'load-failed', role: 'alert' }, heading, h('p', {}, message), button(texts.tryAgain, retry, { class: 'primary' }));
  return { element, heading };
}
