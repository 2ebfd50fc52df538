import QRCode from 'qrcode';

/**
 * A QR code as a PNG: a bitmap with crisp modules survives any printer, and a phone's camera reads
 * it at arm's length at 5 cm. Error correction M tolerates a fold or a coffee stain.
 */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, scale: 10, type: 'png' });
}
