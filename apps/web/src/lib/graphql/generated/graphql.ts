/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An answer; which fields are read depends on `kind` */
export type AnswerInput = {
  /** ordering (in the order given), pick-items */
  itemIds?: Array<string> | null | undefined;
  kind: QuestionKind;
  /** number */
  number?: number | null | undefined;
  /** single-choice */
  optionId?: string | null | undefined;
  /** multiple-choice */
  optionIds?: Array<string> | null | undefined;
  /** matching */
  pairs?: Array<MatchPairInput> | null | undefined;
  /** short-text */
  text?: string | null | undefined;
  /** true-false */
  truth?: boolean | null | undefined;
};

/** The trainer's word on one learner at one session */
export type AttendanceMarkInput = {
  learnerId: string | number;
  present: boolean;
};

/** Who decided: the learner's activity during the session, or the trainer */
export type AttendanceSource =
  | 'activity'
  | 'none'
  | 'trainer';

export type AttendanceStatus =
  | 'absent'
  | 'present'
  | 'upcoming';

/** Who a course is for */
export type Audience =
  | 'everyone'
  | 'librarians'
  | 'seniors'
  | 'trainers';

/** A security event kept in the audit log */
export type AuditEvent =
  | 'ACCOUNT_DEACTIVATED'
  | 'FIRST_ADMIN_CREATED'
  | 'GROUP_ARCHIVED'
  | 'GROUP_CREATED'
  | 'GROUP_PLAN_SAVED'
  | 'GROUP_RESTORED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_CREATED'
  | 'JOIN_CODE_REGENERATED'
  | 'LEARNER_JOINED'
  | 'LEARNER_MOVED'
  | 'LEARNER_REMOVED'
  | 'LOCKED_OUT'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_RESET_LINK_CREATED'
  | 'PIN_RESET'
  | 'ROLES_CHANGED'
  | 'SIGNED_OUT_EVERYWHERE'
  | 'SIGNED_UP'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_SUCCEEDED'
  | 'SIGN_UP_SETTING_CHANGED'
  | 'UNLOCKED';

export type ClaimGuestProgressInput = {
  lessons: Array<GuestLessonInput>;
  locale: Locale;
};

/** claimed: the guest's progress is now the account's; kept_account: the account was further on */
export type ClaimOutcome =
  | 'claimed'
  | 'kept_account'
  | 'nothing_to_claim';

/** accepted: recorded now; already_recorded: this id was recorded before; refused: never recorded */
export type EventStatus =
  | 'accepted'
  | 'already_recorded'
  | 'refused';

/** A group's plan; refused fields are named in extensions.fields */
export type GroupPlanInput = {
  /** 1 to 50 learners */
  capacity?: number;
  /** Co-trainers by e-mail or account id (trainers or admins); null keeps them as they are */
  coTrainers?: Array<string> | null | undefined;
  courseSlugs: Array<string>;
  language: Locale;
  name: string;
  place: PlaceInput;
  schedule: ScheduleInput;
  /** Minutes without progress before the live view flags a learner */
  stuckAfterMinutes?: number;
  whatToBring?: string;
};

export type GuestLessonInput = {
  courseSlug: string;
  events: Array<LearnerEventInput>;
  guestSeed: string;
  lessonId: string;
};

/** A learner joining with the code their trainer gave them */
export type JoinGroupInput = {
  code: string;
  firstName: string;
  /** Asked only when the first name is taken */
  lastInitial?: string | null | undefined;
  /** 4 digits */
  pin: string;
  /** The same 4 digits again */
  pinRepeat: string;
};

/** One thing the learner did, as the browser recorded it */
export type LearnerEventInput = {
  answer?: AnswerInput | null | undefined;
  /** The learner's clock, ms since 1970 */
  at: number;
  checkpointId?: string | null | undefined;
  /** Made by the browser (8 to 64 letters, digits, - or _): a retry is recognised by it */
  id: string;
  questionId?: string | null | undefined;
  /** worksheet.save: a worksheet already entered (default: the current step) */
  stepId?: string | null | undefined;
  /** checkpoint.reach: the tool event’s data */
  toolData?: unknown;
  /** checkpoint.reach: the simulated tool’s event name */
  toolEvent?: string | null | undefined;
  /** step.next | video.progress | answer.submit | hint.request | solution.reveal | checkpoint.reach | worksheet.save */
  type: string;
  /** worksheet.save: field id → text (a date YYYY-MM-DD, a choice its option id) */
  values?: unknown;
  /** video.progress: share watched, 0 to 1 */
  watchedShare?: number | null | undefined;
};

export type LessonStatus =
  | 'completed'
  | 'in_progress'
  | 'not_started';

/** A learner's state in the live view */
export type LiveStatus =
  | 'finished'
  | 'not_started'
  | 'offline'
  | 'stuck'
  | 'working';

/** A language every screen and course exists in */
export type Locale =
  | 'en'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

/** A matching answer: this left item goes with that right item */
export type MatchPairInput = {
  left: string;
  right: string;
};

