import { handoutContent } from './handout-content';
import { type HandoutGroup, joinAddresses } from './handout-input';
import { joinHandoutPdf } from './join-handout';
import { qrSvg } from './join-qr';
import { learnerCardsPdf } from './learner-cards';
import { readPdf } from './read-pdf.testing';

const group: HandoutGroup = {
  name: 'Seniori online — marți și joi',
  language: 'ro',
  joinCode: 'K7MQ4X',
  place: { library: 'Biblioteca Națională a Republicii Moldova', room: 'Sala 2', address: '' },
  whatToBring: '',
  schedule: {
    weekdays: [2, 4],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: '2027-03-02',
    lastDate: '2027-04-08',
    timeZone: 'Europe/Chisinau',
  },
};
const addresses = joinAddresses('https://punte.example.org/', group.joinCode);

describe('the printable join handout', () => {
  it('is one A4 page in the group language with the code, the address, the schedule and a QR code to the join page', async () => {
    const pdf = await joinHandoutPdf(handoutContent(group, addresses));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, qrCodes } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    // Lines wrap where the page is narrow: read it as a person does, as one flow of words.
    const text = pages[0].replace(/\s+/g, ' ');
    expect(text).toContain('Seniori online — marți și joi');
    expect(text).toContain('Bine ați venit în grupă!');
    expect(text).toContain('https://punte.example.org/join');
    expect(text.replace(/\s/g, '')).toContain('K7MQ4X');
    expect(text).toContain('marți și joi, 10:00–11:30, de la 2 martie 2027 până la 8 aprilie 2027');
    expect(text).toContain('Ochelarii de citit');
    expect(qrCodes).toEqual(['https://punte.example.org/join/K7MQ4X']);
  });

  it('speaks the group language: Ukrainian', async () => {
    const { pages } = await readPdf(
      await joinHandoutPdf(
        handoutContent({ ...group, language: 'uk', whatToBring: 'Телефон і окуляри' }, addresses),
      ),
    );
    expect(pages[0]).toContain('Ласкаво просимо до групи!');
    expect(pages[0]).toContain('вівторок і четвер');
    expect(pages[0]).toContain('Телефон і окуляри');
  });
});

describe('the printable learner cards', () => {
  it('has a card per learner, eight to a page, with a space for the PIN but no PIN', async () => {
    const names = ['Ана', 'Ион', 'Олена', 'Petru', 'Ștefan', 'Țurcanu', 'Zoë', 'Łucja', 'Вася'];
    const pdf = await learnerCardsPdf({
      groupName: 'Группа вторника',
      language: 'ru',
      signInAddress: addresses.join,
      learnerNames: names,
    });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(2);
    for (const name of names) expect(pages.join('\n')).toContain(name);
    expect(pages[1]).toContain('Вася');
    expect(pages[0].match(/Мой PIN/g)).toHaveLength(8);
    expect(pages[0]).toContain('Группа: Группа вторника');
    expect(pages[0]).not.toMatch(/\b\d{4}\b/);
  });
});

describe('the join QR code for the print page', () => {
  it('is SVG markup of the same address', async () => {
    const svg = await qrSvg(addresses.join);
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).toContain('<path');
  });
});
