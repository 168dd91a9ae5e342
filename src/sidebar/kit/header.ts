/**
 * The header, built once and kept across views so focus stays on the language switch when it is used:
 * the add-on's name and the EN / FR buttons (aria-pressed), each named in its own language. The name is
 * the buttons' (hidden) text rather than an aria-label, so that the accessible name does not contradict
 * a visible label ("EN" inside "English" would not be found by axe's label-in-name rule either way).
 */
import { LANGS, type Lang } from '../../core/lang';
import { button, h, hiddenText } from './dom';

/** Each language named in itself, for the language switch. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

/** The header's own words in one language. */
export interface HeaderWords {
  appName: string;
  languages: { group: string };
}

/** The header's own texts, passed in so that a sidebar bundles its own texts only (the wizard's, or the import's). */
export type HeaderTexts = Record<Lang, HeaderWords>;

export interface Header {
  element: HTMLElement;
  /** Shows the switch for the current language; undefined hides it (while loading). */
  update(lang: Lang | undefined): void;
}

export function header(onLanguage: (lang: Lang) => void, texts: HeaderTexts): Header {
  const name = h('p', { class: 'app-name' }, texts.en.appName);
  const buttons = LANGS.map((lang) =>
    button([h('span', { 'aria-hidden': 'true' }, lang.toUpperCase()), hiddenText(LANGUAGE_NAMES[lang])], () => onLanguage(lang), {
      lang,
      'aria-pressed': 'false',
      class: 'lang',
    }),
  );
  const group = h('div', { role: 'group', class: 'lang-switch', hidden: true }, ...buttons);
  const element = h('header', { class: 'app-header' }, name, group);
  return {
    element,
    update(current) {
      group.hidden = current === undefined;
      if (current === undefined) return;
      name.textContent = texts[current].appName;
      group.setAttribute('aria-label', texts[current].languages.group);
      buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(LANGS[i] === current)));
    },
  };
}
