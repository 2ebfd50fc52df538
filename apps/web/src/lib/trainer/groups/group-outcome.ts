import { interpolate } from '../../i18n';
import type { TrainerPagesMessages } from '../../i18n/messages/trainer/pages/messages';

/** What a group page's form action answered (see routes/trainer/groups/[groupId]/+page.server.ts). */
export type GroupActionResult =
  | {
      done: 'regenerated' | 'pinReset' | 'unlocked' | 'moved' | 'removed' | 'archived' | 'unarchived';
      learnerId?: string;
      groupName?: string;
      name?: string;
    }
  | { problem: { code: string; reason?: string }; learnerId?: string }
  | null
  | undefined;

/** The sentence the page shows after an action, naming the learner it concerned. */
export function outcomeText(
  result: GroupActionResult,
  members: readonly { id: string; name: string }[],
  p: TrainerPagesMessages,
): { kind: 'done' | 'problem'; text: string } | null {
  if (!result) return null;
  const name =
    ('name' in result && result.name) || members.find((x) => x.id === result.learnerId)?.name || '';
  if ('problem' in result) {
    const text = result.problem.reason === 'PIN_INVALID' ? p.problems.pinInvalid : p.problems.unexpected;
    return { kind: 'problem', text: name ? `${name}: ${text}` : text };
  }
  const done: Record<typeof result.done, string> = {
    regenerated: p.group.regenerated,
    pinReset: p.members.pinReset,
    unlocked: p.members.unlocked,
    moved: p.members.moved,
    removed: p.members.removed,
    archived: p.group.archivedDone,
    unarchived: p.group.unarchivedDone,
  };
  return { kind: 'done', text: interpolate(done[result.done], { name, group: result.groupName ?? '' }) };
}
