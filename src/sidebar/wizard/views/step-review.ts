/**
 * Step 5: exactly what the Goals sheet row will show, from the goal validation returns: the sheet's
 * words, in the sheet's language (which may not be the sidebar's), numbers and dates as its formats
 * display them.
 */
import { goalRowPreview } from '../../../core/sheets/goals-row';
import { SHEET_TEXTS } from '../../../core/sheets/texts';
import { h } from '../../kit';
import { validateDraft } from '../derived';
import type { StepContext, StepView } from './context';
import { linksView } from './links';

export function reviewStep(ctx: StepContext): StepView {
  const { lang, texts, data } = ctx;
  // The landing page is this step's own field: the row preview stays while it is being typed (links.ts checks it).
  const checked = validateDraft({ ...ctx.draft, landingPage: '' }, data.today, lang);
  const sheetLang = data.sheetLang;
  const otherLanguage = sheetLang !== lang;
  const links = linksView(ctx);
  const body = checked.ok
    ? [
        h('p', { class: 'intro' }, texts.review.intro(data.sheets.goals ?? SHEET_TEXTS[sheetLang].names.goals)),
        otherLanguage ? h('p', { class: 'note' }, texts.review.sheetLanguage[sheetLang]) : null,
        h(
          'dl',
          { class: 'preview', lang: otherLanguage ? sheetLang : undefined },
          ...goalRowPreview({ lang: sheetLang, locale: data.locale }, checked.goal)
            .filter((cell) => cell.text !== '')
            // The statement was drafted (or typed) in the sidebar's language: read it in that one.
            .flatMap((cell) => [
              h('dt', {}, cell.header),
              h('dd', { lang: otherLanguage && cell.column === 'statement' ? lang : undefined }, cell.text),
            ]),
        ),
        h('p', { class: 'note' }, texts.review.computed),
        links.element,
      ]
    : [h('p', { class: 'intro' }, texts.review.invalid)];
  return { element: h('div', { class: 'step-body' }, ...body), refresh: links.refresh };
}
