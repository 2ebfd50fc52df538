type A<T extends string, P = object> = { type: T; target: string } & P;

export type VideoAction =
  | A<'home'>
  | A<'contacts'>
  | A<'add.open'>
  | A<'add.query', { value: string }>
  | A<'add', { id: string }>
  | A<'select', { id: string }>
  | A<'call', { video: boolean }>
  | A<'answer'>
  | A<'decline'>
  | A<'camera'>
  | A<'mic'>
  | A<'layout'>
  | A<'chat.toggle'>
  | A<'chat.draft', { value: string }>
  | A<'chat.send'>
  | A<'end'>;

export const vc = {
  home: (): VideoAction => ({ type: 'home', target: 'home' }),
  contacts: (): VideoAction => ({ type: 'contacts', target: 'contacts' }),
  addOpen: (): VideoAction => ({ type: 'add.open', target: 'add-open' }),
  addQuery: (value: string): VideoAction => ({ type: 'add.query', value, target: 'add-query' }),
  add: (id: string): VideoAction => ({ type: 'add', id, target: `add-${id}` }),
  select: (id: string): VideoAction => ({ type: 'select', id, target: `contact-${id}` }),
  call: (video: boolean): VideoAction => ({
    type: 'call',
    video,
    target: video ? 'call-video' : 'call-audio',
  }),
  answer: (): VideoAction => ({ type: 'answer', target: 'answer' }),
  decline: (): VideoAction => ({ type: 'decline', target: 'decline' }),
  camera: (): VideoAction => ({ type: 'camera', target: 'camera' }),
  mic: (): VideoAction => ({ type: 'mic', target: 'mic' }),
  layout: (): VideoAction => ({ type: 'layout', target: 'layout' }),
  chatToggle: (): VideoAction => ({ type: 'chat.toggle', target: 'chat' }),
  chatDraft: (value: string): VideoAction => ({ type: 'chat.draft', value, target: 'chat-text' }),
  chatSend: (): VideoAction => ({ type: 'chat.send', target: 'chat-send' }),
  end: (): VideoAction => ({ type: 'end', target: 'end' }),
};
