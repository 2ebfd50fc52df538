/** A learner's card as the live view draws it (the API's LiveCard, already sorted by need). */
export type LiveStatusView = 'stuck' | 'offline' | 'working' | 'not_started' | 'finished';

export interface LiveCardView {
  learnerId: string;
  name: string;
  status: LiveStatusView;
  lessonTitle?: string | null;
  stepTitle?: string | null;
  stepNumber?: number | null;
  stepCount?: number | null;
  timeOnStepMs: number;
  wrongAttempts: number;
  hintsUsed: number;
  checkpoint?: string | null;
  stuckReason?: 'failed_attempts' | 'no_progress' | null;
  unsynced: boolean;
}
