import type { FieldValue } from './scenario';
import type { RegisterField } from './state';

type A<T extends string, P = object> = { type: T; target: string } & P;

export type GovAction =
  | A<'home'>
  | A<'query', { value: string }>
  | A<'search'>
  | A<'service.open', { id: string }>
  | A<'apply'>
  | A<'field', { id: string; value: FieldValue }>
  | A<'field.commit', { id: string }>
  | A<'page.next'>
  | A<'page.back'>
  | A<'page.edit', { page: number }>
  | A<'submit'>
  | A<'download', { number: string }>
  | A<'request.status', { number: string }>
  | A<'register.open'>
  | A<'register.field', { field: RegisterField; value: string }>
  | A<'register.consent', { value: boolean }>
  | A<'register.submit'>
  | A<'signin.open'>
  | A<'signin.field', { field: 'email' | 'password'; value: string }>
  | A<'signin.submit'>
  | A<'signin.eid'>
  | A<'signout'>
  | A<'requests.open'>
  | A<'status.open'>
  | A<'status.query', { value: string }>
  | A<'status.check'>;

export const gov = {
  home: (): GovAction => ({ type: 'home', target: 'home' }),
  query: (value: string): GovAction => ({ type: 'query', value, target: 'search-box' }),
  search: (): GovAction => ({ type: 'search', target: 'search-submit' }),
  open: (id: string): GovAction => ({ type: 'service.open', id, target: `service-${id}` }),
  apply: (): GovAction => ({ type: 'apply', target: 'apply' }),
  field: (id: string, value: FieldValue): GovAction => ({ type: 'field', id, value, target: `field-${id}` }),
  commit: (id: string): GovAction => ({ type: 'field.commit', id, target: `field-${id}` }),
  next: (): GovAction => ({ type: 'page.next', target: 'form-next' }),
  back: (): GovAction => ({ type: 'page.back', target: 'form-back' }),
  edit: (page: number): GovAction => ({ type: 'page.edit', page, target: `edit-${page}` }),
  submit: (): GovAction => ({ type: 'submit', target: 'form-submit' }),
  download: (number: string, target = 'download'): GovAction => ({ type: 'download', number, target }),
  requestStatus: (number: string): GovAction => ({
    type: 'request.status',
    number,
    target: `request-status-${number}`,
  }),
  registerOpen: (): GovAction => ({ type: 'register.open', target: 'register' }),
  registerField: (field: 'name' | 'email' | 'password' | 'repeat', value: string): GovAction => ({
    type: 'register.field',
    field,
    value,
    target: `register-${field}`,
  }),
  registerConsent: (value: boolean): GovAction => ({
    type: 'register.consent',
    value,
    target: 'register-consent',
  }),
  registerSubmit: (): GovAction => ({ type: 'register.submit', target: 'register-submit' }),
  signinOpen: (): GovAction => ({ type: 'signin.open', target: 'signin' }),
  signinField: (field: 'email' | 'password', value: string): GovAction => ({
    type: 'signin.field',
    field,
    value,
    target: `signin-${field}`,
  }),
  signinSubmit: (): GovAction => ({ type: 'signin.submit', target: 'signin-submit' }),
  eid: (): GovAction => ({ type: 'signin.eid', target: 'signin-eid' }),
  signout: (): GovAction => ({ type: 'signout', target: 'signout' }),
  requests: (): GovAction => ({ type: 'requests.open', target: 'requests' }),
  statusOpen: (): GovAction => ({ type: 'status.open', target: 'status' }),
  statusQuery: (value: string): GovAction => ({ type: 'status.query', value, target: 'status-number' }),
  statusCheck: (): GovAction => ({ type: 'status.check', target: 'status-check' }),
};
