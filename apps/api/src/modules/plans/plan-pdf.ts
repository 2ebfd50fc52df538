import { startPdf } from '../../common/pdf/pdf-document';
import { type AssembledPlan, type PlanSection } from './models/assembled-plan.model';
import { PLAN_WORDS } from './plan-words';

/** Large, calm type, like the course downloads: a plan is read at a table and discussed. */
const TEXT_SIZE = 13;
const LINE_GAP = 3;
const MUTED = '#444444';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** The learner's plan as an A4 PDF of real text, tagged in reading order. */
export function planPdf(plan: AssembledPlan): Promise<Buffer> {
  const { doc, finish } = startPdf({ title: plan.title, language: plan.locale });
  const words = PLAN_WORDS[plan.locale];
  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(22).text(plan.title, { lineGap: LINE_GAP });
    }),
  );
  const byline = [plan.courseTitle, plan.learnerName && `${words.learner}: ${plan.learnerName}`]
    .filter(Boolean)
    .join(' · ');
  root.add(
    doc.struct('P', {}, () => {
      doc.font('regular').fontSize(11).fillColor(MUTED).text(byline, { lineGap: LINE_GAP });
      doc.fillColor('black').moveDown(0.4);
      if (plan.intro) doc.fontSize(TEXT_SIZE).text(plan.intro, { lineGap: LINE_GAP }).moveDown(0.4);
    }),
  );
  // The sheets' titles carry their own numbering ("My plan — 1. Context"), so none is added.
  for (const section of plan.sections) writeSection(doc, root, section, words.notFilled);
  root.end();
  return finish();
}

function writeSection(doc: Doc, root: Struct, section: PlanSection, notFilled: string): void {
  root.add(
    doc.struct('H2', {}, () => {
      doc.moveDown(0.6).font('bold').fontSize(16).text(section.title, { lineGap: LINE_GAP });
      doc.moveDown(0.2);
    }),
  );
  for (const field of section.fields) {
    root.add(
      doc.struct('H3', {}, () => {
        doc.font('bold').fontSize(TEXT_SIZE).text(field.label, { lineGap: LINE_GAP });
      }),
    );
    root.add(
      doc.struct('P', {}, () => {
        const empty = field.shownValue.trim() === '';
        doc
          .font(empty ? 'italic' : 'regular')
          .fontSize(TEXT_SIZE)
          .fillColor(empty ? MUTED : 'black')
          .text(empty ? notFilled : field.shownValue, { lineGap: LINE_GAP });
        doc.fillColor('black').moveDown(0.5);
      }),
    );
  }
}
