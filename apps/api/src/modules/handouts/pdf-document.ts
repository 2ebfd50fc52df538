import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans (free licence, shipped by the dejavu-fonts-ttf package) covers Romanian ș ț with the
 * comma below, Cyrillic and Polish; pdfkit's built-in fonts cover none of them.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf'),
};

export type FontName = keyof typeof FONT_FILES;

export interface PdfMeta {
  title: string;
  language: string;
}

/** An A4 document with our fonts registered; `finish` ends it and resolves with the bytes. */
export function startPdf(meta: PdfMeta): { doc: PDFKit.PDFDocument; finish: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    lang: meta.language,
    displayTitle: true,
    info: { Title: meta.title, Creator: 'Punte' },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return ended;
    },
  };
}
