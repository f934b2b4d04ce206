/**
 * Small SVG charts built as strings (no browser, no DOM); render.ts turns
 * them into PNG. Sized for a phone screen: one column, large text.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface Series {
  label: string;
  color: string;
  values: number[];
}

const FONT = 'DejaVu Sans, Arial, sans-serif';
const WIDTH = 800;

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The characters of a bar's label that fit left of its bars (BAR_LABEL_WIDTH pixels at font size 18): a longer one
 * is cut, so callers shorten labels to it first. 28 keeps "Кемерово: Дзержинского 19" whole.
 */
export const BAR_LABEL_CHARS = 28;
const BAR_LABEL_WIDTH = 340;

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const textEl = (x: number, y: number, text: string, attrs = '') =>
  `<text x="${x}" y="${y}" font-family="${FONT}" ${attrs}>${escapeXml(text)}</text>`;

/** A "nice" axis maximum: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

/** Horizontal bars, one per row, label on the left and the value at the bar's end. Returns [svg body, height]. */
function horizontalBars(title: string, bars: Bar[], top: number): [string, number] {
  const rowHeight = 34;
  const labelWidth = BAR_LABEL_WIDTH;
  const barArea = WIDTH - labelWidth - 90;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const parts = [textEl(20, top + 30, title, 'font-size="24" font-weight="bold" fill="#222"')];
  bars.forEach((bar, i) => {
    const y = top + 50 + i * rowHeight;
    const width = Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barArea));
    parts.push(
      textEl(20, y + 22, truncate(bar.label, BAR_LABEL_CHARS), 'font-size="18" fill="#333"'),
      `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 10}" rx="3" fill="#2e7dd7"/>`,
      textEl(labelWidth + width + 8, y + 22, String(bar.value), 'font-size="18" fill="#222"'),
    );
  });
  if (bars.length === 0) parts.push(textEl(20, top + 75, '—', 'font-size="18" fill="#666"'));
  return [parts.join(''), 60 + Math.max(1, bars.length) * rowHeight + 10];
}

/** Lines over week labels with a legend. Returns [svg body, height]. */
function lines(title: string, xLabels: string[], series: Series[], top: number): [string, number] {
  const height = 330;
  const left = 70;
  const right = WIDTH - 30;
  const plotTop = top + 80;
  const plotBottom = top + height - 50;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (i: number) => left + (xLabels.length <= 1 ? 0 : (i * (right - left)) / (xLabels.length - 1));
  const y = (v: number) => plotBottom - (v / max) * (plotBottom - plotTop);
  const parts = [textEl(20, top + 30, title, 'font-size="24" font-weight="bold" fill="#222"')];
  series.forEach((s, i) => {
    const lx = 20 + i * 300;
    parts.push(
      `<rect x="${lx}" y="${top + 45}" width="22" height="14" fill="${s.color}"/>`,
      textEl(lx + 30, top + 58, s.label, 'font-size="18" fill="#333"'),
    );
  });
  // Whole numbers, each once: an empty chart (max 1) reads "0, 1", not "0, 1, 1"; each line sits at its own value.
  for (const v of [...new Set([0, Math.round(max / 2), max])]) {
    parts.push(
      `<line x1="${left}" y1="${y(v)}" x2="${right}" y2="${y(v)}" stroke="#ddd" stroke-width="1"/>`,
      textEl(left - 10, y(v) + 6, String(v), 'font-size="16" fill="#555" text-anchor="end"'),
    );
  }
  xLabels.forEach((label, i) => parts.push(textEl(x(i), plotBottom + 28, label, 'font-size="15" fill="#555" text-anchor="middle"')));
  for (const s of series) {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="4" stroke-linejoin="round"/>`);
    s.values.forEach((v, i) => parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="5" fill="${s.color}"/>`));
  }
  return [parts.join(''), height];
}

export interface StatsChartInput {
  barsTitle: string;
  bars: Bar[];
  linesTitle: string;
  weekLabels: string[];
  series: Series[];
}

/** Both /stats charts in one picture, stacked: waiting per center, then the weekly lines. */
export function statsChartSvg(input: StatsChartInput): string {
  const [barsBody, barsHeight] = horizontalBars(input.barsTitle, input.bars, 0);
  const [linesBody, linesHeight] = lines(input.linesTitle, input.weekLabels, input.series, barsHeight + 10);
  const height = barsHeight + 10 + linesHeight;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${barsBody}${linesBody}</svg>`
  );
}
