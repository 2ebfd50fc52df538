import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_RULE, type AccessRule } from '../src/common/access';
import { FEATURE_MODULES, resolversOf } from '../src/feature-modules';
import { type DenialCase } from './access/denial-case';
import { ApiHarness } from './support/api-harness';

/** Every module's denial cases, from test/access/*.denials.ts. */
function allDenials(): DenialCase[] {
  const folder = join(__dirname, 'access');
  return (
    readdirSync(folder)
      .filter((file) => file.endsWith('.denials.ts'))
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((file) => (require(join(folder, file)) as { denials: DenialCase[] }).denials)
  );
}

/** The access rule of each Query and Mutation field, read from the resolvers' decorators. */
function rulesByField(): Map<string, AccessRule | undefined> {
  const rules = new Map<string, AccessRule | undefined>();
  for (const resolver of resolversOf(FEATURE_MODULES)) {
    const proto = resolver.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(proto)) {
      const handler = proto[method];
      if (typeof handler !== 'function') continue;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
      const rule =
        (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ??
        (Reflect.getMetadata(ACCESS_RULE, resolver) as AccessRule | undefined);
      rules.set(`${type}.${name}`, rule);
    }
  }
  return rules;
}

const denials = allDenials();

describe('access rules on every Query and Mutation field', () => {
  const harness = new ApiHarness();
  let url: string;
  let fields: string[];

  beforeAll(async () => {
    url = (await harness.start()).url;
    const reply = await harness.graphql<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    fields = [
      ...reply.data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...reply.data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ];
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('gives each field a denial test or an explicit public reason', () => {
    const rules = rulesByField();
    const denied = new Set(denials.map((d) => d.field));
    const uncovered = fields.filter((field) => {
      const rule = rules.get(field);
      if (rule?.kind === 'public') return rule.reason.trim().length < 10;
      return !denied.has(field.split('.')[1]);
    });
    expect(uncovered).toEqual([]);
    expect(fields.length).toBeGreaterThan(20);
  });

  it('has no denial test for a field that does not exist', () => {
    const names = new Set(fields.map((field) => field.split('.')[1]));
    expect(denials.map((d) => d.field).filter((field) => !names.has(field))).toEqual([]);
  });

  it.each(denials.map((d) => [d.field, d.who, d] as const))(
    'refuses %s to %s',
    async (_field, _who, denial) => {
      const caller = await denial.caller(url);
      const variables = (await denial.variables?.(url)) ?? {};
      const reply = await caller.graphql(denial.document, variables);
      expect(reply.errors?.map((e) => e.extensions?.code)).toEqual([denial.expected]);
      expect(reply.data ?? null).toBeNull();
    },
  );
});
