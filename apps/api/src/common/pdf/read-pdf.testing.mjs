// Reads a PDF from stdin as a person or a phone would, and prints JSON: the text of each page, the
// title and the QR codes found in its images. A separate process because pdf.js loads its worker as
// an ES module, which jest's CommonJS runtime cannot import.
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const text = await parser.getText();
  const info = await parser.getInfo();
  const images = await parser.getImage({ imageThreshold: 0 });
  const qrCodes = images.pages
    .flatMap((page) => page.images)
    .map((image) => {
      const png = PNG.sync.read(Buffer.from(image.data));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    })
    .filter(Boolean);
  process.stdout.write(
    JSON.stringify({ pages: text.pages.map((page) => page.text), title: info.info?.Title ?? null, qrCodes }),
  );
} finally {
  await parser.destroy();
}
