import { type Locale } from '@punte/course-engine';
import { describeSchedule } from '../schedules/describe-schedule';
import { type HandoutAddresses, type HandoutGroup } from './handout-input';
import { HANDOUT_WORDS } from './handout-words';

/** Everything the join handout says, in the group's language: the PDF and the print page show the same. */
export interface HandoutContent {
  language: Locale;
  library: string;
  groupName: string;
  title: string;
  intro: string;
  addressLabel: string;
  signInAddress: string;
  joinAddress: string;
  codeLabel: string;
  joinCode: string;
  scanHint: string;
  stepsTitle: string;
  steps: string[];
  scheduleTitle: string;
  scheduleText: string;
  placeLabel: string;
  placeText: string;
  bringTitle: string;
  bringText: string;
}

export function handoutContent(group: HandoutGroup, addresses: HandoutAddresses): HandoutContent {
  const words = HANDOUT_WORDS[group.language];
  return {
    language: group.language,
    library: group.place.library,
    groupName: group.name,
    title: words.title,
    intro: words.intro,
    addressLabel: words.addressLabel,
    signInAddress: addresses.signIn,
    joinAddress: addresses.join,
    codeLabel: words.codeLabel,
    joinCode: group.joinCode,
    scanHint: words.scanHint,
    stepsTitle: words.stepsTitle,
    steps: [...words.steps],
    scheduleTitle: words.scheduleTitle,
    scheduleText: describeSchedule(words.scheduleLine, group.schedule, group.language),
    placeLabel: words.placeLabel,
    placeText: [group.place.library, group.place.room, group.place.address].filter(Boolean).join(', '),
    bringTitle: words.bringTitle,
    bringText: group.whatToBring || words.bringDefault,
  };
}
