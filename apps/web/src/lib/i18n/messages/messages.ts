import type { PlansMessages } from './plans/messages';
import type { PrintablesMessages } from './printables/messages';
import type { Audience } from '../../graphql/generated/graphql';
import type { PluralForms } from '../plural';
import type { AccountMenuMessages, AuthMessages } from './auth/messages';
import type { PlayerMessages } from './player/messages';
import type { TrainerMessages } from './trainer/messages';

/** Every string a learner sees. `{name}` placeholders are filled by `interpolate`. */
export interface Messages {
  accountMenu: AccountMenuMessages;
  auth: AuthMessages;
  siteName: string;
  siteTagline: string;
  skipLink: string;
  languageNavLabel: string;
  footer: string;
  home: {
    title: string;
    intro: string;
    empty: string;
  };
  course: {
    audience: string;
    /** Names of the course audiences the API reports as codes. */
    audiences: Record<Audience, string>;
    duration: string;
    lessons: PluralForms;
    modules: PluralForms;
    steps: PluralForms;
    backToList: string;
    contentsHeading: string;
    moduleLabel: string;
  };
  player: PlayerMessages;
  errors: {
    notFoundTitle: string;
    notFoundBody: string;
    courseNotFoundTitle: string;
    courseNotFoundBody: string;
    apiUnavailableTitle: string;
    apiUnavailableBody: string;
    /** Under the body: the page reloads by itself once the API answers again. */
    apiRetrying: string;
    unexpectedTitle: string;
    unexpectedBody: string;
    tryAgain: string;
    goHome: string;
  };
  printables: PrintablesMessages;
  plans: PlansMessages;
  trainer: TrainerMessages;
}

/** The messages every page needs (the site's frame, the account menu, the player): one chunk per language. */
export type CoreMessages = Omit<Messages, MoreMessageKeys>;
/** Sign-in's, trainers', plans' and printables' messages: their own chunk, not in a learner's lesson page. */
export type MoreMessageKeys = 'auth' | 'trainer' | 'plans' | 'printables';
