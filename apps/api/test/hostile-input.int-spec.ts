import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { formatGraphQLError } from '../src/common/format-error';
import { ApiHarness } from './support/api-harness';
import { Caller, type GraphQLReply } from './support/caller';
import { aLearner, type SignedInPerson, theFirstAdmin } from './support/factories';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface NamedType {
  name: string;
  kind: string;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}
interface OperationField {
  operation: 'query' | 'mutation';
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`;
const FIELDS = (type: string) =>
  `{ __type(name: "${type}") { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`;
const TYPES = `{ __schema { types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

/**
 * What an attacker puts where a string belongs: a query operator, a string far past any sane
 * length, and control characters (NUL, escape, right-to-left override) with a `$` in front.
 */
const VARIANTS: Record<string, unknown> = {
  operator: { $gt: '', $where: 'sleep(1000)' },
  long: 'x'.repeat(50_000),
  control: '$ne\u0000\u0001\u001b[31m\u202e\r\n\t',
};
const STRINGLIKE = new Set(['String', 'ID']);

const typeText = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL'
    ? `${typeText(ref.ofType!)}!`
    : ref.kind === 'LIST'
      ? `[${typeText(ref.ofType!)}]`
      : ref.name!;

/** A value of that type with the variant in every string-like or custom scalar place. */
function valueOf(ref: TypeRef, types: Map<string, NamedType>, hostile: unknown): unknown {
  if (ref.kind === 'NON_NULL') return valueOf(ref.ofType!, types, hostile);
  if (ref.kind === 'LIST') return [valueOf(ref.ofType!, types, hostile)];
  const named = types.get(ref.name!)!;
  if (named.kind === 'ENUM') return named.enumValues![0].name;
  if (named.kind === 'INPUT_OBJECT')
    return Object.fromEntries(named.inputFields!.map((f) => [f.name, valueOf(f.type, types, hostile)]));
  if (named.name === 'Int' || named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  return hostile;
}

/** Whether any place of the arguments takes a string (or a custom scalar such as JSON). */
function takesText(ref: TypeRef, types: Map<string, NamedType>, seen = new Set<string>()): boolean {
  if (ref.ofType) return takesText(ref.ofType, types, seen);
  const named = types.get(ref.name!)!;
  if (named.kind === 'INPUT_OBJECT') {
    if (seen.has(named.name)) return false;
    seen.add(named.name);
    return named.inputFields!.some((f) => takesText(f.type, types, seen));
  }
  return named.kind === 'SCALAR' && !['Int', 'Float', 'Boolean'].includes(named.name);
}

const leafOf = (ref: TypeRef): TypeRef => (ref.ofType ? leafOf(ref.ofType) : ref);

function documentFor(field: OperationField, types: Map<string, NamedType>): string {
  const params = field.args.map((arg, i) => `$a${i}: ${typeText(arg.type)}`).join(', ');
  const args = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
  // A scalar result has no selection; an object (or a union) asks for __typename alone.
  const selection = types.get(leafOf(field.type).name!)!.kind === 'SCALAR' ? '' : '{ __typename }';
  return `${field.operation} (${params}) { ${field.name}(${args}) ${selection} }`;
}

/** What no reply may show, whoever sends it: a server fault, a stack trace or a 5xx status. */
function faultsIn(reply: GraphQLReply<unknown>): string[] {
  const faults: string[] = [];
  if (reply.status >= 500) faults.push(`status ${reply.status}`);
  for (const error of reply.errors ?? []) {
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') faults.push(`internal: ${error.message}`);
    if ('stacktrace' in (error.extensions ?? {}) || /\n\s+at /.test(error.message))
      faults.push('stack trace');
  }
  return faults;
}

describe('hostile input to every query and mutation', () => {
  const harness = new ApiHarness();
  let url: string;
  let fields: OperationField[];
  let types: Map<string, NamedType>;
  let admin: SignedInPerson;
  let learner: { caller: Caller };

  beforeAll(async () => {
    url = (await harness.start()).url;
    const schema = await harness.graphql<{ __schema: { types: NamedType[] } }>(TYPES);
    types = new Map(schema.data!.__schema.types.map((type) => [type.name, type]));
    fields = [];
    for (const [operation, type] of [
      ['query', 'Query'],
      ['mutation', 'Mutation'],
    ] as const) {
      const reply = await harness.graphql<{ __type: { fields: Omit<OperationField, 'operation'>[] } }>(
        FIELDS(type),
      );
      fields.push(
        ...reply
          .data!.__type.fields.filter((field) => field.args.some((arg) => takesText(arg.type, types)))
          .map((field) => ({ ...field, operation })),
      );
    }
    admin = await theFirstAdmin(url);
    learner = await aLearner(url);
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('finds the fields that take text, the public sign-in and joining mutations among them', () => {
    const names = fields.map((field) => field.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'signIn',
        'signUp',
        'createFirstAdmin',
        'joinGroup',
        'learnerSignIn',
        'resetPassword',
        'acceptInvitation',
        'groupRoster',
        'invitationEmail',
      ]),
    );
  });

  it.each(Object.keys(VARIANTS))(
    'answers %s input calmly: a named refusal, never an internal error or a stack',
    async (variant) => {
      const faults: string[] = [];
      for (const field of fields) {
        const document = documentFor(field, types);
        const variables = Object.fromEntries(
          field.args.map((arg, i) => [`a${i}`, valueOf(arg.type, types, VARIANTS[variant])]),
        );
        // Anonymous (public fields run their code), a learner and an administrator (the rest).
        for (const caller of [new Caller(url), learner.caller, admin.caller]) {
          const reply = await caller.graphql(document, variables);
          faults.push(...faultsIn(reply).map((fault) => `${field.name}: ${fault}`));
          if (variant === 'operator' && !hasOnlyCustomScalars(field, types))
            // A `$` object where GraphQL expects a string is refused before any resolver runs.
            expect({ field: field.name, code: reply.errors?.[0]?.extensions?.code }).toEqual({
              field: field.name,
              code: 'BAD_USER_INPUT',
            });
        }
      }
      expect(faults).toEqual([]);
      // Nothing the hostile calls did signed the administrator out or broke the database.
      expect((await admin.caller.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id).toBe(admin.id);
    },
  );

  it('stores no document with a `$` key that came from input', async () => {
    const db = harness.api!.app.get<Connection>(getConnectionToken()).db!;
    for (const { name } of await db.listCollections().toArray()) {
      const docs = await db.collection(name).find({}).sort({ _id: 1 }).limit(500).toArray();
      expect({ name, keys: JSON.stringify(docs).match(/"\$(gt|where|ne)":/g) }).toEqual({ name, keys: null });
    }
  });

  it('refuses a request body over 1 MiB before reading it', async () => {
    const reply = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(reply.status).toBe(413);
  });
});

describe('errors a client sees', () => {
  it('turn anything that is not the client’s fault into "internal error", without a stack', () => {
    const formatted = formatGraphQLError({
      message: 'Cannot read properties of undefined (reading "x")',
      extensions: { code: 'SOMETHING', stacktrace: ['TypeError: …', '    at Object.<anonymous> (x.ts:1:1)'] },
    });
    expect(formatted).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

/** A mutation whose text arguments are all custom scalars (JSON, dates): GraphQL cannot refuse objects there. */
function hasOnlyCustomScalars(field: OperationField, types: Map<string, NamedType>): boolean {
  const leaves: string[] = [];
  const walk = (ref: TypeRef, seen: Set<string>) => {
    if (ref.ofType) return walk(ref.ofType, seen);
    const named = types.get(ref.name!)!;
    if (named.kind === 'INPUT_OBJECT' && !seen.has(named.name)) {
      seen.add(named.name);
      named.inputFields!.forEach((f) => walk(f.type, seen));
    } else if (named.kind === 'SCALAR') leaves.push(named.name);
  };
  field.args.forEach((arg) => walk(arg.type, new Set()));
  return !leaves.some((name) => STRINGLIKE.has(name));
}