/** A staff member or self-paced learner with an e-mail address */
export type NewAccountInput = {
  email: string;
  name: string;
  /** At least 10 characters, not a common password */
  password: string;
};

export type PlaceInput = {
  address?: string;
  library: string;
  room?: string;
};

/** A learner's browser about itself: its unsent events and whether a lesson is open */
export type PresenceInput = {
  /** When the browser last had a connection (its clock) */
  lastOnlineAt?: unknown;
  /** A lesson page is open */
  lessonOpen: boolean;
  /** Events waiting in the local queue (0 to 100,000) */
  pendingEvents: number;
};

/** The kinds of quiz question */
export type QuestionKind =
  | 'matching'
  | 'multiple_choice'
  | 'number'
  | 'ordering'
  | 'pick_items'
  | 'short_text'
  | 'single_choice'
  | 'true_false';

export type ReaderSettingsInput = {
  highContrast: boolean;
  reducedMotion: boolean;
  /** 1 to 2: 100% to 200% of the site’s text size */
  textSize: number;
  wideSpacing: boolean;
};

export type RecordProgressInput = {
  courseSlug: string;
  events: Array<LearnerEventInput>;
  /** Guests only: the seed of their shuffled order. A guest sends the whole log of the lesson each time; nothing is stored. */
  guestSeed?: string | null | undefined;
  lessonId: string;
  /** The language feedback is given in */
  locale: Locale;
};

/** Why the engine refused an event */
export type RefusalCode =
  | 'invalid_event'
  | 'log_full'
  | 'not_applicable'
  | 'not_current_question';

/** What a person may do in Punte */
export type Role =
  | 'admin'
  | 'learner'
  | 'trainer';

/** When a group meets, in the library's local time */
export type ScheduleInput = {
  /** HH:mm, after the start */
  endTime: string;
  /** YYYY-MM-DD */
  firstDate: string;
  /** YYYY-MM-DD, not before the first date */
  lastDate: string;
  /** HH:mm */
  startTime: string;
  /** IANA time zone of the library, e.g. Europe/Chisinau */
  timeZone: string;
  /** ISO weekdays: 1 is Monday, 7 is Sunday */
  weekdays: Array<number>;
};

export type SignInInput = {
  email: string;
  /** Staff only: stay signed in for 30 days on this computer */
  keepSignedIn?: boolean;
  password: string;
};

export type StuckReason =
  | 'failed_attempts'
  | 'no_progress';

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { people: Array<{ id: string, name: string, email: string | null, roles: Array<Role>, active: boolean, groupId: string | null }>, setupStatus: { openSignUp: boolean } };

export type SetRolesMutationVariables = Exact<{
  userId: string | number;
  roles: Array<Role> | Role;
}>;


export type SetRolesMutation = { setRoles: { id: string } };

export type DeactivatePersonMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivatePersonMutation = { deactivatePerson: { id: string } };

export type CreatePasswordResetLinkMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreatePasswordResetLinkMutation = { createPasswordResetLink: { url: string, expiresAt: unknown, emailed: boolean } };

export type InviteTrainerMutationVariables = Exact<{
  email: string;
}>;


export type InviteTrainerMutation = { inviteTrainer: { url: string, expiresAt: unknown, emailed: boolean } };

export type SetOpenSignUpMutationVariables = Exact<{
  open: boolean;
}>;


export type SetOpenSignUpMutation = { setOpenSignUp: boolean };

export type AuditLogQueryVariables = Exact<{
  limit: number;
  before?: unknown;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: unknown, event: AuditEvent, actorName: string | null, subjectName: string | null, ip: string | null, detail: string }> };

export type GroupRosterQueryVariables = Exact<{
  code: string;
}>;


export type GroupRosterQuery = { groupRoster: { groupName: string, admitting: boolean, members: Array<{ id: string, name: string }> } };

export type JoinGroupMutationVariables = Exact<{
  input: JoinGroupInput;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, name: string } };

export type LearnerSignInMutationVariables = Exact<{
  code: string;
  learnerId: string | number;
  pin: string;
}>;


export type LearnerSignInMutation = { learnerSignIn: { id: string, name: string } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needsFirstAdmin: boolean, openSignUp: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string | null, roles: Array<Role>, groupId: string | null } | null };

export type CreateFirstAdminMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type CreateFirstAdminMutation = { createFirstAdmin: { id: string } };

