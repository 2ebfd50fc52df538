// Reads a PDF from stdin as a reader's PDF viewer would, and prints JSON: the text of each page. A
// separate process because pdf.js loads its worker as an ES module, which jest's CommonJS runtime
// cannot import.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const text = await parser.getText();
  const info = await parser.getInfo();
  process.stdout.write(
    JSON.stringify({ pages: text.pages.map((page) => page.text), title: info.info?.Title ?? null }),
  );
} finally {
  await parser.destroy();
}
