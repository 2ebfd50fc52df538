import { randomUUID } from 'node:crypto';
import { Caller } from '../caller';
import { aTrainer, type SignedInPerson } from './people';

export interface TestGroup {
  id: string;
  joinCode: string;
  trainer: SignedInPerson;
}

export interface GroupLearner {
  caller: Caller;
  id: string;
  name: string;
  pin: string;
  group: TestGroup;
}

const CREATE_GROUP = `mutation ($input: NewGroupInput!) { createGroup(input: $input) { id joinCode } }`;
const JOIN = `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id name } }`;

/** A group of a new trainer (or of the one given). */
export async function aGroup(
  url: string,
  options: { trainer?: SignedInPerson; capacity?: number; endsAt?: Date } = {},
): Promise<TestGroup> {
  const trainer = options.trainer ?? (await aTrainer(url));
  const { createGroup } = await trainer.caller.ok<{ createGroup: { id: string; joinCode: string } }>(
    CREATE_GROUP,
    {
      input: {
        name: `Grupa ${randomUUID().slice(0, 6)}`,
        capacity: options.capacity ?? 10,
        endsAt: options.endsAt ?? null,
      },
    },
  );
  return { ...createGroup, trainer };
}

/** A learner who joined a group with its code and a PIN, signed in on their own Caller. */
export async function aLearner(
  url: string,
  options: { group?: TestGroup; firstName?: string; pin?: string } = {},
): Promise<GroupLearner> {
  const group = options.group ?? (await aGroup(url));
  const firstName =
    options.firstName ??
    `Maria${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 6)}`;
  const pin = options.pin ?? '2580';
  const caller = new Caller(url);
  const { joinGroup } = await caller.ok<{ joinGroup: { id: string; name: string } }>(JOIN, {
    input: { code: group.joinCode, firstName, pin, pinRepeat: pin },
  });
  return { caller, id: joinGroup.id, name: joinGroup.name, pin, group };
}
