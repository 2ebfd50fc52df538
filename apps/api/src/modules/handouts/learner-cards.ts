import { type Locale } from '@punte/course-engine';
import { HANDOUT_WORDS } from './handout-words';
import { startPdf } from './pdf-document';

export interface LearnerCardsInput {
  groupName: string;
  language: Locale;
  /** The group's sign-in page (the join link): the learner picks their name there. */
  signInAddress: string;
  learnerNames: string[];
}

const COLUMNS = 2;
const ROWS = 4;

/**
 * Cut-out cards, eight to an A4 page, one per learner. The PIN is never printed: the card has an
 * empty box where the learner writes it, if they want to.
 */
export async function learnerCardsPdf(input: LearnerCardsInput): Promise<Buffer> {
  const words = HANDOUT_WORDS[input.language];
  const { doc, finish } = startPdf({
    title: `${input.groupName} — ${words.cardTitle}`,
    language: input.language,
  });
  const { left, top } = doc.page.margins;
  const cardWidth = (doc.page.width - left * 2) / COLUMNS;
  const cardHeight = (doc.page.height - top * 2) / ROWS;
  input.learnerNames.forEach((name, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (index > 0 && slot === 0) doc.addPage();
    const x = left + (slot % COLUMNS) * cardWidth;
    const y = top + Math.floor(slot / COLUMNS) * cardHeight;
    drawCard(doc, { x, y, width: cardWidth, height: cardHeight }, name, input, words);
  });
  return finish();
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function drawCard(
  doc: PDFKit.PDFDocument,
  box: Box,
  name: string,
  input: LearnerCardsInput,
  words: (typeof HANDOUT_WORDS)[Locale],
): void {
  const pad = 14;
  const width = box.width - pad * 2;
  doc
    .save()
    .dash(4, { space: 4 })
    .lineWidth(0.7)
    .rect(box.x, box.y, box.width, box.height)
    .stroke('#555555')
    .restore();
  doc
    .fillColor('#111111')
    .font('regular')
    .fontSize(10)
    .text(words.cardTitle, box.x + pad, box.y + pad, { width });
  doc.font('bold').fontSize(20).text(name, { width });
  doc.font('regular').fontSize(11).text(`${words.cardGroup}: ${input.groupName}`, { width });
  doc.text(`${words.cardAddress}: ${input.signInAddress}`, { width });
  const pinTop = doc.y + 8;
  doc.fontSize(11).text(`${words.cardPin}:`, box.x + pad, pinTop + 10, { width: 70 });
  doc
    .lineWidth(1)
    .rect(box.x + pad + 75, pinTop, 120, 34)
    .stroke('#111111');
  doc.fontSize(9).text(words.cardPinHint, box.x + pad, pinTop + 42, { width });
}
