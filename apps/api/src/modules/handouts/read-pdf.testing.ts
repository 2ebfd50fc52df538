export { readPdf, type ReadPdf } from '../../common/pdf/read-pdf.testing';
