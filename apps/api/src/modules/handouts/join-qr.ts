import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/**
 * A QR code as a PNG: a bitmap with crisp modules survives any printer, and a phone's camera reads
 * it at arm's length at 5 cm. Error correction M tolerates a fold or a coffee stain.
 */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, scale: 10, type: 'png' });
}

/** The same code as SVG markup, for the print page (sharp at any zoom, no image request). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}
