/** Turns whatever stopped start-up into one line a volunteer can act on. */
export function describeStartupError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (err?.code === 'EADDRINUSE') {
    return `port ${err.port ?? ''} on ${err.address ?? 'this host'} is already in use; stop the other program or set PORT`;
  }
  if (err?.code === 'EACCES')
    return `no permission to listen on port ${err.port ?? ''}; choose a port above 1024 with PORT`;
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error);
}
