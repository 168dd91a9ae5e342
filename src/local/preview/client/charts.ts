/**
 * Draws an embedded chart's data as SVG (bars, columns or lines), with a table for screen readers. Labels
 * and legend names are wrapped or shortened at word boundaries, never inside a word or a number, with
 * the whole text on hover; a chart whose cells hold no number yet shows the words its table holds (what
 * to do instead) rather than an empty frame.
 */
import type { PreviewChart } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1a73e8', '#e8710a', '#188038', '#d93025', '#9334e6', '#12b5cb'];
const WIDTH = 520;
const HEIGHT = 260;
const LINE = 13;
/** Bars leave room on the left for their labels; columns and lines do not need it. */
const PAD = { left: 60, right: 16, top: 16, bottom: 48 };
const BAR_LEFT = 170;
/** About how many characters of 11 px text fit in a width. */
const charsIn = (width: number) => Math.max(4, Math.floor(width / 6));

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A text as at most `maxLines` lines of at most `width` characters, broken between words; the last line
 * ends in "…" when words are left over (a last line of one whole word lets the "…" overhang). A word
 * longer than a line keeps a line to itself, shortened.
 */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word.length > width ? `${word.slice(0, width - 1)}…` : word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const end = kept[maxLines - 1];
  kept[maxLines - 1] = `${end.length + 1 > width && /\s/.test(end) ? end.replace(/\s*\S+$/, '') : end}…`;
  return kept;
}

/** A multi-line SVG text (a category's label, a legend entry, a message): centred on `y`, the whole text as its tooltip. */
function label(
  x: number,
  y: number,
  lines: string[],
  whole: string,
  anchor: string,
  kind: 'category' | 'legend' | 'message',
  size = 11,
): SVGTextElement {
  const text = el('text', { x, y: y - ((lines.length - 1) * LINE) / 2 + 4, 'text-anchor': anchor, 'font-size': size, class: kind });
  lines.forEach((line, i) => text.appendChild(el('tspan', { x, dy: i === 0 ? 0 : LINE }, line)));
  text.appendChild(el('title', {}, whole));
  return text;
}

function extent(chart: PreviewChart): [number, number] {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  return [Math.min(0, ...values), Math.max(0, ...values, 1e-9)];
}

function dataTable(chart: PreviewChart): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'sr-only';
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement('th'));
  chart.series.forEach((s) => head.appendChild(Object.assign(document.createElement('th'), { textContent: s.name })));
  const body = table.createTBody();
  chart.labels.forEach((label, i) => {
    const row = body.insertRow();
    row.appendChild(Object.assign(document.createElement('th'), { textContent: label, scope: 'row' }));
    chart.series.forEach((s) => (row.insertCell().textContent = s.values[i] === null ? '' : String(Number(s.values[i]!.toPrecision(4)))));
  });
  return table;
}

function bars(svg: SVGSVGElement, chart: PreviewChart, horizontal: boolean, height: number): void {
  const left = horizontal ? BAR_LEFT : PAD.left;
  const [min, max] = extent(chart);
  const plotW = WIDTH - left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const band = (horizontal ? plotH : plotW) / Math.max(1, chart.labels.length);
  const barSize = (band * 0.7) / Math.max(1, chart.series.length);
  const scale = (v: number) => ((v - min) / (max - min)) * (horizontal ? plotW : plotH);
  const zero = scale(0);
  chart.labels.forEach((text, i) => {
    chart.series.forEach((series, s) => {
      const value = series.values[i];
      if (value === null) return;
      const length = Math.abs(scale(value) - zero);
      const offset = i * band + band * 0.15 + s * barSize;
      const rect = horizontal
        ? el('rect', {
            x: left + Math.min(zero, scale(value)),
            y: PAD.top + offset,
            width: Math.max(1, length),
            height: barSize,
            fill: COLOURS[s % COLOURS.length],
          })
        : el('rect', {
            x: left + offset,
            y: PAD.top + plotH - Math.max(zero, scale(value)),
            width: barSize,
            height: Math.max(1, length),
            fill: COLOURS[s % COLOURS.length],
          });
      rect.appendChild(el('title', {}, `${text} · ${series.name}: ${Number(value.toPrecision(4))}`));
      svg.appendChild(rect);
    });
    svg.appendChild(
      horizontal
        ? label(
            left - 6,
            PAD.top + i * band + band / 2,
            wrapWords(text, charsIn(left - 10), Math.max(1, Math.floor(band / LINE))),
            text,
            'end',
            'category',
          )
        : label(left + i * band + band / 2, height - PAD.bottom + 14, wrapWords(text, charsIn(band), 2), text, 'middle', 'category'),
    );
  });
  svg.appendChild(
    horizontal
      ? el('line', { x1: left + zero, x2: left + zero, y1: PAD.top, y2: PAD.top + plotH, stroke: '#5f6368' })
      : el('line', { x1: left, x2: left + plotW, y1: PAD.top + plotH - zero, y2: PAD.top + plotH - zero, stroke: '#5f6368' }),
  );
}

