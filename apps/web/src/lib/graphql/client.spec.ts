import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiResponseError, ApiUnavailableError, request } from './client';
import { CoursesListDocument } from './generated/graphql';

// A real local HTTP server stands in for the API, so the client is tested over the wire.
function serve(status: number, body: string): Promise<{ server: Server; url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      received.push(text);
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/graphql`, received });
    }),
  );
}

describe('the GraphQL client', () => {
  it('posts the operation with its variables and returns data', async () => {
    const api = await serve(200, JSON.stringify({ data: { courses: [] } }));
    try {
      const data = await request(CoursesListDocument, { locale: 'uk' }, fetch, api.url);
      expect(data).toEqual({ courses: [] });
      const sent = JSON.parse(api.received[0] ?? '{}') as { query: string; variables: unknown };
      expect(sent.variables).toEqual({ locale: 'uk' });
      expect(sent.query).toContain('query CoursesList');
    } finally {
      api.server.close();
    }
  });

  it('reports GraphQL errors with their codes', async () => {
    const api = await serve(
      200,
      JSON.stringify({ data: null, errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] }),
    );
    try {
      const failure = request(CoursesListDocument, { locale: 'ro' }, fetch, api.url);
      await expect(failure).rejects.toBeInstanceOf(ApiResponseError);
      await expect(failure).rejects.toMatchObject({ codes: ['FORBIDDEN'] });
    } finally {
      api.server.close();
    }
  });

  it('says the API is unavailable when nothing listens', async () => {
    const api = await serve(200, '{}');
    const url = api.url;
    await new Promise((resolve) => api.server.close(resolve));
    await expect(request(CoursesListDocument, { locale: 'ro' }, fetch, url)).rejects.toBeInstanceOf(
      ApiUnavailableError,
    );
  });
});
