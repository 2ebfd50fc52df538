import { expect, test } from '@playwright/test';

const BASELINE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

// The web app's origin, as the Playwright config chose its port.
const ORIGIN = process.env.E2E_WEB_ORIGIN ?? 'http://127.0.0.1:3100';

test.describe('security headers', () => {
  for (const path of ['/sign-in', '/courses/online-communication']) {
    test(`${path} sends a strict policy`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers).toMatchObject(BASELINE);
      const csp = headers['content-security-policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(csp).not.toContain("'unsafe-inline' 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    });
  }

  test("inline scripts and styles carry the policy's nonce; pages travel gzipped", async ({ request }) => {
    const response = await request.get('/courses/online-communication', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers()['content-encoding']).toBe('gzip');
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'])?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const inline = [...html.matchAll(/<(script|style)(?![^>]*\bsrc=)([^>]*)>/g)];
    // The reader settings' boot script, SvelteKit's start-up script and the inlined stylesheet.
    expect(inline.map(([, tag]) => tag).sort()).toEqual(['script', 'script', 'style']);
    for (const [, , attributes] of inline) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  test('private pages are never stored, public ones may be', async ({ request }) => {
    for (const path of ['/sign-in', '/sign-in/new', '/join', '/account', '/admin'])
      expect({
        path,
        cache: (await request.get(path, { maxRedirects: 0 })).headers()['cache-control'],
      }).toEqual({
        path,
        cache: 'no-store',
      });
    expect((await request.get('/courses/online-communication')).headers()['cache-control']).not.toBe(
      'no-store',
    );
  });

  test('course media are sandboxed', async ({ request }) => {
    const page = await request.get('/courses/online-communication');
    const cover = /src="(\/media\/[^"]+)"/.exec(await page.text())?.[1];
    expect(cover).toBeTruthy();
    const media = await request.get(cover!);
    expect(media.status()).toBe(200);
    expect(media.headers()['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });

  test('a page framed by another site does not render', async ({ page }) => {
    await page.route('http://elsewhere.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Elsewhere</title><iframe src="${ORIGIN}/sign-in" width="600" height="400"></iframe>`,
      }),
    );
    await page.goto('http://elsewhere.example/');
    // Wait until the frame has left its initial blank document: it settles either on the sign-in
    // page (framing allowed) or on Chromium's error page, which replaces a refused document.
    const frameUrl = () => page.frames()[1]?.url() ?? '';
    await expect.poll(frameUrl).toMatch(/^(?!about:blank$)./);
    expect(frameUrl()).toMatch(/^chrome-error:/);
    expect(frameUrl()).not.toContain(ORIGIN);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { name: /sign in|intrați/i })).toHaveCount(0);
    await expect(frame.locator('input[type=password]')).toHaveCount(0);
  });
});
