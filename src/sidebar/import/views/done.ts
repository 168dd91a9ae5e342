/**
 * After the write: what the server did, in which sheet, the readings the files disagreed on (not sent),
 * and the way to import more.
 */
import type { ImportSaved } from '../../../shared/endpoints';
import { button, h } from '../../kit';
import { formatCount } from '../format';
import type { ImportViewContext, Shown } from './context';

export function doneView(ctx: ImportViewContext, saved: ImportSaved, collisions: number, importMore: () => void): Shown {
  const { texts, lang } = ctx;
  const heading = h('h1', { tabindex: -1 }, texts.done.title);
  const shown = {
    added: formatCount(lang, saved.appended),
    replaced: formatCount(lang, saved.replaced),
    skipped: formatCount(lang, saved.skipped),
  };
  const element = h(
    'section',
    { class: 'import-done' },
    heading,
    h('p', { class: 'done-summary' }, texts.done.summary(saved.appended, saved.replaced, saved.skipped, shown, saved.sheetName)),
    collisions > 0 ? h('p', { class: 'note done-collisions' }, texts.done.collisions(collisions, formatCount(lang, collisions))) : null,
    h('div', { class: 'actions' }, button(texts.done.importMore, importMore, { class: 'primary', 'data-key': 'import-more' })),
  );
  return { element, heading };
}
