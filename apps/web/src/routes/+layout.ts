import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** A learner's lesson page: its first load stays within its JavaScript budget (80 kB gzipped). */
const LESSON_PAGE = '/courses/[slug]/lessons/[lessonId]';

/**
 * The page's language is loaded before any component asks for its messages. Only a lesson page
 * seen by a guest or a learner goes without the trainers', plans' and printables' messages (a
 * trainer's account menu links to /trainer).
 */
export const load: LayoutLoad = async ({ data, route }) => {
  const staff = data.account?.roles.some((role) => role === 'trainer' || role === 'admin') ?? false;
  await loadMessages(data.locale, route.id !== LESSON_PAGE || staff);
  return data;
};
