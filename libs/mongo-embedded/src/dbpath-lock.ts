import * as fs from 'node:fs';
import * as path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two servers replaying and appending the same journal would corrupt it, so a data directory
 * belongs to one process at a time. A lock left by a killed process is taken over.
 */
const heldHere = new Set<string>();

export function lockDbPath(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(fs.realpathSync(dir), 'punte-db.lock');
  if (heldHere.has(file))
    throw new Error(`the data directory ${dir} is in use by another database server in this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && alive(owner)) {
        throw new Error(`the data directory ${dir} is in use by another database server (process ${owner})`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the data directory ${dir}`);
}
