import { type FontName, startPdf } from '../../common/pdf/pdf-document';
import { type Block, blockTree, type MdToken, plainText, type PrintableDocument } from './printable-markdown';

/** Large, calm type for readers at a library table: 13 pt text, headings a step or two above. */
const TEXT_SIZE = 13;
const TABLE_SIZE = 11;
const HEADING_SIZES: Record<string, number> = { h2: 17, h3: 15, h4: 14, h5: 13, h6: 13 };
const LINE_GAP = 3;
const INDENT = 22;
const MUTED = '#444444';
/** An empty table row is a space to write in by hand. */
const WRITING_ROW_HEIGHT = 30;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  link?: string;
}

/**
 * The printable as an A4 PDF of real text (selectable, searchable, read back by tests), tagged
 * with the document's structure in reading order.
 */
export function printablePdf(
  document: PrintableDocument,
  meta: { title: string; language: string },
): Promise<Buffer> {
  const { doc, finish } = startPdf(meta);
  const root = doc.struct('Document');
  // Attached first, so each child's drawing runs as it is added, in reading order.
  doc.addStructure(root);
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(22).text(meta.title, { lineGap: LINE_GAP });
      doc.moveDown(0.6);
    }),
  );
  writeBlocks(doc, blockTree(document.tokens), doc.page.margins.left, root);
  root.end();
  return finish();
}

function widthFrom(doc: Doc, x: number): number {
  return doc.page.width - doc.page.margins.right - x;
}

function writeBlocks(doc: Doc, blocks: readonly Block[], x: number, parent: Struct): void {
  for (const block of blocks) writeBlock(doc, block, x, parent);
}

function writeBlock(doc: Doc, block: Block, x: number, parent: Struct): void {
  switch (block.type) {
    case 'heading':
      return writeHeading(doc, block, x, parent);
    case 'paragraph':
      return void parent.add(
        doc.struct('P', {}, () => {
          writeRuns(doc, runsOf(block.inline), x);
          // A tight list's paragraphs are hidden: no gap between its items.
          if (!block.token.hidden) doc.moveDown(0.5);
        }),
      );
    case 'bullet_list':
    case 'ordered_list':
      return writeList(doc, block, x, parent);
    case 'blockquote':
      return writeQuote(doc, block, x, parent);
    case 'table':
      return writeTable(doc, block, x, parent);
    case 'fence':
    case 'code_block':
      return void parent.add(
        doc.struct('Code', {}, () => {
          doc
            .font('mono')
            .fontSize(TABLE_SIZE)
            .text(block.token.content, x, doc.y, { width: widthFrom(doc, x) });
          doc.moveDown(0.5);
        }),
      );
    case 'hr':
      return writeRule(doc, x);
    default:
      return writeBlocks(doc, block.children, x, parent);
  }
}

function writeHeading(doc: Doc, heading: Block, x: number, parent: Struct): void {
  const size = HEADING_SIZES[heading.tag] ?? TEXT_SIZE;
  // Keep a heading with the first lines under it.
  if (doc.y > doc.page.height - doc.page.margins.bottom - size * 5) doc.addPage();
  doc.moveDown(0.4);
  parent.add(
    doc.struct(heading.tag.toUpperCase(), {}, () => {
      doc
        .font('bold')
        .fontSize(size)
        .text(plainText(heading.inline), x, doc.y, { width: widthFrom(doc, x), lineGap: LINE_GAP });
    }),
  );
  doc.moveDown(0.3);
}

function writeList(doc: Doc, list: Block, x: number, parent: Struct): void {
  const start = Number(list.token.attrGet('start') ?? 1);
  const listStruct = doc.struct('L');
  parent.add(listStruct);
  list.children.forEach((item, index) => {
    const itemStruct = doc.struct('LI');
    listStruct.add(itemStruct);
    // A line that starts with a box to tick needs no bullet in front of it.
    const box = item.token.attrGet('class') === 'box';
    const marker = list.type === 'ordered_list' ? `${start + index}.` : box ? '' : '•';
    const y = doc.y;
    if (marker) {
      itemStruct.add(
        doc.struct('Lbl', {}, () => {
          doc.font('regular').fontSize(TEXT_SIZE).text(marker, x, y, { width: INDENT, lineBreak: false });
        }),
      );
    }
    doc.x = x + INDENT;
    doc.y = y;
    const body = doc.struct('LBody');
    itemStruct.add(body);
    writeBlocks(doc, item.children, x + INDENT, body);
    body.end();
    itemStruct.end();
    doc.moveDown(0.2);
  });
  listStruct.end();
  doc.moveDown(0.3);
}

