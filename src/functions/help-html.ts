/** The formula reference as a sidebar page, generated at build time from the formulas' metadata tables. */
import { HELP_TEXTS, HELP_TITLE } from './help-texts';
import type { Lang } from '../core/lang';
import { escapeHtml } from '../core/html';
import { FORMULA_REFERENCE } from './reference';
import { blankRule, exampleCall, resultText, signature, usageCall } from './format';

export function formulaHelpHtml(lang: Lang): string {
  const title = escapeHtml(HELP_TITLE[lang]);
  const h = HELP_TEXTS[lang];
  const sections = FORMULA_REFERENCE.map((def) => {
    const params = def.params
      .map(
        (p) =>
          `<li><code>${p.name}</code>${p.optional ? ` (${h.optional})` : ''}${lang === 'fr' ? ' : ' : ': '}${escapeHtml(def.paramText[p.name].doc[lang])}` +
          ` <small>(${escapeHtml(h.blankCell)}${lang === 'fr' ? ' : ' : ': '}${escapeHtml(h.blankRules[blankRule(p)])})</small></li>`,
      )
      .join('');
    const examples = def.examples
      .map((ex) => `<li><code>${escapeHtml(exampleCall(def, ex, lang))}</code> → ${escapeHtml(resultText(ex.result, lang))}</li>`)
      .join('');
    return (
      `<section id="${def.name}" aria-labelledby="h-${def.name}"><h2 id="h-${def.name}"><code>${escapeHtml(signature(def, lang))}</code></h2>` +
      `<p>${escapeHtml(def.summary[lang])}</p><ul>${params}</ul>` +
      `<p><strong>${h.definition}</strong>${lang === 'fr' ? ' : ' : ': '}${escapeHtml(def.definition[lang])}</p>` +
      `<p><strong>${h.columns}</strong>${lang === 'fr' ? ' : ' : ': '}<code>${escapeHtml(usageCall(def, lang))}</code></p>` +
      `<p><strong>${h.example}</strong></p><ul>${examples}</ul></section>`
    );
  }).join('');
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
    '<style>body{font:13px/1.45 Arial,sans-serif;margin:12px;color:#202124}h1{font-size:16px}h2{font-size:13px;margin:16px 0 4px}' +
    'code{background:#f1f3f4;padding:0 2px;border-radius:2px;word-break:break-word}ul{padding-left:18px;margin:4px 0}p{margin:4px 0}</style>' +
    `</head><body><main><h1>${title}</h1><p>${escapeHtml(h.intro)}</p>${sections}</main></body></html>`
  );
}