export type SignUpMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type SignUpMutation = { signUp: { id: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, roles: Array<Role> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: number };

export type InvitationEmailQueryVariables = Exact<{
  token: string;
}>;


export type InvitationEmailQuery = { invitationEmail: string | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type CourseDetailQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type CourseDetailQuery = { course: { slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale>, modules: Array<{ id: string, title: string, summary: string | null, lessons: Array<{ id: string, title: string, summary: string | null, estimatedMinutes: number, stepCount: number }> }>, downloads: Array<{ title: string, href: string }>, plans: Array<{ id: string, title: string, href: string }> } | null };

export type CoursesListQueryVariables = Exact<{
  locale: Locale;
}>;


export type CoursesListQuery = { courses: Array<{ slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, lessonCount: number, moduleCount: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale> }> };

export type AssembledPlanFieldsFragment = { courseSlug: string, courseTitle: string, documentId: string, title: string, intro: string | null, locale: Locale, learnerName: string | null, filledFields: number, totalFields: number, sections: Array<{ lessonId: string, lessonTitle: string, stepId: string, title: string, entered: boolean, editable: boolean, fields: Array<{ id: string, type: string, label: string, value: string, shownValue: string, required: boolean, maxLength: number | null, options: Array<{ id: string, label: string }> }> }> };

export type MyPlanQueryVariables = Exact<{
  courseSlug: string;
  documentId: string;
  locale: Locale;
}>;


export type MyPlanQuery = { myPlan: { courseSlug: string, courseTitle: string, documentId: string, title: string, intro: string | null, locale: Locale, learnerName: string | null, filledFields: number, totalFields: number, sections: Array<{ lessonId: string, lessonTitle: string, stepId: string, title: string, entered: boolean, editable: boolean, fields: Array<{ id: string, type: string, label: string, value: string, shownValue: string, required: boolean, maxLength: number | null, options: Array<{ id: string, label: string }> }> }> } };

export type LearnerPlanQueryVariables = Exact<{
  learnerId: string | number;
  courseSlug: string;
  documentId: string;
  locale: Locale;
}>;


export type LearnerPlanQuery = { learnerPlan: { courseSlug: string, courseTitle: string, documentId: string, title: string, intro: string | null, locale: Locale, learnerName: string | null, filledFields: number, totalFields: number, sections: Array<{ lessonId: string, lessonTitle: string, stepId: string, title: string, entered: boolean, editable: boolean, fields: Array<{ id: string, type: string, label: string, value: string, shownValue: string, required: boolean, maxLength: number | null, options: Array<{ id: string, label: string }> }> }> } };

export type TrainerGuideQueryVariables = Exact<{
  courseSlug: string;
  locale: Locale;
}>;


export type TrainerGuideQuery = { trainerGuide: { courseSlug: string, courseTitle: string, name: string, title: string, label: string, locale: Locale, html: string } };

export type PlayerClaimGuestProgressMutationVariables = Exact<{
  input: ClaimGuestProgressInput;
}>;


export type PlayerClaimGuestProgressMutation = { claimGuestProgress: Array<{ courseSlug: string, lessonId: string, outcome: ClaimOutcome, refusedEvents: number }> };

export type PlayerCourseProgressQueryVariables = Exact<{
  courseSlug: string;
  locale: Locale;
}>;


export type PlayerCourseProgressQuery = { myCourseProgress: { courseSlug: string, completedLessons: number, continueLessonId: string | null, completedAt: unknown, lessons: Array<{ lessonId: string, status: LessonStatus, stepNumber: number, stepCount: number, quizzes: Array<{ stepId: string, title: string, score: number, passed: boolean }> }> } };

export type PlayerLessonQueryVariables = Exact<{
  courseSlug: string;
  lessonId: string;
  locale: Locale;
}>;


export type PlayerLessonQuery = { lesson: { courseSlug: string, courseTitle: string, lessonId: string, title: string, locale: Locale, fallbackLocale: Locale, contentVersion: string, content: unknown, place: { moduleId: string, moduleTitle: string, moduleNumber: number, lessonNumber: number, lessonCount: number, previousLessonId: string | null, nextLessonId: string | null } | null, saved: { seed: string, snapshot: unknown, eventCount: number, status: LessonStatus, verdicts: Array<{ questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null }> } | null } };

export type PlayerVerdictFragment = { questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null };

export type MyReaderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReaderSettingsQuery = { myReaderSettings: { textSize: number, highContrast: boolean, reducedMotion: boolean, wideSpacing: boolean, saved: boolean } };

export type SaveReaderSettingsMutationVariables = Exact<{
  input: ReaderSettingsInput;
}>;


export type SaveReaderSettingsMutation = { saveReaderSettings: { textSize: number } };

export type ClaimGuestReaderSettingsMutationVariables = Exact<{
  input: ReaderSettingsInput;
}>;


export type ClaimGuestReaderSettingsMutation = { claimGuestReaderSettings: { saved: boolean } };

export type PlayerRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type PlayerRecordProgressMutation = { recordProgress: { stored: boolean, courseCompletedAt: unknown, results: Array<{ id: string, status: EventStatus, code: RefusalCode | null, reason: string | null, verdict: { questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null } | null }>, lesson: { status: LessonStatus, currentStepId: string | null, stepNumber: number, stepCount: number } } };

export type ReportPresenceMutationVariables = Exact<{
  input: PresenceInput;
}>;


export type ReportPresenceMutation = { reportPresence: boolean };

export type PrintableQueryVariables = Exact<{
  courseSlug: string;
  name: string;
  locale: Locale;
}>;


export type PrintableQuery = { printable: { courseSlug: string, courseTitle: string, name: string, title: string, label: string, locale: Locale, html: string } | null };

export type TrainerGroupsQueryVariables = Exact<{
  includeArchived?: boolean;
}>;


export type TrainerGroupsQuery = { myGroups: Array<{ id: string, name: string, joinCode: string, joinPath: string, capacity: number, memberCount: number, closed: boolean, endsAt: unknown, archivedAt: unknown, canManage: boolean }> };

export type TrainerGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainerGroupQuery = { group: { id: string, name: string, joinCode: string, joinPath: string, capacity: number, memberCount: number, closed: boolean, endsAt: unknown, archivedAt: unknown, canManage: boolean, coTrainers: Array<{ id: string, name: string, email: string | null }>, plan: { language: Locale, place: { library: string, room: string, address: string }, schedule: { weekdays: Array<number>, startTime: string, endTime: string, firstDate: string, lastDate: string, timeZone: string } } | null }, groupMembers: Array<{ id: string, name: string, lockedUntil: unknown }> };

export type TrainerCourseChoicesQueryVariables = Exact<{
  locale: Locale;
}>;


export type TrainerCourseChoicesQuery = { courses: Array<{ slug: string, title: string }> };

export type TrainerRegenerateJoinCodeMutationVariables = Exact<{
  groupId: string | number;
}>;


export type TrainerRegenerateJoinCodeMutation = { regenerateJoinCode: { id: string, joinCode: string } };

export type TrainerResetLearnerPinMutationVariables = Exact<{
  learnerId: string | number;
  pin: string;
}>;


export type TrainerResetLearnerPinMutation = { resetLearnerPin: boolean };

export type TrainerUnlockLearnerMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type TrainerUnlockLearnerMutation = { unlockLearner: boolean };

export type TrainerLearnersWithPlansQueryVariables = Exact<{
  groupId: string | number;
  locale: Locale;
}>;


export type TrainerLearnersWithPlansQuery = { learnersWithPlans: Array<{ learnerId: string, plans: Array<{ documentId: string, title: string, filledFields: number, totalFields: number, href: string }> }> };

export type TrainerGroupPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainerGroupPlanQuery = { group: { id: string, name: string, capacity: number, coTrainers: Array<{ id: string, email: string | null }>, plan: { language: Locale, courseSlugs: Array<string>, whatToBring: string, stuckAfterMinutes: number, place: { library: string, room: string, address: string }, schedule: { weekdays: Array<number>, startTime: string, endTime: string, firstDate: string, lastDate: string, timeZone: string } } | null } };

export type TrainerCreatePlannedGroupMutationVariables = Exact<{
  input: GroupPlanInput;
}>;


export type TrainerCreatePlannedGroupMutation = { createPlannedGroup: { id: string } };

export type TrainerUpdateGroupPlanMutationVariables = Exact<{
  groupId: string | number;
  input: GroupPlanInput;
}>;


export type TrainerUpdateGroupPlanMutation = { updateGroupPlan: { id: string } };

export type TrainerArchiveGroupMutationVariables = Exact<{
  groupId: string | number;
  archived: boolean;
}>;


export type TrainerArchiveGroupMutation = { archiveGroup: { id: string, archivedAt: unknown } };

export type TrainerMoveLearnerMutationVariables = Exact<{
  learnerId: string | number;
  toGroupId: string | number;
}>;


export type TrainerMoveLearnerMutation = { moveLearner: { id: string, name: string } };

export type TrainerRemoveLearnerMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type TrainerRemoveLearnerMutation = { removeLearner: boolean };

export type TrainerSessionsQueryVariables = Exact<{
  groupId: string | number;
}>;


export type TrainerSessionsQuery = { groupSessions: Array<{ date: string, startsAt: unknown, endsAt: unknown, offSchedule: boolean, attendance: Array<{ learnerId: string, status: AttendanceStatus, source: AttendanceSource }> }> };

export type TrainerSetAttendanceMutationVariables = Exact<{
  groupId: string | number;
  sessionDate: string;
  marks: Array<AttendanceMarkInput> | AttendanceMarkInput;
}>;


export type TrainerSetAttendanceMutation = { setAttendance: { date: string } };

export type TrainerLiveQueryVariables = Exact<{
  groupId: string | number;
  locale: Locale;
}>;


export type TrainerLiveQuery = { groupLive: { at: unknown, cards: Array<{ learnerId: string, name: string, status: LiveStatus, lessonTitle: string | null, stepTitle: string | null, stepNumber: number | null, stepCount: number | null, timeOnStepMs: number, wrongAttempts: number, hintsUsed: number, checkpoint: string | null, stuckReason: StuckReason | null, unsynced: boolean }> } };

export type TrainerMarkHelpedMutationVariables = Exact<{
  groupId: string | number;
  learnerId: string | number;
}>;


export type TrainerMarkHelpedMutation = { markHelped: boolean };

export type TrainerReportQueryVariables = Exact<{
  groupId: string | number;
  locale: Locale;
}>;


export type TrainerReportQuery = { groupReport: { at: unknown, groupName: string, lessons: Array<{ lessonId: string, title: string, completed: number, inProgress: number, notStarted: number, completionShare: number, meanScore: number | null, scoredLearners: number, meanTimeMs: number }>, learners: Array<{ learnerId: string, name: string, lessonsCompleted: number, lessonsStarted: number, meanScore: number | null, timeMs: number, lastSeenAt: unknown, stuck: boolean, attendance: { present: number, held: number } | null }>, mostMissed: Array<{ lessonId: string, questionId: string, prompt: string, wrongAttempts: number, learnersWrong: number, commonWrongAnswers: Array<{ text: string, count: number }> }> } };

export type TrainerLearnerReportQueryVariables = Exact<{
  learnerId: string | number;
  locale: Locale;
}>;


export type TrainerLearnerReportQuery = { learnerReport: { learnerId: string, groupId: string, name: string, lastSeenAt: unknown, lessons: Array<{ lessonId: string, title: string, status: string, completion: number, score: number | null, attempts: number, hintsUsed: number, timeMs: number, lastSeenAt: unknown, steps: Array<{ stepId: string, title: string, status: string, attempts: number, hintsUsed: number, timeMs: number, score: number | null }> }> } };

export type TrainerJoinHandoutQueryVariables = Exact<{
  groupId: string | number;
}>;


export type TrainerJoinHandoutQuery = { joinHandout: { language: Locale, library: string, groupName: string, title: string, intro: string, addressLabel: string, signInAddress: string, joinAddress: string, codeLabel: string, joinCode: string, scanHint: string, stepsTitle: string, steps: Array<string>, scheduleTitle: string, scheduleText: string, placeLabel: string, placeText: string, bringTitle: string, bringText: string, qrSvg: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssembledPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssembledPlanFields on AssembledPlan {
  courseSlug
  courseTitle
  documentId
  title
  intro
  locale
  learnerName
  filledFields
  totalFields
  sections {
    lessonId
    lessonTitle
    stepId
    title
    entered
    editable
    fields {
      id
      type
      label
      value
      shownValue
      required
      maxLength
      options {
        id
        label
      }
    }
  }
}
    `, {"fragmentName":"AssembledPlanFields"}) as unknown as TypedDocumentString<AssembledPlanFieldsFragment, unknown>;
export const PlayerVerdictFragmentDoc = new TypedDocumentString(`
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}
    `, {"fragmentName":"PlayerVerdict"}) as unknown as TypedDocumentString<PlayerVerdictFragment, unknown>;
export const PeopleDocument = new TypedDocumentString(`
    query People {
  people {
    id
    name
    email
    roles
    active
    groupId
  }
  setupStatus {
    openSignUp
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const SetRolesDocument = new TypedDocumentString(`
    mutation SetRoles($userId: ID!, $roles: [Role!]!) {
  setRoles(userId: $userId, roles: $roles) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetRolesMutation, SetRolesMutationVariables>;
export const DeactivatePersonDocument = new TypedDocumentString(`
    mutation DeactivatePerson($userId: ID!) {
  deactivatePerson(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const CreatePasswordResetLinkDocument = new TypedDocumentString(`
    mutation CreatePasswordResetLink($userId: ID!) {
  createPasswordResetLink(userId: $userId) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>;
export const InviteTrainerDocument = new TypedDocumentString(`
    mutation InviteTrainer($email: String!) {
  inviteTrainer(email: $email) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<InviteTrainerMutation, InviteTrainerMutationVariables>;
export const SetOpenSignUpDocument = new TypedDocumentString(`
    mutation SetOpenSignUp($open: Boolean!) {
  setOpenSignUp(open: $open)
}
    `) as unknown as TypedDocumentString<SetOpenSignUpMutation, SetOpenSignUpMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($limit: Int!, $before: DateTime) {
  auditLog(limit: $limit, before: $before) {
    id
    at
    event
    actorName
    subjectName
    ip
    detail
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const GroupRosterDocument = new TypedDocumentString(`
    query GroupRoster($code: String!) {
  groupRoster(code: $code) {
    groupName
    admitting
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRosterQuery, GroupRosterQueryVariables>;
export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($input: JoinGroupInput!) {
  joinGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<JoinGroupMutation, JoinGroupMutationVariables>;
export const LearnerSignInDocument = new TypedDocumentString(`
    mutation LearnerSignIn($code: String!, $learnerId: ID!, $pin: String!) {
  learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LearnerSignInMutation, LearnerSignInMutationVariables>;
export const SetupStatusDocument = new TypedDocumentString(`
    query SetupStatus {
  setupStatus {
    needsFirstAdmin
    openSignUp
  }
}
    `) as unknown as TypedDocumentString<SetupStatusQuery, SetupStatusQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    roles
    groupId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CreateFirstAdminDocument = new TypedDocumentString(`
    mutation CreateFirstAdmin($input: NewAccountInput!) {
  createFirstAdmin(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: NewAccountInput!) {
  signUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InvitationEmailDocument = new TypedDocumentString(`
    query InvitationEmail($token: String!) {
  invitationEmail(token: $token)
}
    `) as unknown as TypedDocumentString<InvitationEmailQuery, InvitationEmailQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($slug: String!, $locale: Locale!) {
  course(slug: $slug, locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    coverUrl
    coverAlt
    languages
    modules {
      id
      title
      summary
      lessons {
        id
        title
        summary
        estimatedMinutes
        stepCount
      }
    }
    downloads {
      title
      href
    }
    plans {
      id
      title
      href
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const CoursesListDocument = new TypedDocumentString(`
    query CoursesList($locale: Locale!) {
  courses(locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    lessonCount
    moduleCount
    coverUrl
    coverAlt
    languages
  }
}
    `) as unknown as TypedDocumentString<CoursesListQuery, CoursesListQueryVariables>;
export const MyPlanDocument = new TypedDocumentString(`
    query MyPlan($courseSlug: String!, $documentId: String!, $locale: Locale!) {
  myPlan(courseSlug: $courseSlug, documentId: $documentId, locale: $locale) {
    ...AssembledPlanFields
  }
}
    fragment AssembledPlanFields on AssembledPlan {
  courseSlug
  courseTitle
  documentId
  title
  intro
  locale
  learnerName
  filledFields
  totalFields
  sections {
    lessonId
    lessonTitle
    stepId
    title
    entered
    editable
    fields {
      id
      type
      label
      value
      shownValue
      required
      maxLength
      options {
        id
        label
      }
    }
  }
}`) as unknown as TypedDocumentString<MyPlanQuery, MyPlanQueryVariables>;
export const LearnerPlanDocument = new TypedDocumentString(`
    query LearnerPlan($learnerId: ID!, $courseSlug: String!, $documentId: String!, $locale: Locale!) {
  learnerPlan(
    learnerId: $learnerId
    courseSlug: $courseSlug
    documentId: $documentId
    locale: $locale
  ) {
    ...AssembledPlanFields
  }
}
    fragment AssembledPlanFields on AssembledPlan {
  courseSlug
  courseTitle
  documentId
  title
  intro
  locale
  learnerName
  filledFields
  totalFields
  sections {
    lessonId
    lessonTitle
    stepId
    title
    entered
    editable
    fields {
      id
      type
      label
      value
      shownValue
      required
      maxLength
      options {
        id
        label
      }
    }
  }
}`) as unknown as TypedDocumentString<LearnerPlanQuery, LearnerPlanQueryVariables>;
export const TrainerGuideDocument = new TypedDocumentString(`
    query TrainerGuide($courseSlug: String!, $locale: Locale!) {
  trainerGuide(courseSlug: $courseSlug, locale: $locale) {
    courseSlug
    courseTitle
    name
    title
    label
    locale
    html
  }
}
    `) as unknown as TypedDocumentString<TrainerGuideQuery, TrainerGuideQueryVariables>;
export const PlayerClaimGuestProgressDocument = new TypedDocumentString(`
    mutation PlayerClaimGuestProgress($input: ClaimGuestProgressInput!) {
  claimGuestProgress(input: $input) {
    courseSlug
    lessonId
    outcome
    refusedEvents
  }
}
    `) as unknown as TypedDocumentString<PlayerClaimGuestProgressMutation, PlayerClaimGuestProgressMutationVariables>;
export const PlayerCourseProgressDocument = new TypedDocumentString(`
    query PlayerCourseProgress($courseSlug: String!, $locale: Locale!) {
  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {
    courseSlug
    completedLessons
    continueLessonId
    completedAt
    lessons {
      lessonId
      status
      stepNumber
      stepCount
      quizzes {
        stepId
        title
        score
        passed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlayerCourseProgressQuery, PlayerCourseProgressQueryVariables>;
export const PlayerLessonDocument = new TypedDocumentString(`
    query PlayerLesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {
  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {
    courseSlug
    courseTitle
    lessonId
    title
    locale
    fallbackLocale
    contentVersion
    content
    place {
      moduleId
      moduleTitle
      moduleNumber
      lessonNumber
      lessonCount
      previousLessonId
      nextLessonId
    }
    saved {
      seed
      snapshot
      eventCount
      status
      verdicts {
        ...PlayerVerdict
      }
    }
  }
}
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}`) as unknown as TypedDocumentString<PlayerLessonQuery, PlayerLessonQueryVariables>;
export const MyReaderSettingsDocument = new TypedDocumentString(`
    query MyReaderSettings {
  myReaderSettings {
    textSize
    highContrast
    reducedMotion
    wideSpacing
    saved
  }
}
    `) as unknown as TypedDocumentString<MyReaderSettingsQuery, MyReaderSettingsQueryVariables>;
export const SaveReaderSettingsDocument = new TypedDocumentString(`
    mutation SaveReaderSettings($input: ReaderSettingsInput!) {
  saveReaderSettings(input: $input) {
    textSize
  }
}
    `) as unknown as TypedDocumentString<SaveReaderSettingsMutation, SaveReaderSettingsMutationVariables>;
export const ClaimGuestReaderSettingsDocument = new TypedDocumentString(`
    mutation ClaimGuestReaderSettings($input: ReaderSettingsInput!) {
  claimGuestReaderSettings(input: $input) {
    saved
  }
}
    `) as unknown as TypedDocumentString<ClaimGuestReaderSettingsMutation, ClaimGuestReaderSettingsMutationVariables>;
export const PlayerRecordProgressDocument = new TypedDocumentString(`
    mutation PlayerRecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    results {
      id
      status
      code
      reason
      verdict {
        ...PlayerVerdict
      }
    }
    lesson {
      status
      currentStepId
      stepNumber
      stepCount
    }
    stored
    courseCompletedAt
  }
}
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}`) as unknown as TypedDocumentString<PlayerRecordProgressMutation, PlayerRecordProgressMutationVariables>;
export const ReportPresenceDocument = new TypedDocumentString(`
    mutation ReportPresence($input: PresenceInput!) {
  reportPresence(input: $input)
}
    `) as unknown as TypedDocumentString<ReportPresenceMutation, ReportPresenceMutationVariables>;
export const PrintableDocument = new TypedDocumentString(`
    query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {
  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {
    courseSlug
    courseTitle
    name
    title
    label
    locale
    html
  }
}
    `) as unknown as TypedDocumentString<PrintableQuery, PrintableQueryVariables>;
export const TrainerGroupsDocument = new TypedDocumentString(`
    query TrainerGroups($includeArchived: Boolean! = false) {
  myGroups(includeArchived: $includeArchived) {
    id
    name
    joinCode
    joinPath
    capacity
    memberCount
    closed
    endsAt
    archivedAt
    canManage
  }
}
    `) as unknown as TypedDocumentString<TrainerGroupsQuery, TrainerGroupsQueryVariables>;
export const TrainerGroupDocument = new TypedDocumentString(`
    query TrainerGroup($id: ID!) {
  group(id: $id) {
    id
    coTrainers {
      id
      name
      email
    }
    name
    joinCode
    joinPath
    capacity
    memberCount
    closed
    endsAt
    archivedAt
    canManage
    plan {
      language
      place {
        library
        room
        address
      }
      schedule {
        weekdays
        startTime
        endTime
        firstDate
        lastDate
        timeZone
      }
    }
  }
  groupMembers(groupId: $id) {
    id
    name
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<TrainerGroupQuery, TrainerGroupQueryVariables>;
export const TrainerCourseChoicesDocument = new TypedDocumentString(`
    query TrainerCourseChoices($locale: Locale!) {
  courses(locale: $locale) {
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<TrainerCourseChoicesQuery, TrainerCourseChoicesQueryVariables>;
export const TrainerRegenerateJoinCodeDocument = new TypedDocumentString(`
    mutation TrainerRegenerateJoinCode($groupId: ID!) {
  regenerateJoinCode(groupId: $groupId) {
    id
    joinCode
  }
}
    `) as unknown as TypedDocumentString<TrainerRegenerateJoinCodeMutation, TrainerRegenerateJoinCodeMutationVariables>;
export const TrainerResetLearnerPinDocument = new TypedDocumentString(`
    mutation TrainerResetLearnerPin($learnerId: ID!, $pin: String!) {
  resetLearnerPin(learnerId: $learnerId, pin: $pin)
}
    `) as unknown as TypedDocumentString<TrainerResetLearnerPinMutation, TrainerResetLearnerPinMutationVariables>;
export const TrainerUnlockLearnerDocument = new TypedDocumentString(`
    mutation TrainerUnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<TrainerUnlockLearnerMutation, TrainerUnlockLearnerMutationVariables>;
export const TrainerLearnersWithPlansDocument = new TypedDocumentString(`
    query TrainerLearnersWithPlans($groupId: ID!, $locale: Locale!) {
  learnersWithPlans(groupId: $groupId, locale: $locale) {
    learnerId
    plans {
      documentId
      title
      filledFields
      totalFields
      href
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerLearnersWithPlansQuery, TrainerLearnersWithPlansQueryVariables>;
export const TrainerGroupPlanDocument = new TypedDocumentString(`
    query TrainerGroupPlan($id: ID!) {
  group(id: $id) {
    id
    name
    capacity
    coTrainers {
      id
      email
    }
    plan {
      language
      courseSlugs
      place {
        library
        room
        address
      }
      schedule {
        weekdays
        startTime
        endTime
        firstDate
        lastDate
        timeZone
      }
      whatToBring
      stuckAfterMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerGroupPlanQuery, TrainerGroupPlanQueryVariables>;
export const TrainerCreatePlannedGroupDocument = new TypedDocumentString(`
    mutation TrainerCreatePlannedGroup($input: GroupPlanInput!) {
  createPlannedGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrainerCreatePlannedGroupMutation, TrainerCreatePlannedGroupMutationVariables>;
export const TrainerUpdateGroupPlanDocument = new TypedDocumentString(`
    mutation TrainerUpdateGroupPlan($groupId: ID!, $input: GroupPlanInput!) {
  updateGroupPlan(groupId: $groupId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrainerUpdateGroupPlanMutation, TrainerUpdateGroupPlanMutationVariables>;
export const TrainerArchiveGroupDocument = new TypedDocumentString(`
    mutation TrainerArchiveGroup($groupId: ID!, $archived: Boolean!) {
  archiveGroup(groupId: $groupId, archived: $archived) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<TrainerArchiveGroupMutation, TrainerArchiveGroupMutationVariables>;
export const TrainerMoveLearnerDocument = new TypedDocumentString(`
    mutation TrainerMoveLearner($learnerId: ID!, $toGroupId: ID!) {
  moveLearner(learnerId: $learnerId, toGroupId: $toGroupId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TrainerMoveLearnerMutation, TrainerMoveLearnerMutationVariables>;
export const TrainerRemoveLearnerDocument = new TypedDocumentString(`
    mutation TrainerRemoveLearner($learnerId: ID!) {
  removeLearner(learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<TrainerRemoveLearnerMutation, TrainerRemoveLearnerMutationVariables>;
export const TrainerSessionsDocument = new TypedDocumentString(`
    query TrainerSessions($groupId: ID!) {
  groupSessions(groupId: $groupId) {
    date
    startsAt
    endsAt
    offSchedule
    attendance {
      learnerId
      status
      source
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerSessionsQuery, TrainerSessionsQueryVariables>;
export const TrainerSetAttendanceDocument = new TypedDocumentString(`
    mutation TrainerSetAttendance($groupId: ID!, $sessionDate: String!, $marks: [AttendanceMarkInput!]!) {
  setAttendance(groupId: $groupId, sessionDate: $sessionDate, marks: $marks) {
    date
  }
}
    `) as unknown as TypedDocumentString<TrainerSetAttendanceMutation, TrainerSetAttendanceMutationVariables>;
export const TrainerLiveDocument = new TypedDocumentString(`
    query TrainerLive($groupId: ID!, $locale: Locale!) {
  groupLive(groupId: $groupId, locale: $locale) {
    at
    cards {
      learnerId
      name
      status
      lessonTitle
      stepTitle
      stepNumber
      stepCount
      timeOnStepMs
      wrongAttempts
      hintsUsed
      checkpoint
      stuckReason
      unsynced
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerLiveQuery, TrainerLiveQueryVariables>;
export const TrainerMarkHelpedDocument = new TypedDocumentString(`
    mutation TrainerMarkHelped($groupId: ID!, $learnerId: ID!) {
  markHelped(groupId: $groupId, learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<TrainerMarkHelpedMutation, TrainerMarkHelpedMutationVariables>;
export const TrainerReportDocument = new TypedDocumentString(`
    query TrainerReport($groupId: ID!, $locale: Locale!) {
  groupReport(groupId: $groupId, locale: $locale) {
    at
    groupName
    lessons {
      lessonId
      title
      completed
      inProgress
      notStarted
      completionShare
      meanScore
      scoredLearners
      meanTimeMs
    }
    learners {
      learnerId
      name
      lessonsCompleted
      lessonsStarted
      meanScore
      timeMs
      lastSeenAt
      attendance {
        present
        held
      }
      stuck
    }
    mostMissed {
      lessonId
      questionId
      prompt
      wrongAttempts
      learnersWrong
      commonWrongAnswers {
        text
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerReportQuery, TrainerReportQueryVariables>;
export const TrainerLearnerReportDocument = new TypedDocumentString(`
    query TrainerLearnerReport($learnerId: ID!, $locale: Locale!) {
  learnerReport(learnerId: $learnerId, locale: $locale) {
    learnerId
    groupId
    name
    lastSeenAt
    lessons {
      lessonId
      title
      status
      completion
      score
      attempts
      hintsUsed
      timeMs
      lastSeenAt
      steps {
        stepId
        title
        status
        attempts
        hintsUsed
        timeMs
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainerLearnerReportQuery, TrainerLearnerReportQueryVariables>;
export const TrainerJoinHandoutDocument = new TypedDocumentString(`
    query TrainerJoinHandout($groupId: ID!) {
  joinHandout(groupId: $groupId) {
    language
    library
    groupName
    title
    intro
    addressLabel
    signInAddress
    joinAddress
    codeLabel
    joinCode
    scanHint
    stepsTitle
    steps
    scheduleTitle
    scheduleText
    placeLabel
    placeText
    bringTitle
    bringText
    qrSvg
  }
}
    `) as unknown as TypedDocumentString<TrainerJoinHandoutQuery, TrainerJoinHandoutQueryVariables>;