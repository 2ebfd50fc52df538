import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrintable } from './printable-markdown';
import { printablePdf } from './printable-pdf';
import { readPdf } from '../../common/pdf/read-pdf.testing';

const COURSES = join(__dirname, '..', '..', '..', '..', '..', 'content', 'courses');

/** How many structure elements of each type the PDF's tag tree holds (pdfkit writes them uncompressed). */
function structureTypes(pdf: Buffer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, type] of pdf.toString('latin1').matchAll(/\/S \/([A-Za-z0-9]+)/g))
    counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

describe('a printable as a PDF', () => {
  it('writes real text with Romanian ș ț (comma below), bold runs, boxes and tables', async () => {
    const document = parsePrintable(`# Memento pentru bibliotecari

**Regula de aur:** facem împreună, nu în locul lui.

### Înainte
- ☐ Ștergeți datele de navigare și închideți browserul.
1. Întâi *țara*, apoi \`gov.md\` și [portalul](https://gov.example/).

> Tipăriți pagina.

| Instituția | Telefon |
|---|---|
| Primăria | |
`);
    const pdf = await printablePdf(document, { title: document.title!, language: 'ro' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, title } = await readPdf(pdf);
    const text = pages.join('\n');
    expect(title).toBe('Memento pentru bibliotecari');
    expect(text).toContain('Memento pentru bibliotecari');
    expect(text).toContain('Regula de aur: facem împreună, nu în locul lui.');
    expect(text).toContain('☐ Ștergeți datele de navigare și închideți browserul.');
    expect(text).toContain('1. Întâi țara, apoi gov.md și portalul.');
    expect(text).toContain('Tipăriți pagina.');
    expect(text).toMatch(/Instituția\s+Telefon/);
    expect(text).not.toMatch(/[şţ]/);
  });

  it('is a tagged PDF whose structure follows the document, for screen readers', async () => {
    const document = parsePrintable(
      '# Titlu\n\n## Secțiune\n\nText.\n\n- ☐ unu\n- ☐ doi\n\n| A | B |\n|---|---|\n| | |\n',
    );
    const pdf = await printablePdf(document, { title: 'Titlu', language: 'ro' });
    expect(pdf.toString('latin1')).toContain('/Marked true');
    expect(structureTypes(pdf)).toMatchObject({
      Document: 1,
      H1: 1,
      H2: 1,
      L: 1,
      LI: 2,
      Table: 1,
      TH: 2,
      TD: 2,
    });
  });

  it('writes a whole course plan in Russian across pages, Cyrillic intact', async () => {
    const source = readFileSync(
      join(COURSES, 'library-activities-online', 'media', 'online-activity-plan.ru.md'),
      'utf8',
    );
    const document = parsePrintable(source);
    const { pages } = await readPdf(await printablePdf(document, { title: document.title!, language: 'ru' }));
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n');
    expect(text).toContain('Мой план онлайн-мероприятия');
    expect(text).toContain('Технический модератор');
    // Every section heading of the file is in the PDF, in order.
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(5);
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
