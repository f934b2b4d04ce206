import QRCode from 'qrcode';

/**
 * The referral link as a PNG QR code, big enough to print on an A4 notice.
 * The code is drawn as SVG and rasterised by resvg (as the charts are):
 * qrcode's own PNG writer is plain JavaScript that runs pixel by pixel, which
 * takes seconds per code inside the test runner's VM. resvg is loaded on first
 * use, for the reason in src/charts/render.ts.
 */
export async function referralQrPng(link: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 600 }, background: '#ffffff', font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}
