import { randomInt } from 'node:crypto';

export interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }[];
  status: number;
  setCookie: string | null;
}

/** A browser, as far as the API can tell: keeps the session cookie and comes from its own address. */
export class Caller {
  cookie: string | null = null;

  constructor(
    readonly url: string,
    readonly ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
  ) {}

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLReply<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
    }
    const body = (await response.json()) as Omit<GraphQLReply<T>, 'status' | 'setCookie'>;
    return { ...body, status: response.status, setCookie };
  }

  /** The data, or a thrown error naming the GraphQL errors: for steps that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const reply = await this.graphql<T>(query, variables);
    if (reply.errors?.length || !reply.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(reply.errors)}`);
    return reply.data;
  }
}

export const codeOf = (reply: GraphQLReply<unknown>) => reply.errors?.[0]?.extensions?.code;
export const reasonOf = (reply: GraphQLReply<unknown>) => reply.errors?.[0]?.extensions?.reason;
