import type { PluralForms } from '../../plural';
import type { TrainerPagesMessages } from './pages/messages';

/** Names of the group fields, as a refusal or a form label names them. */
export interface TrainerFieldNames {
  name: string;
  language: string;
  courses: string;
  library: string;
  room: string;
  address: string;
  capacity: string;
  whatToBring: string;
  weekdays: string;
  startTime: string;
  endTime: string;
  firstDate: string;
  lastDate: string;
  timeZone: string;
  stuckAfterMinutes: string;
  coTrainers: string;
}

/** What is wrong with a field, in words; `{limit}` is the bound a value missed. */
export interface TrainerProblems {
  empty: string;
  tooLongText: string;
  /** {min} and {max} */
  numberRange: string;
  controlCharacters: string;
  endNotAfterStart: string;
  lastBeforeFirst: string;
  scheduleTooLong: string;
  noSessions: string;
  invalidTime: string;
  invalidDate: string;
  invalidTimeZone: string;
  noWeekday: string;
  noCourse: string;
  /** {email}: an address that is no trainer account of this site */
  unknownTrainer: string;
  invalid: string;
  /** "{field}: {problem}" */
  fieldLine: string;
}

/** Every string of the trainer's workspace (groups, live view, reports, attendance, handouts). */
export interface TrainerMessages {
  fields: TrainerFieldNames;
  problems: TrainerProblems;
  live: {
    title: string;
    intro: string;
    status: { stuck: string; offline: string; working: string; notStarted: string; finished: string };
    stuckReason: { failedAttempts: string; noProgress: string };
    /** {number} of {count} */
    step: string;
    timeOnStep: string;
    wrongAttempts: string;
    hints: string;
    checkpoint: string;
    unsynced: string;
    helped: string;
    lastUpdate: string;
    empty: string;
  };
  reports: {
    title: string;
    completionChart: string;
    completionSummary: string;
    completed: string;
    inProgress: string;
    notStarted: string;
    scoreChart: string;
    meanScore: string;
    lesson: string;
    learner: string;
    learners: string;
    timeOnTask: string;
    lastSeen: string;
    mostMissed: string;
    wrongAnswers: string;
    learnersWrong: PluralForms;
    times: PluralForms;
    attendance: string;
    downloadCsv: string;
    print: string;
    noScore: string;
  };
  charts: {
    showTable: string;
    /** "{label}: {value}" for a bar's accessible name */
    barLabel: string;
  };
  attendance: {
    title: string;
    present: string;
    absent: string;
    upcoming: string;
    byActivity: string;
    byTrainer: string;
    save: string;
    saved: string;
  };
  groupForm: {
    title: string;
    groupLegend: string;
    placeLegend: string;
    scheduleLegend: string;
    capacityHint: string;
    whatToBringHint: string;
    save: string;
    saved: string;
    problemsTitle: string;
    coTrainersHint: string;
    /** {number} */
    coTrainerEmail: string;
    addCoTrainer: string;
    /** {email} */
    removeCoTrainer: string;
    removeCoTrainerEmpty: string;
  };
  handout: {
    download: string;
    cards: string;
  };
  pages: TrainerPagesMessages;
}
