/** The trainer's pages: navigation, groups, a group's page, members, attendance, reports' frames. */
export interface TrainerPagesMessages {
  nav: {
    /** The account menu's link to the workspace */
    menuLink: string;
    sectionsLabel: string;
    groups: string;
    overview: string;
    live: string;
    attendance: string;
    report: string;
    handout: string;
    settings: string;
    back: string;
  };
  groups: {
    title: string;
    intro: string;
    empty: string;
    newGroup: string;
    /** {count} of {capacity} */
    members: string;
    code: string;
    open: string;
    closed: string;
    archived: string;
    tableCaption: string;
    status: string;
    showArchived: string;
    hideArchived: string;
  };
  newGroup: {
    title: string;
    intro: string;
  };
  group: {
    joinTitle: string;
    codeLabel: string;
    linkLabel: string;
    closedNote: string;
    archivedNote: string;
    regenerate: string;
    regenerateWarning: string;
    regenerateConfirm: string;
    regenerated: string;
    printTitle: string;
    handoutPage: string;
    planTitle: string;
    noPlan: string;
    sessionsCount: string;
    archiveTitle: string;
    archive: string;
    archiveWarning: string;
    archiveConfirm: string;
    unarchive: string;
    archivedDone: string;
    unarchivedDone: string;
    settingsSaved: string;
    coTrainersTitle: string;
    noCoTrainers: string;
    coTrainerNote: string;
  };
  members: {
    title: string;
    empty: string;
    name: string;
    state: string;
    actions: string;
    active: string;
    /** {time} */
    lockedUntil: string;
    unlock: string;
    /** {name} */
    unlocked: string;
    resetPin: string;
    newPin: string;
    pinHint: string;
    /** {name} */
    pinReset: string;
    moveTo: string;
    move: string;
    /** {name}, {group} */
    moved: string;
    noOtherGroup: string;
    remove: string;
    removeWarning: string;
    removeConfirm: string;
    /** {name} */
    removed: string;
    report: string;
  };
  attendance: {
    intro: string;
    sessionsLabel: string;
    noSessions: string;
    /** {date} */
    sessionTitle: string;
    allPresent: string;
    choose: string;
    upcomingNote: string;
  };
  reports: {
    /** {name} */
    learnerTitle: string;
    summaryTitle: string;
    summaryIntro: string;
    printButton: string;
    openSummary: string;
    quizScores: string;
    timePerLesson: string;
    meanTime: string;
    noData: string;
    noMissed: string;
    step: string;
    status: string;
    attempts: string;
    hints: string;
    time: string;
    score: string;
    /** A lesson's status as the API names it. */
    statuses: { completed: string; 'in-progress': string; 'not-started': string };
    /** A step's status as the engine names it (see report/status-label.ts). */
    stepStatuses: {
      'not-started': string;
      'in-progress': string;
      completed: string;
      passed: string;
      failed: string;
    };
    /** {date} */
    generatedOn: string;
    learnersCount: string;
    lessonsCompletedTotal: string;
    stuckNow: string;
  };
  live: {
    openProjector: string;
    /** {name} */
    helpedDone: string;
    pollProblem: string;
  };
  problems: {
    pinInvalid: string;
    unexpected: string;
    notFound: string;
  };
}
