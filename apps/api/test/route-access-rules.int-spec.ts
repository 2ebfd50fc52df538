import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_RULE, type AccessRule } from '../src/common/access';
import { FEATURE_MODULES } from '../src/feature-modules';
import { type RouteDenialCase } from './access/route-denial-case';
import { ApiHarness } from './support/api-harness';

/** Every module's route denial cases, from test/access/*.routes.ts. */
function allRouteDenials(): RouteDenialCase[] {
  const folder = join(__dirname, 'access');
  return (
    readdirSync(folder)
      .filter((file) => file.endsWith('.routes.ts'))
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((file) => (require(join(folder, file)) as { routeDenials: RouteDenialCase[] }).routeDenials)
  );
}

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** Each controller route of the feature modules with its access rule, read from the decorators. */
function routesOfFeatures(): Map<string, AccessRule | undefined> {
  const routes = new Map<string, AccessRule | undefined>();
  const seen = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
    for (const controller of controllers) {
      const base = trim(String(Reflect.getMetadata(PATH_METADATA, controller) ?? ''));
      const proto = controller.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const handler = proto[method];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined)
          continue;
        const path = trim(String(Reflect.getMetadata(PATH_METADATA, handler) ?? ''));
        const rule =
          (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ??
          (Reflect.getMetadata(ACCESS_RULE, controller) as AccessRule | undefined);
        routes.set([base, path].filter(Boolean).join('/'), rule);
      }
    }
    const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as unknown[];
    for (const imported of imports) if (typeof imported === 'function') visit(imported as Type);
  };
  FEATURE_MODULES.forEach(visit);
  return routes;
}

const denials = allRouteDenials();

describe('access rules on every HTTP route', () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(() => harness.dispose());

  it('gives each route a denial test or an explicit public reason', () => {
    const routes = routesOfFeatures();
    const denied = new Set(denials.map((d) => d.route));
    const uncovered = [...routes].filter(([route, rule]) =>
      rule?.kind === 'public' ? rule.reason.trim().length < 10 : !denied.has(route),
    );
    expect(uncovered.map(([route]) => route)).toEqual([]);
    expect([...routes.keys()]).toEqual(expect.arrayContaining(['groups/:groupId/report.csv']));
  });

  it('has no denial test for a route that does not exist', () => {
    const routes = routesOfFeatures();
    expect(denials.map((d) => d.route).filter((route) => !routes.has(route))).toEqual([]);
  });

  it.each(denials.map((d) => [d.route, d.who, d] as const))(
    'refuses %s to %s',
    async (_route, _who, denial) => {
      const caller = await denial.caller(url);
      const response = await fetch(`${url}${await denial.path(url)}`, {
        headers: { 'x-forwarded-for': caller.ip, ...(caller.cookie ? { cookie: caller.cookie } : {}) },
      });
      expect(response.status).toBe(denial.expected);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBeNull();
    },
  );
});
