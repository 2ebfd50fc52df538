import type { DraftField, Folder } from './state';

type A<T extends string, P = object> = { type: T; target: string } & P;

export type EmailAction =
  | A<'signup.field', { field: 'name' | 'password' | 'repeat'; value: string }>
  | A<'signup.submit'>
  | A<'folder.open', { folder: Folder }>
  | A<'message.open', { id: string }>
  | A<'message.close'>
  | A<'message.reply', { mode: 'reply' | 'reply-all' | 'forward' }>
  | A<'message.delete'>
  | A<'message.restore'>
  | A<'message.spam'>
  | A<'message.report'>
  | A<'link.open'>
  | A<'compose.open'>
  | A<'draft.field', { field: DraftField; value: string }>
  | A<'draft.commit', { field: DraftField }>
  | A<'draft.contact', { address: string }>
  | A<'pictures.open'>
  | A<'pictures.close'>
  | A<'attach', { fileName: string }>
  | A<'detach', { fileName: string }>
  | A<'draft.send'>
  | A<'draft.discard'>
  | A<'undo'>;

export type DraftAction = Extract<
  EmailAction,
  {
    type:
      | 'draft.field'
      | 'draft.commit'
      | 'draft.contact'
      | 'pictures.open'
      | 'pictures.close'
      | 'attach'
      | 'detach'
      | 'draft.send'
      | 'draft.discard';
  }
>;
export type MessageAction = Extract<
  EmailAction,
  {
    type:
      | 'message.close'
      | 'message.reply'
      | 'message.delete'
      | 'message.restore'
      | 'message.spam'
      | 'message.report'
      | 'link.open';
  }
>;

/** Action creators: each names the control (`data-sim-target`) that performs it. */
export const act = {
  signupField: (field: 'name' | 'password' | 'repeat', value: string): EmailAction => ({
    type: 'signup.field',
    field,
    value,
    target: `signup-${field}`,
  }),
  signupSubmit: (): EmailAction => ({ type: 'signup.submit', target: 'signup-submit' }),
  openFolder: (folder: Folder): EmailAction => ({ type: 'folder.open', folder, target: `folder-${folder}` }),
  openMessage: (id: string): EmailAction => ({ type: 'message.open', id, target: `row-${id}` }),
  closeMessage: (): EmailAction => ({ type: 'message.close', target: 'back' }),
  reply: (mode: 'reply' | 'reply-all' | 'forward'): EmailAction => ({
    type: 'message.reply',
    mode,
    target: mode,
  }),
  remove: (): EmailAction => ({ type: 'message.delete', target: 'delete' }),
  restore: (): EmailAction => ({ type: 'message.restore', target: 'restore' }),
  spam: (): EmailAction => ({ type: 'message.spam', target: 'spam' }),
  report: (): EmailAction => ({ type: 'message.report', target: 'report' }),
  openLink: (): EmailAction => ({ type: 'link.open', target: 'scam-link' }),
  compose: (): EmailAction => ({ type: 'compose.open', target: 'write' }),
  field: (field: DraftField, value: string): EmailAction => ({
    type: 'draft.field',
    field,
    value,
    target: `draft-${field}`,
  }),
  commit: (field: DraftField): EmailAction => ({ type: 'draft.commit', field, target: `draft-${field}` }),
  contact: (address: string, id: string): EmailAction => ({
    type: 'draft.contact',
    address,
    target: `contact-${id}`,
  }),
  openPictures: (): EmailAction => ({ type: 'pictures.open', target: 'attach' }),
  closePictures: (): EmailAction => ({ type: 'pictures.close', target: 'pictures-close' }),
  attach: (fileName: string): EmailAction => ({ type: 'attach', fileName, target: `photo-${fileName}` }),
  detach: (fileName: string): EmailAction => ({ type: 'detach', fileName, target: `remove-${fileName}` }),
  send: (): EmailAction => ({ type: 'draft.send', target: 'send' }),
  discard: (): EmailAction => ({ type: 'draft.discard', target: 'discard' }),
  undo: (): EmailAction => ({ type: 'undo', target: 'undo' }),
};
