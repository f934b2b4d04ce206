import { Resvg } from '@resvg/resvg-js';

/**
 * SVG → PNG on the server with resvg (a Rust renderer, no browser). Text uses
 * the system fonts (DejaVu Sans has Cyrillic); without any font, labels are
 * simply not drawn, the bars and lines still are.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
