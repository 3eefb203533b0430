/**
 * A chart as a standalone SVG file: the drawing the page shows (cloned, with the styles the stylesheet gave it
 * written onto each element, since a file has no stylesheet), framed by its title, the scenario, a legend and the
 * data credit. The overlap chart is HTML, so it is redrawn as SVG from its rows. PNG exports rasterise this SVG.
 *
 * Size: the SVG is as wide as the chart is on screen (at least 560 px), plus its title above and legend and credit
 * below. The PNG is exactly twice the SVG's width and height (`PNG_SCALE`), whatever the screen.
 */
import { type ExportWords, exportWords } from './csv-export';

/** PNG pixels per SVG unit. */
export const PNG_SCALE = 2;

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** Where the item sat on screen, relative to the drawing's top left (recharts lays legends over its SVG). */
  readonly at?: { readonly x: number; readonly y: number };
}

export interface SvgParts {
  readonly title: string;
  /** Lines under the title (wrapped to the width): e.g. the scenario and what the chart shows. */
  readonly subtitle: readonly string[];
  /** The drawing: a complete `<svg>` element with width and height attributes. */
  readonly chart: { readonly markup: string; readonly width: number; readonly height: number };
  readonly legend: readonly LegendItem[];
  /** Credit lines at the bottom (wrapped). */
  readonly credit: readonly string[];
}

