import type { PluralForms } from '../../plural';

/** Every string of the lesson player, the reader settings and the course progress. */
export interface PlayerMessages {
  stepOf: string;
  progressLabel: string;
  moduleLesson: string;
  backToCourse: string;
  previous: string;
  next: string;
  finish: string;
  reviewing: string;
  backToCurrent: string;
  lessonDone: string;
  lessonDoneBody: string;
  nextLesson: string;
  stepKinds: {
    video: string;
    reading: string;
    practice: string;
    quiz: string;
    summary: string;
    worksheet: string;
  };
  video: {
    loading: string;
    transcript: string;
    watched: string;
    watchToGoOn: string;
    noVideo: string;
  };
  quiz: {
    questionOf: string;
    check: string;
    checking: string;
    waitingOffline: string;
    correct: string;
    incorrect: string;
    partly: string;
    attemptsLeft: PluralForms;
    unlimited: string;
    hint: string;
    showHint: string;
    showSolution: string;
    solution: string;
    explanation: string;
    nextQuestion: string;
    trueLabel: string;
    falseLabel: string;
    yourAnswer: string;
    numberPlaceholder: string;
    moveUp: string;
    moveDown: string;
    orderPosition: string;
    moved: string;
    choose: string;
    chooseFor: string;
    resultTitle: string;
    score: string;
    mastery: string;
    passed: string;
    failed: string;
    remediation: string;
    outOfAttempts: string;
    chooseAnswer: string;
  };
  practice: {
    task: string;
    comingSoon: string;
    comingSoonBody: string;
    markDone: string;
    checkpoints: string;
    reached: string;
    notYet: string;
    nextGoal: string;
  };
  summary: { download: string };
  worksheet: {
    save: string;
    saved: string;
    required: string;
    optional: string;
    example: string;
    charsLeft: string;
    /** Link from a worksheet to the assembled plan it is part of. */
    wholePlan: string;
  };
  save: {
    saved: string;
    saving: string;
    offline: string;
    guest: string;
    corrupt: string;
    refused: string;
  };
  help: {
    open: string;
    title: string;
    intro: string;
    close: string;
    keys: { next: string; previous: string; help: string; readAloud: string; settings: string };
  };
  readAloud: { start: string; stop: string };
  settings: {
    open: string;
    title: string;
    textSize: string;
    highContrast: string;
    reducedMotion: string;
    wideSpacing: string;
    reset: string;
    close: string;
  };
  course: {
    continue: string;
    start: string;
    notStarted: string;
    inProgress: string;
    completed: string;
    stepNofM: string;
    quizScore: string;
    courseCompleted: string;
    open: string;
  };
}
