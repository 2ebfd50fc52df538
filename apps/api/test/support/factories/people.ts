import { randomUUID } from 'node:crypto';
import { Caller } from '../caller';

/** A password no list holds, long enough for the rules. */
export const aPassword = () => `pw-${randomUUID()}`;

export interface SignedInPerson {
  caller: Caller;
  id: string;
  name: string;
  email: string;
  password: string;
}

const SETUP = `query { setupStatus { needsFirstAdmin } }`;
const CREATE_FIRST_ADMIN = `mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id name } }`;
const INVITE = `mutation ($email: String!) { inviteTrainer(email: $email) { url } }`;
const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { id } }`;
const SET_ROLES = `mutation ($userId: ID!, $roles: [Role!]!) { setRoles(userId: $userId, roles: $roles) { id } }`;
const SIGN_UP = `mutation ($input: NewAccountInput!) { signUp(input: $input) { id } }`;

// The first administrator of each API (by URL): created once, whichever test asks first; after a
// restart on the same database (a new URL), signed in again with the same credentials.
const roots = new Map<string, Promise<SignedInPerson>>();
const ROOT = { name: 'Ana Administrator', email: 'first-admin@example.org', password: aPassword() };

/** The install's first administrator, created on first use whatever order tests run in. */
export function theFirstAdmin(url: string): Promise<SignedInPerson> {
  let root = roots.get(url);
  if (!root) {
    root = (async () => {
      const caller = new Caller(url);
      const person = { caller, ...ROOT };
      const { setupStatus } = await caller.ok<{ setupStatus: { needsFirstAdmin: boolean } }>(SETUP);
      if (!setupStatus.needsFirstAdmin) {
        const { signIn } = await caller.ok<{ signIn: { id: string } }>(SIGN_IN, {
          input: { email: ROOT.email, password: ROOT.password, keepSignedIn: false },
        });
        return { ...person, id: signIn.id };
      }
      const { createFirstAdmin } = await caller.ok<{ createFirstAdmin: { id: string } }>(CREATE_FIRST_ADMIN, {
        input: { name: person.name, email: person.email, password: person.password },
      });
      return { ...person, id: createFirstAdmin.id };
    })();
    roots.set(url, root);
  }
  return root;
}

/** A new trainer, invited by the first administrator and signed in on their own Caller. */
export async function aTrainer(url: string, name = 'Tudor Trainer'): Promise<SignedInPerson> {
  const admin = await theFirstAdmin(url);
  const email = `trainer-${randomUUID()}@example.org`;
  const { inviteTrainer } = await admin.caller.ok<{ inviteTrainer: { url: string } }>(INVITE, { email });
  const token = inviteTrainer.url.split('/').pop()!;
  const caller = new Caller(url);
  const password = aPassword();
  const { acceptInvitation } = await caller.ok<{ acceptInvitation: { id: string } }>(ACCEPT, {
    token,
    name,
    password,
  });
  return { caller, id: acceptInvitation.id, name, email, password };
}

/** Another administrator (a trainer promoted by the first one). */
export async function anAdmin(url: string): Promise<SignedInPerson> {
  const admin = await theFirstAdmin(url);
  const person = await aTrainer(url, 'Adela Admin');
  await admin.caller.ok(SET_ROLES, { userId: person.id, roles: ['admin', 'trainer', 'learner'] });
  return person;
}

/** A self-paced learner who signed up with e-mail and password. */
export async function aSelfPacedLearner(url: string, name = 'Sara Self'): Promise<SignedInPerson> {
  await theFirstAdmin(url);
  const caller = new Caller(url);
  const email = `learner-${randomUUID()}@example.org`;
  const password = aPassword();
  const { signUp } = await caller.ok<{ signUp: { id: string } }>(SIGN_UP, {
    input: { name, email, password },
  });
  return { caller, id: signUp.id, name, email, password };
}

export async function signInWithPassword(url: string, email: string, password: string, keepSignedIn = false) {
  const caller = new Caller(url);
  const reply = await caller.graphql<{ signIn: { id: string } }>(SIGN_IN, {
    input: { email, password, keepSignedIn },
  });
  return { caller, reply };
}
