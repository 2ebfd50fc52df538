import { printableHtml } from './printable-html';
import { blockTree, parsePrintable } from './printable-markdown';

const MEMO = `# Memento pentru bibliotecari

**Regula de aur:** facem împreună.

### 1. Înainte
- ☐ Aflați ce îi trebuie cititorului.
- ☐ Găsiți serviciul.

#### Detalii
- un punct obișnuit

| Instituția | Telefon |
|---|---|
| Primăria | |
`;

describe('a printable as a page', () => {
  it('takes the first top-level heading as the title and renumbers the rest from h2 without gaps', () => {
    const document = parsePrintable(MEMO);
    expect(document.title).toBe('Memento pentru bibliotecari');
    const html = printableHtml(document.tokens);
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>1. Înainte</h2>');
    expect(html).toContain('<h3>Detalii</h3>');
  });

  it('marks items that start with a box, so the page shows the box instead of a bullet', () => {
    const html = printableHtml(parsePrintable(MEMO).tokens);
    expect(html).toContain('<li class="box">☐ Aflați ce îi trebuie cititorului.</li>');
    expect(html).toContain('<li>un punct obișnuit</li>');
  });

  it('keeps tables, with header cells scoped to their column, and bold text', () => {
    const html = printableHtml(parsePrintable(MEMO).tokens);
    expect(html).toContain('<th scope="col">Instituția</th>');
    expect(html).toContain('<td>Primăria</td>');
    expect(html).toContain('<strong>Regula de aur:</strong>');
  });

  it('has no title when the file has no top-level heading', () => {
    expect(parsePrintable('## Только раздел\n\nТекст.').title).toBeNull();
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'an inline event handler',
      'Hi <img src=x onerror="alert(1)">',
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    ],
    ['an iframe block', '<iframe src="https://evil.example"></iframe>', '&lt;iframe'],
  ])('shows %s as text, never as markup', (_, markdown, shown) => {
    const html = printableHtml(parsePrintable(markdown).tokens);
    expect(html).toContain(shown);
    expect(html).not.toMatch(/<(script|img|iframe)/i);
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    '[click](vbscript:msgbox)',
    '![photo](https://example.org/x.png)',
  ])('refuses the unsafe link or image in %s', (markdown) => {
    const html = printableHtml(parsePrintable(markdown).tokens);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(html).not.toContain('<img');
  });

  it('keeps http, https and mailto links', () => {
    const html = printableHtml(
      parsePrintable('[gov](https://gov.example/) [mail](mailto:a@example.org)').tokens,
    );
    expect(html).toContain('<a href="https://gov.example/">gov</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
  });

  it('turns the flat token stream into nested blocks', () => {
    const blocks = blockTree(parsePrintable(MEMO).tokens);
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'bullet_list',
      'heading',
      'bullet_list',
      'table',
    ]);
    expect(blocks[2].children.map((item) => item.token.attrGet('class'))).toEqual(['box', 'box']);
  });
});