function lines(svg: SVGSVGElement, chart: PreviewChart, height: number): void {
  const [min, max] = extent(chart);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (chart.labels.length <= 1 ? plotW / 2 : (i / (chart.labels.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  chart.series.forEach((series, s) => {
    const points = series.values
      .map((v, i) => (v === null ? '' : `${x(i)},${y(v)}`))
      .filter(Boolean)
      .join(' ');
    svg.appendChild(el('polyline', { points, fill: 'none', stroke: COLOURS[s % COLOURS.length], 'stroke-width': 2 }));
  });
  const step = Math.ceil(chart.labels.length / 6);
  chart.labels.forEach((text, i) => {
    if (i % step === 0)
      svg.appendChild(
        label(
          x(i),
          height - PAD.bottom + 14,
          wrapWords(text, charsIn((plotW / chart.labels.length) * step), 2),
          text,
          'middle',
          'category',
        ),
      );
  });
  svg.appendChild(el('line', { x1: PAD.left, x2: PAD.left + plotW, y1: y(Math.max(min, 0)), y2: y(Math.max(min, 0)), stroke: '#5f6368' }));
}

/** Two entries a row, under the plot: a colour and its series' name (every series has one). */
function legend(svg: SVGSVGElement, chart: PreviewChart, height: number): void {
  chart.series.forEach((series, s) => {
    const x = 16 + (s % 2) * 252;
    const y = height - legendHeight(chart) + Math.floor(s / 2) * 16 + 4;
    svg.appendChild(el('rect', { x, y, width: 10, height: 10, fill: COLOURS[s % COLOURS.length] }));
    svg.appendChild(label(x + 14, y + 5, wrapWords(series.name, charsIn(230), 1), series.name, 'start', 'legend'));
  });
}

function legendHeight(chart: PreviewChart): number {
  return Math.ceil(chart.series.length / 2) * 16 + 4;
}

/** Nothing to draw yet: the chart's labels, which say what to do instead, in the middle of the frame. */
function waiting(svg: SVGSVGElement, chart: PreviewChart, height: number): void {
  const text = chart.labels.filter((l) => l !== '').join(' ');
  svg.appendChild(el('rect', { x: 8, y: 8, width: WIDTH - 16, height: height - 16, rx: 6, fill: '#f8f9fa', stroke: '#dadce0' }));
  svg.appendChild(label(WIDTH / 2, height / 2, wrapWords(text, charsIn(WIDTH - 60), 5), text, 'middle', 'message', 13));
}

export function renderChart(chart: PreviewChart, caption: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chartType = chart.type;
  const title = chart.title || caption;
  const empty = chart.series.every((s) => s.values.every((v) => v === null));
  const height = empty ? HEIGHT / 2 : HEIGHT + legendHeight(chart);
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': title });
  if (empty) {
    figure.dataset.empty = 'true';
    waiting(svg, chart, height);
  } else {
    const plotHeight = height - legendHeight(chart);
    if (chart.type === 'LINE') lines(svg, chart, plotHeight);
    else bars(svg, chart, chart.type === 'BAR', plotHeight);
    legend(svg, chart, height);
  }
  figure.append(Object.assign(document.createElement('figcaption'), { textContent: title }), svg, dataTable(chart));
  return figure;
}
