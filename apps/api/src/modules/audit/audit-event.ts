import { registerEnumType } from '@nestjs/graphql';

export const AUDIT_EVENTS = [
  'FIRST_ADMIN_CREATED',
  'SIGNED_UP',
  'SIGN_IN_SUCCEEDED',
  'SIGN_IN_FAILED',
  'LOCKED_OUT',
  'UNLOCKED',
  'SIGNED_OUT_EVERYWHERE',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET_LINK_CREATED',
  'PASSWORD_RESET',
  'INVITATION_CREATED',
  'INVITATION_ACCEPTED',
  'ROLES_CHANGED',
  'ACCOUNT_DEACTIVATED',
  'SIGN_UP_SETTING_CHANGED',
  'GROUP_CREATED',
  'JOIN_CODE_REGENERATED',
  'LEARNER_JOINED',
  'PIN_RESET',
  // A trainer's changes to a group (issue 13).
  'GROUP_PLAN_SAVED',
  'GROUP_ARCHIVED',
  'GROUP_RESTORED',
  'LEARNER_MOVED',
  'LEARNER_REMOVED',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const AuditEventEnum = Object.fromEntries(AUDIT_EVENTS.map((e) => [e, e])) as {
  [K in AuditEvent]: K;
};
registerEnumType(AuditEventEnum, {
  name: 'AuditEvent',
  description: 'A security event kept in the audit log',
});
