/** Draws an embedded chart's data as SVG (bars, columns or lines), with a table for screen readers. */
import type { PreviewChart } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1a73e8', '#e8710a', '#188038', '#d93025', '#9334e6', '#12b5cb'];
const WIDTH = 520;
const HEIGHT = 260;
const PAD = { left: 110, right: 16, top: 16, bottom: 48 };

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
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

function bars(svg: SVGSVGElement, chart: PreviewChart, horizontal: boolean): void {
  const [min, max] = extent(chart);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = (horizontal ? plotH : plotW) / Math.max(1, chart.labels.length);
  const barSize = (band * 0.7) / Math.max(1, chart.series.length);
  const scale = (v: number) => ((v - min) / (max - min)) * (horizontal ? plotW : plotH);
  const zero = scale(0);
  chart.labels.forEach((label, i) => {
    chart.series.forEach((series, s) => {
      const value = series.values[i];
      if (value === null) return;
      const length = Math.abs(scale(value) - zero);
      const offset = i * band + band * 0.15 + s * barSize;
      const rect = horizontal
        ? el('rect', { x: PAD.left + Math.min(zero, scale(value)), y: PAD.top + offset, width: Math.max(1, length), height: barSize, fill: COLOURS[s % COLOURS.length] })
        : el('rect', { x: PAD.left + offset, y: PAD.top + plotH - Math.max(zero, scale(value)), width: barSize, height: Math.max(1, length), fill: COLOURS[s % COLOURS.length] });
      rect.appendChild(el('title', {}, `${label} · ${series.name}: ${Number(value.toPrecision(4))}`));
      svg.appendChild(rect);
    });
    const text = horizontal
      ? el('text', { x: PAD.left - 6, y: PAD.top + i * band + band / 2 + 4, 'text-anchor': 'end', 'font-size': 11 }, label.slice(0, 18))
      : el('text', { x: PAD.left + i * band + band / 2, y: HEIGHT - PAD.bottom + 14, 'text-anchor': 'middle', 'font-size': 11 }, label.slice(0, 12));
    svg.appendChild(text);
  });
  svg.appendChild(horizontal
    ? el('line', { x1: PAD.left + zero, x2: PAD.left + zero, y1: PAD.top, y2: PAD.top + plotH, stroke: '#5f6368' })
    : el('line', { x1: PAD.left, x2: PAD.left + plotW, y1: PAD.top + plotH - zero, y2: PAD.top + plotH - zero, stroke: '#5f6368' }));
}

function lines(svg: SVGSVGElement, chart: PreviewChart): void {
  const [min, max] = extent(chart);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (chart.labels.length <= 1 ? plotW / 2 : (i / (chart.labels.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  chart.series.forEach((series, s) => {
    const points = series.values.map((v, i) => (v === null ? '' : `${x(i)},${y(v)}`)).filter(Boolean).join(' ');
    svg.appendChild(el('polyline', { points, fill: 'none', stroke: COLOURS[s % COLOURS.length], 'stroke-width': 2 }));
  });
  const step = Math.ceil(chart.labels.length / 6);
  chart.labels.forEach((label, i) => {
    if (i % step === 0) svg.appendChild(el('text', { x: x(i), y: HEIGHT - PAD.bottom + 14, 'text-anchor': 'middle', 'font-size': 11 }, label));
  });
  svg.appendChild(el('line', { x1: PAD.left, x2: PAD.left + plotW, y1: y(Math.max(min, 0)), y2: y(Math.max(min, 0)), stroke: '#5f6368' }));
}

function legend(svg: SVGSVGElement, chart: PreviewChart): void {
  chart.series.forEach((series, s) => {
    const x = PAD.left + s * 140;
    svg.appendChild(el('rect', { x, y: HEIGHT - 18, width: 10, height: 10, fill: COLOURS[s % COLOURS.length] }));
    svg.appendChild(el('text', { x: x + 14, y: HEIGHT - 9, 'font-size': 11 }, series.name.slice(0, 20)));
  });
}

export function renderChart(chart: PreviewChart, caption: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chartType = chart.type;
  const title = chart.title || caption;
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': title });
  if (chart.type === 'LINE') lines(svg, chart);
  else bars(svg, chart, chart.type === 'BAR');
  legend(svg, chart);
  figure.append(Object.assign(document.createElement('figcaption'), { textContent: title }), svg, dataTable(chart));
  return figure;
}
