import { ApiHarness } from './support/api-harness';

describe('course media headers', () => {
  const harness = new ApiHarness();

  beforeAll(async () => {
    await harness.start();
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('serves media sandboxed, so a script inside an SVG cannot run in the site', async () => {
    const list = await harness.graphql<{ courses: { coverUrl: string }[] }>(
      `{ courses(locale: en) { coverUrl } }`,
    );
    const cover = await fetch(`${harness.api!.url}${list.data!.courses[0].coverUrl}`);
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    expect(cover.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
