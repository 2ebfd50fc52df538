/** Below this, gzip's header and a second pass cost more than they save. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

/**
 * Pages and JSON leave the web server gzipped. adapter-node compresses only its static files; a
 * lesson page is 40 kB of HTML (its stylesheets are inlined), a third of a second on the slow
 * lines many libraries have. Streams as it compresses; a proxy in front may still do it instead
 * (a response that already has an encoding is left alone).
 */
export function gzipped(request: Request, response: Response): Response {
  if (!response.body || request.method === 'HEAD') return response;
  if (response.headers.has('content-encoding')) return response;
  if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return response;
  const length = Number(response.headers.get('content-length') ?? Infinity);
  if (length < MIN_BYTES) return response;
  if (!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return response;
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'accept-encoding');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
