import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface ReadPdf {
  pages: string[];
  title: string | null;
  /** The QR codes found in the PDF's images. */
  qrCodes: string[];
}

/** The text of each page of a PDF, its title and its QR codes (see read-pdf.testing.mjs). */
export function readPdf(bytes: Buffer): Promise<ReadPdf> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'read-pdf.testing.mjs')],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as ReadPdf),
    );
    child.stdin?.end(bytes);
  });
}
