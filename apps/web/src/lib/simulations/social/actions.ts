import type { Audience } from './scenario';
import type { SocialView } from './state';

type A<T extends string, P = object> = { type: T; target: string } & P;

export type SocialAction =
  | A<'view', { view: SocialView }>
  | A<'privacy', { setting: string; value: string }>
  | A<'draft.text', { value: string }>
  | A<'draft.audience', { value: Audience }>
  | A<'post'>
  | A<'post.ask-delete', { id: string }>
  | A<'post.cancel-delete'>
  | A<'post.delete', { id: string }>
  | A<'request.inspect', { id: string }>
  | A<'request.accept', { id: string }>
  | A<'request.decline', { id: string }>
  | A<'undo'>
  | A<'block', { accountId: string; name: string }>
  | A<'message.report', { id: string }>;

export const sp = {
  view: (view: SocialView): SocialAction => ({ type: 'view', view, target: `nav-${view}` }),
  privacy: (setting: string, value: string): SocialAction => ({
    type: 'privacy',
    setting,
    value,
    target: `privacy-${setting}-${value}`,
  }),
  draftText: (value: string): SocialAction => ({ type: 'draft.text', value, target: 'draft-text' }),
  audience: (value: Audience): SocialAction => ({ type: 'draft.audience', value, target: 'draft-audience' }),
  post: (): SocialAction => ({ type: 'post', target: 'post' }),
  askDelete: (id: string): SocialAction => ({ type: 'post.ask-delete', id, target: `delete-${id}` }),
  cancelDelete: (): SocialAction => ({ type: 'post.cancel-delete', target: 'cancel-delete' }),
  confirmDelete: (id: string): SocialAction => ({ type: 'post.delete', id, target: `confirm-delete-${id}` }),
  inspect: (id: string): SocialAction => ({ type: 'request.inspect', id, target: `inspect-${id}` }),
  accept: (id: string): SocialAction => ({ type: 'request.accept', id, target: `accept-${id}` }),
  decline: (id: string): SocialAction => ({ type: 'request.decline', id, target: `decline-${id}` }),
  undo: (): SocialAction => ({ type: 'undo', target: 'undo' }),
  block: (accountId: string, name: string): SocialAction => ({
    type: 'block',
    accountId,
    name,
    target: `block-${accountId}`,
  }),
  report: (id: string): SocialAction => ({ type: 'message.report', id, target: `report-${id}` }),
};
