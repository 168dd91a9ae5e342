/**
 * The review's tagged links: the landing page (a bound field of the goal, optional), then one link per
 * chosen channel as it will be written to the Links sheet, each in a read-only box to select and copy.
 */
import { CHANNELS, type KpiId } from '../../../core/catalog';
import { MAX_LENGTH, OTHER_CHANNEL } from '../../../core/goals';
import { goalCampaign, goalLinks } from '../../../core/utm';
import { LINKS_SHEET_NAME } from '../../../core/sheets/links';
import { h, replaceChildren } from '../../kit';
import { LINKS_TEXTS } from '../links-texts';
import { boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function linksView(ctx: StepContext): StepView {
  const { lang, draft } = ctx;
  const t = LINKS_TEXTS[lang];
  const field = boundTextField(ctx, 'landingPage', {
    hint: t.hint,
    optional: ctx.texts.wizard.optional,
    maxLength: MAX_LENGTH.landingPage,
    autocomplete: 'url',
  });
  const list = h('div', { class: 'links' });

  function refresh(): void {
    const channels = draft.channels.flatMap((id) => CHANNELS.filter((c) => c.id === id).map((c) => c.id));
    const links = goalLinks({ kpi: draft.kpi as KpiId, deadline: draft.deadline, channels, landingPage: draft.landingPage.trim() });
    if (links.length === 0) {
      replaceChildren(list, h('p', { class: 'note' }, t.empty));
      return;
    }
    const label = (id: string) => CHANNELS.find((c) => c.id === id)?.label[lang] ?? id;
    const items = links.map((link) => {
      const box = h('input', {
        type: 'text',
        readonly: true,
        class: 'link',
        style: 'width:100%;box-sizing:border-box;font:12px monospace',
        'aria-label': t.linkLabel(label(link.channel)),
      });
      box.value = link.url;
      box.addEventListener('focus', () => box.select());
      return h(
        'li',
        { style: 'margin:0 0 6px' },
        h('span', { class: 'hint', style: 'display:block;font-weight:600', 'aria-hidden': 'true' }, label(link.channel)),
        box,
      );
    });
    const other =
      draft.channels.includes(OTHER_CHANNEL) && draft.otherChannel.trim() !== ''
        ? h('p', { class: 'note' }, t.noLinkFor(draft.otherChannel.trim()))
        : null;
    replaceChildren(
      list,
      h('p', { class: 'note' }, t.campaign(goalCampaign({ kpi: draft.kpi, deadline: draft.deadline }))),
      h('ul', { class: 'link-list', style: 'list-style:none;padding:0;margin:4px 0' }, ...items),
      other,
      h('p', { class: 'note' }, t.written(LINKS_SHEET_NAME[lang])),
    );
  }

  refresh();
  const element = h(
    'section',
    { class: 'tagged-links', 'aria-labelledby': 'links-heading' },
    h('h3', { id: 'links-heading' }, t.heading),
    field.element,
    list,
  );
  return { element, refresh };
}
