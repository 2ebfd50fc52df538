import { gunzipSync } from 'node:zlib';
import { gzipped } from './compression';

const page = '<!doctype html><p>' + 'Lecția 1: poșta electronică. '.repeat(200) + '</p>';

function get(headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET') {
  return new Request('http://library.test/courses', { method, headers });
}
function html(body: string | null = page, extra: Record<string, string> = {}) {
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...extra } });
}

describe('compressing what the web server renders', () => {
  it('gzips a page for a browser that accepts gzip, and the text survives intact', async () => {
    const response = gzipped(get(), html(page, { vary: 'cookie' }));
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('cookie, accept-encoding');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(body).toString('utf8')).toBe(page);
  });

  it('keeps the status and the other headers', () => {
    const source = new Response(page, {
      status: 404,
      headers: { 'content-type': 'text/html', 'cache-control': 'no-store' },
    });
    const response = gzipped(get(), source);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['a browser that does not accept gzip', get({ 'accept-encoding': 'identity' }), html()],
    ['a HEAD request', get(undefined, 'HEAD'), html()],
    [
      'a PDF (already compressed)',
      get(),
      new Response(page, { headers: { 'content-type': 'application/pdf' } }),
    ],
    ['a small reply', get(), html('<p>ok</p>', { 'content-length': '9' })],
    [
      'a reply without a body',
      get(),
      new Response(null, { status: 304, headers: { 'content-type': 'text/html' } }),
    ],
    ['a reply already encoded', get(), html(page, { 'content-encoding': 'br' })],
  ])('leaves %s as it is', (_, request, source) => {
    expect(gzipped(request, source)).toBe(source);
  });
});
