import { startPdf as startCommonPdf, type PdfMeta } from '../../common/pdf/pdf-document';

export type { FontName, PdfMeta } from '../../common/pdf/pdf-document';

/** The handouts' layout of the shared PDF set-up: a narrower margin and a bold join code. */
export function startPdf(meta: PdfMeta): ReturnType<typeof startCommonPdf> {
  return startCommonPdf(meta, { margin: 48, mono: 'monoBold' });
}
