import { type Locale } from '@punte/course-engine';
import { type Schedule } from '../schedules/schedule';

/** What the printed handout says about a group. */
export interface HandoutGroup {
  name: string;
  language: Locale;
  joinCode: string;
  place: { library: string; room: string; address: string };
  schedule: Schedule;
  whatToBring: string;
}

export interface HandoutAddresses {
  /** The page a learner types in, e.g. https://punte.example.org/join */
  signIn: string;
  /** The group's own join page, which the QR code opens. */
  join: string;
}

/** The join page of a code: the QR code and the cards point here. */
export function joinAddresses(publicUrl: string, joinCode: string): HandoutAddresses {
  const base = publicUrl.replace(/\/+$/, '');
  return { signIn: `${base}/join`, join: `${base}/join/${encodeURIComponent(joinCode)}` };
}
