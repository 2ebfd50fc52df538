/** The client's address as Fastify computed it (X-Forwarded-For only from a trusted proxy). */
export function clientAddress(request: unknown): string {
  const ip = (request as { ip?: unknown } | undefined)?.ip;
  return typeof ip === 'string' && ip.length > 0 ? ip : 'unknown';
}
