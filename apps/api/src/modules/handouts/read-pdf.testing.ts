import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface ReadPdf {
  pages: string[];
  qrCodes: string[];
}

/** The text of each page of a PDF and the QR codes printed in it (see read-pdf.testing.mjs). */
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
