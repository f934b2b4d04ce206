/**
 * SVG → PNG on the server with resvg (a Rust renderer, no browser). Text uses
 * the system fonts (DejaVu Sans has Cyrillic); without any font, labels are
 * simply not drawn, the bars and lines still are.
 * resvg is loaded on the first chart, not at start: loading it asks Node for a
 * full process report (to tell glibc from musl), tens of milliseconds that
 * every start of the bot, and every test file, paid for a rarely used screen.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