function writeQuote(doc: Doc, quote: Block, x: number, parent: Struct): void {
  const top = doc.y;
  const page = doc.page;
  const quoteStruct = doc.struct('BlockQuote');
  parent.add(quoteStruct);
  writeBlocks(doc, quote.children, x + 14, quoteStruct);
  quoteStruct.end();
  // The bar is drawn when the quote stayed on one page; a quote split by a page keeps its indent.
  if (doc.page === page) {
    drawDecoration(doc, () =>
      doc
        .moveTo(x + 3, top)
        .lineTo(x + 3, doc.y - 6)
        .lineWidth(3)
        .strokeColor(MUTED)
        .stroke(),
    );
  }
  doc.moveDown(0.3);
}

function writeTable(doc: Doc, table: Block, x: number, parent: Struct): void {
  const rows = table.children.flatMap((section) => section.children);
  const data = rows.map((row) =>
    row.children.map((cell) => ({
      text: plainText(cell.inline),
      type: cell.type === 'th' ? ('TH' as const) : ('TD' as const),
      font: { src: cell.type === 'th' ? 'bold' : 'regular', size: TABLE_SIZE },
    })),
  );
  doc.font('regular').fontSize(TABLE_SIZE);
  // pdfkit tags the table itself (Table, TR, TH, TD) under the given parent.
  const options = {
    position: { x, y: doc.y },
    maxWidth: widthFrom(doc, x),
    defaultStyle: { padding: 5, border: 0.75, borderColor: MUTED },
    rowStyles: (row: number) => (row === 0 ? undefined : { minHeight: WRITING_ROW_HEIGHT }),
    data,
    structParent: parent,
  };
  doc.table(options);
  doc.x = x;
  doc.moveDown(0.6);
}

function writeRule(doc: Doc, x: number): void {
  doc.moveDown(0.3);
  const y = doc.y;
  drawDecoration(doc, () =>
    doc
      .moveTo(x, y)
      .lineTo(x + widthFrom(doc, x), y)
      .lineWidth(0.75)
      .strokeColor(MUTED)
      .stroke(),
  );
  doc.moveDown(0.6);
}

/** Lines that only decorate are artifacts: a screen reader skips them. */
function drawDecoration(doc: Doc, draw: () => void): void {
  doc.save().markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent().restore();
}

function writeRuns(doc: Doc, runs: readonly Run[], x: number): void {
  const visible = runs.filter((run) => run.text.length > 0);
  if (visible.length === 0) return;
  visible.forEach((run, index) => {
    doc.font(fontOf(run)).fontSize(run.mono ? TEXT_SIZE - 1 : TEXT_SIZE);
    const options: PDFKit.Mixins.TextOptions = {
      continued: index < visible.length - 1,
      lineGap: LINE_GAP,
      link: run.link ?? null,
      underline: Boolean(run.link),
    };
    if (index === 0) doc.text(run.text, x, doc.y, { ...options, width: widthFrom(doc, x) });
    else doc.text(run.text, options);
  });
  doc.font('regular').fontSize(TEXT_SIZE);
}

function fontOf(run: Run): FontName {
  if (run.mono) return 'mono';
  if (run.bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

/** Inline tokens as runs of text with their emphasis; markdown-it already refused unsafe links. */
function runsOf(tokens: readonly MdToken[]): Run[] {
  const runs: Run[] = [];
  const style: Omit<Run, 'text'> = {};
  for (const token of tokens) {
    switch (token.type) {
      case 'strong_open':
      case 'strong_close':
        style.bold = token.nesting === 1;
        break;
      case 'em_open':
      case 'em_close':
        style.italic = token.nesting === 1;
        break;
      case 'link_open':
        style.link = String(token.attrGet('href') ?? '') || undefined;
        break;
      case 'link_close':
        style.link = undefined;
        break;
      case 'code_inline':
        runs.push({ ...style, text: token.content, mono: true });
        break;
      case 'softbreak':
        runs.push({ ...style, text: ' ' });
        break;
      case 'hardbreak':
        runs.push({ ...style, text: '\n' });
        break;
      default:
        runs.push({ ...style, text: token.children ? plainText(token.children) : token.content });
    }
  }
  return runs;
}