const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An estimate of a text's width; the files use a common sans-serif, so ~0.56 em per character is close. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Wrap text into lines that fit `width` at `size`. */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Compose the file: title, subtitle, drawing, legend, credit. Returns the markup and its size. */
export function composeChartSvg(parts: SvgParts): { svg: string; width: number; height: number } {
  const width = Math.round(Math.max(parts.chart.width, 560));
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD + 18;
  out.push(
    `<text x="${PAD}" y="${y}" font-size="18" font-weight="700" fill="#1d1f23">${escapeXml(parts.title)}</text>`,
  );
  y += 8;
  for (const text of parts.subtitle)
    for (const line of wrap(text, inner, 12)) {
      y += 16;
      out.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#5c6370">${escapeXml(line)}</text>`);
    }
  y += 10;
  const chartX = Math.round((width - parts.chart.width) / 2);
  // Legend items that sat over the drawing go back where they were; the rest flow under it.
  const placed = parts.legend.filter(
    (i) => i.at && i.at.x >= 0 && i.at.y >= 0 && i.at.x < parts.chart.width && i.at.y < parts.chart.height,
  );
  const flowing = parts.legend.filter((i) => !placed.includes(i));
  const swatches = placed.map(
    (i) =>
      `<rect x="${i.at!.x}" y="${i.at!.y + 3}" width="14" height="10" rx="2" fill="${escapeXml(i.colour)}"/><text x="${i.at!.x + 18}" y="${i.at!.y + 12}" font-size="12" fill="#1d1f23">${escapeXml(i.label)}</text>`,
  );
  out.push(`<g transform="translate(${chartX} ${y})">${parts.chart.markup}${swatches.join('')}</g>`);
  y += parts.chart.height + 8;
  // Legend: swatch and label, flowing left to right, wrapping at the width.
  let x = PAD;
  if (flowing.length) y += 14;
  for (const item of flowing) {
    const w = 14 + 6 + textWidth(item.label, 12) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    out.push(
      `<rect x="${x}" y="${y - 9}" width="14" height="10" rx="2" fill="${escapeXml(item.colour)}"/>`,
      `<text x="${x + 20}" y="${y}" font-size="12" fill="#1d1f23">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  y += flowing.length ? 10 : 0;
  for (const text of parts.credit)
    for (const line of wrap(text, inner, 11)) {
      y += 15;
      out.push(`<text x="${PAD}" y="${y}" font-size="11" fill="#5c6370">${escapeXml(line)}</text>`);
    }
  const height = Math.round(y + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** Presentation properties the stylesheet may set on SVG elements; written onto the copy. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Copy computed styles from each original element onto its clone (same tree shape), dropping hidden ones. */
function inlineStyles(original: Element, clone: Element): void {
  const style = getComputedStyle(original);
  if (style.display === 'none' || style.visibility === 'hidden') {
    clone.remove();
    return;
  }
  // Through the CSSOM, not a style="" attribute: the page's Content Security Policy refuses inline style attributes.
  const target = (clone as SVGElement | HTMLElement).style;
  for (const p of STYLE_PROPS) {
    const value = style.getPropertyValue(p);
    if (value && target) target.setProperty(p, value);
  }
  // Interactive attributes mean nothing in a file.
  for (const attr of ['tabindex', 'role', 'aria-describedby']) clone.removeAttribute(attr);
  const a = [...original.children];
  const b = [...clone.children];
  a.forEach((child, i) => {
    if (b[i]) inlineStyles(child, b[i]!);
  });
}

/** The overlap chart's rows (HTML) redrawn as an SVG bar list. */
function upsetToSvg(list: Element, width: number): { markup: string; width: number; height: number } {
  const rows = [...list.querySelectorAll(':scope > li')];
  const rowH = 26;
  const barX = Math.round(width * 0.56);
  const barW = Math.max(80, width - barX - 50);
  const parts: string[] = [];
  rows.forEach((li, i) => {
    const y = i * rowH + 18;
    const dots = [...li.querySelectorAll('.dot')];
    dots.forEach((d, k) => {
      const on = d.classList.contains('on');
      const colour = on ? getComputedStyle(d).backgroundColor : '#dcdfe4';
      parts.push(`<circle cx="${8 + k * 14}" cy="${y - 4}" r="5" fill="${escapeXml(colour)}"/>`);
    });
    const label = li.querySelector('.upset-label')?.textContent ?? '';
    const bar = li.querySelector('.bar') as HTMLElement | null;
    const share = bar ? Number.parseFloat(bar.style.width) / 100 || 0 : 0;
    const value = li.querySelector('.num')?.textContent ?? '';
    const lx = 8 + dots.length * 14 + 6;
    // Cut long combinations to the room before the bars (the CSV has them whole).
    const room = Math.floor((barX - lx - 10) / (12 * 0.56));
    parts.push(
      `<text x="${lx}" y="${y}" font-size="12" fill="#1d1f23">${escapeXml(label.length > room ? `${label.slice(0, room - 1)}…` : label)}</text>`,
      `<rect x="${barX}" y="${y - 12}" width="${barW}" height="14" fill="#f0f1f4"/>`,
      `<rect x="${barX}" y="${y - 12}" width="${Math.max(0, share * barW)}" height="14" fill="#0072B2"/>`,
      `<text x="${barX + barW + 8}" y="${y}" font-size="12" font-weight="600" fill="#1d1f23">${escapeXml(value)}</text>`,
    );
  });
  const height = rows.length * rowH + 10;
  return {
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`,
    width,
    height,
  };
}

/** The drawing of a chart frame: its largest SVG outside the legend, as standalone markup, or the overlap list. */
export function captureDrawing(
  figure: Element,
): { markup: string; width: number; height: number; element: Element } | null {
  const candidates = [...figure.querySelectorAll('svg')].filter(
    (s) => !s.closest('.recharts-legend-wrapper, .chart-legend, button, .chart-controls, .event-key'),
  );
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const s of candidates) {
    const box = s.getBoundingClientRect();
    if (box.width * box.height > area) [best, area] = [s, box.width * box.height];
  }
  if (best) {
    const box = best.getBoundingClientRect();
    const clone = best.cloneNode(true) as SVGSVGElement;
    inlineStyles(best, clone);
    // No xmlns attribute by hand: the serialiser writes the SVG namespace (a second one would break the file).
    clone.setAttribute('width', String(Math.round(box.width)));
    clone.setAttribute('height', String(Math.round(box.height)));
    if (!clone.getAttribute('viewBox'))
      clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
    clone.removeAttribute('class');
    clone.removeAttribute('style');
    return {
      markup: new XMLSerializer().serializeToString(clone),
      width: Math.round(box.width),
      height: Math.round(box.height),
      element: best,
    };
  }
  const list = figure.querySelector('.upset');
  if (list)
    return { ...upsetToSvg(list, Math.round(figure.getBoundingClientRect().width) || 720), element: list };
  return null;
}

/** The legend items drawn as HTML by the drawing (recharts' or time-chart.tsx's), with where they sat relative to `drawing`. */
export function captureLegend(figure: Element, drawing?: Element | null): LegendItem[] {
  const origin = drawing?.getBoundingClientRect();
  return [...figure.querySelectorAll('.recharts-legend-item, .chart-legend-item')].flatMap((item) => {
    const box = item.getBoundingClientRect();
    const at = origin
      ? { x: Math.round(box.left - origin.left), y: Math.round(box.top - origin.top) }
      : undefined;
    const label =
      item.querySelector('.recharts-legend-item-text, .chart-legend-item-text')?.textContent?.trim() ?? '';
    const shape = item.querySelector('path, line, rect, circle');
    const colour =
      shape?.getAttribute('stroke') && shape.getAttribute('stroke') !== 'none'
        ? shape.getAttribute('stroke')!
        : (shape?.getAttribute('fill') ?? '#666');
    return label ? [{ label, colour, ...(at ? { at } : {}) }] : [];
  });
}

/** Turn SVG markup into a PNG of `PNG_SCALE` × its size, on white. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  t: ExportWords = exportWords(),
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('noCanvas'));
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('noImage')))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
