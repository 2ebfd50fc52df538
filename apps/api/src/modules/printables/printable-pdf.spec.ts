import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrintable } from './printable-markdown';
import { printablePdf } from './printable-pdf';
import { readPdf } from './read-pdf.testing';

const COURSES = join(__dirname, '..', '..', '..', '..', '..', 'content', 'courses');

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
