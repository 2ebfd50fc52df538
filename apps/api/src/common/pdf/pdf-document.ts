import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans (free licence, from the dejavu-fonts-ttf package) covers Romanian ș ț with the comma
 * below, Cyrillic, Polish and the ☐ box; pdfkit's built-in fonts cover none of them. Every PDF the
 * API makes (course downloads, plans, the groups' handouts) starts here, so the app ships one stack.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
  monoBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf'),
};

export type FontName = keyof typeof FONT_FILES;

export interface PdfMeta {
  title: string;
  language: string;
}

export interface PdfLayout {
  /** Points around the page; 56 (about 2 cm) unless a layout needs more room, like a handout card. */
  margin?: number;
  /** The face registered as `mono` (a join code reads better bold from across a room). */
  mono?: 'mono' | 'monoBold';
}

/** An A4 document with our fonts registered; `finish` ends it and resolves with the bytes. */
export function startPdf(
  meta: PdfMeta,
  layout: PdfLayout = {},
): { doc: PDFKit.PDFDocument; finish: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: layout.margin ?? 56,
    // A tagged PDF: screen readers get headings, lists, tables and the reading order, not loose text.
    tagged: true,
    pdfVersion: '1.7',
    lang: meta.language,
    displayTitle: true,
    font: FONT_FILES.regular,
    info: { Title: meta.title, Creator: 'Punte' },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  if (layout.mono === 'monoBold') doc.registerFont('mono', FONT_FILES.monoBold);
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
