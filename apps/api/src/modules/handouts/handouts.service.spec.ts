import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { HandoutsService } from './handouts.service';
import { readPdf } from './read-pdf.testing';

const plan: GroupPlanRecord = {
  groupId: 'g1',
  language: 'pl',
  courseSlugs: ['online-communication'],
  place: { library: 'Miejska Biblioteka Publiczna w Łodzi', room: 'Sala 3', address: '' },
  schedule: {
    weekdays: [1, 3],
    startTime: '09:30',
    endTime: '11:00',
    firstDate: '2027-03-01',
    lastDate: '2027-04-07',
    timeZone: 'Europe/Warsaw',
  },
  whatToBring: '',
  stuckAfterMinutes: 10,
  coTrainerIds: [],
  archivedAt: null,
};
const group = { name: 'Seniorzy w sieci', joinCode: 'PQ7RZX' };

describe('the handouts of a group', () => {
  const handouts = new HandoutsService();

  it('says everything in the group language, with the join page behind the QR code', async () => {
    const { content, qrSvg } = await handouts.printable(group, plan, 'https://punte.example.org');
    expect(content).toMatchObject({
      title: 'Witamy w grupie!',
      signInAddress: 'https://punte.example.org/join',
      joinAddress: 'https://punte.example.org/join/PQ7RZX',
      scheduleText: 'poniedziałek i środa, 09:30–11:00, od 1 marca 2027 do 7 kwietnia 2027',
      placeText: 'Miejska Biblioteka Publiczna w Łodzi, Sala 3',
    });
    expect(qrSvg).toContain('<svg');
    const { pages, qrCodes } = await readPdf(await handouts.pdf(group, plan, 'https://punte.example.org'));
    expect(pages[0]).toContain('Seniorzy w sieci');
    expect(qrCodes).toEqual(['https://punte.example.org/join/PQ7RZX']);
  });

  it("prints cards pointing at the group's sign-in page", async () => {
    const { pages } = await readPdf(
      await handouts.cards(group, plan, 'https://punte.example.org', ['Łucja', 'Zenon']),
    );
    expect(pages[0]).toContain('Łucja');
    expect(pages[0].replace(/\s/g, '')).toContain('https://punte.example.org/join/PQ7RZX');
    expect(pages[0]).toContain('Mój PIN');
  });
});
