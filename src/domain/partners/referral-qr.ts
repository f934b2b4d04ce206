import QRCode from 'qrcode';

/** The referral link as a PNG QR code, big enough to print on an A4 notice. */
export function referralQrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { type: 'png', width: 600, margin: 2, errorCorrectionLevel: 'M' });
}
