/** Before a sidebar knows the user's language: a status in both languages, and a load failure. */
import { LANGS, type Lang } from '../../core/lang';
import { button, h } from './dom';

export function loadingView(texts: Record<Lang, { loading: string }>): HTMLElement {
  return h(
    'p',
    { role: 'status', class: 'loading' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    ...LANGS.map((lang) => h('span', { lang, class: 'loading-text' }, texts[lang].loading)),
  );
}

export function loadFailedView(
  texts: { loadFailed: string; tryAgain: string },
  message: string,
  retry: () => void,
): { element: HTMLElement; heading: HTMLElement } {
  const heading = h('h1', { tabindex: -1 }, texts.loadFailed);
  const element = h(
    'section',
    { class: 'load-failed', role: 'alert' },
    heading,
    h('p', {}, message),
    button(texts.tryAgain, retry, { class: 'primary', 'data-key': 'retry-load' }),
  );
  return { element, heading };
}
