import { type HandoutContent } from './handout-content';
import { qrPng } from './join-qr';
import { startPdf } from './pdf-document';

const INK = '#111111';
const QR_SIZE = 190;

/** One A4 page for the library's notice board and the learners' hands, in the group's language. */
export async function joinHandoutPdf(content: HandoutContent): Promise<Buffer> {
  const { doc, finish } = startPdf({
    title: `${content.groupName} — ${content.codeLabel} ${content.joinCode}`,
    language: content.language,
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;

  doc.fillColor(INK).font('regular').fontSize(14).text(content.library, { width });
  doc.font('bold').fontSize(30).text(content.groupName, { width });
  doc.moveDown(0.3).font('regular').fontSize(18).text(content.title, { width });
  doc.fontSize(14).text(content.intro, { width });

  const boxTop = doc.y + 18;
  const textWidth = width - QR_SIZE - 24;
  doc.image(await qrPng(content.joinAddress), left + width - QR_SIZE, boxTop, {
    width: QR_SIZE,
    height: QR_SIZE,
  });
  doc.font('regular').fontSize(15).text(content.addressLabel, left, boxTop, { width: textWidth });
  doc
    .font('bold')
    .fontSize(fittingSize(doc, content.signInAddress, textWidth, 18))
    .text(content.signInAddress, { width: textWidth });
  doc.moveDown(0.6).font('regular').fontSize(15).text(content.codeLabel, { width: textWidth });
  // Spaced capitals in a monospaced face: nobody confuses letters that look alike on paper.
  doc.font('mono').fontSize(48).text(content.joinCode, { width: textWidth, characterSpacing: 6 });
  doc.font('regular').fontSize(12).text(content.scanHint, { width: textWidth });
  doc.y = Math.max(doc.y, boxTop + QR_SIZE) + 20;

  section(doc, content.stepsTitle, width);
  content.steps.forEach((step, index) =>
    doc.fontSize(15).text(`${index + 1}. ${step}`, left, doc.y, { width }),
  );

  section(doc, content.scheduleTitle, width);
  doc.fontSize(15).text(content.scheduleText, left, doc.y, { width });
  doc.text(`${content.placeLabel}: ${content.placeText}`, { width });

  section(doc, content.bringTitle, width);
  doc.fontSize(15).text(content.bringText, left, doc.y, { width });
  return finish();
}

function section(doc: PDFKit.PDFDocument, title: string, width: number): void {
  doc.moveDown(1).font('bold').fontSize(18).text(title, doc.page.margins.left, doc.y, { width });
  doc.moveDown(0.2).font('regular');
}

/** The largest size, down to 10 pt, at which an address stays on one line: a broken address gets mistyped. */
function fittingSize(doc: PDFKit.PDFDocument, text: string, width: number, largest: number): number {
  let size = largest;
  while (size > 10 && doc.fontSize(size).widthOfString(text) > width) size -= 1;
  return size;
}
