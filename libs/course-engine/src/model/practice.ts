import type { LocalizedText } from './locale';

/** The simulated tools a practice step can run in (each has a sandbox in the web app). */
export const PRACTICE_TOOLS = ['email', 'video-call', 'social-privacy', 'e-government-portal'] as const;
export type PracticeTool = (typeof PRACTICE_TOOLS)[number];

/**
 * The events each simulation reports. A checkpoint names one of these, optionally with
 * `match` conditions on the event's data, so authors can say *what* must happen
 * without the engine knowing how the simulation is drawn.
 */
export const PRACTICE_EVENTS = {
  email: [
    'account.created', // data: { address }
    'inbox.opened',
    'message.opened', // data: { messageId }
    'message.replied', // data: { messageId }
    'compose.opened',
    'recipient.entered', // data: { to }
    'subject.entered', // data: { subject }
    'body.entered',
    'attachment.added', // data: { fileName }
    'message.sent', // data: { to, hasAttachment, replyTo? }
    'message.reported-scam', // data: { messageId }
    'message.deleted', // data: { messageId }
    'link.clicked', // data: { messageId } (in a scam: the mistake to avoid)
  ],
  'video-call': [
    'contacts.opened',
    'contact.added', // data: { contactId }
    'contact.selected', // data: { contactId }
    'call.started', // data: { contactId, video }
    'call.answered', // data: { contactId }
    'camera.toggled', // data: { on }
    'microphone.toggled', // data: { on }
    'message.sent', // data: { contactId } (chat during a call)
    'call.ended',
  ],
  'social-privacy': [
    'profile.opened',
    'privacy.changed', // data: { setting, value }
    'post.created', // data: { audience }
    'post.deleted', // data: { postId }
    'friend-request.accepted', // data: { requestId }
    'friend-request.declined', // data: { requestId }
    'message.reported', // data: { messageId }
    'account.blocked', // data: { accountId }
  ],
  'e-government-portal': [
    'portal.searched', // data: { query }
    'service.opened', // data: { serviceId }
    'account.registered',
    'signed-in',
    'form.field-filled', // data: { field }
    'form.submitted', // data: { formId }
    'receipt.downloaded', // data: { formId }
    'status.checked', // data: { requestId }
  ],
} as const satisfies Record<PracticeTool, readonly string[]>;

export type PracticeEventName<T extends PracticeTool = PracticeTool> = (typeof PRACTICE_EVENTS)[T][number];

export interface Checkpoint {
  id: string;
  /** An event from PRACTICE_EVENTS[tool]. */
  event: string;
  /** Every key must equal the event's data value for the checkpoint to count. */
  match?: Record<string, string | number | boolean>;
  /** Shown while this checkpoint is the next one to reach. */
  guidance: LocalizedText;
  /** Optional checkpoints never block completion. Default false. */
  optional?: boolean;
}
