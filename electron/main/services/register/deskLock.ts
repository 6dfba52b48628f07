import { open, readFile, unlink } from 'node:fs/promises';

/**
 * One process at a time per desk data folder: two writers would give two entries the same
 * register number. A lock left by a process that died (killed, power cut) is taken over.
 */
export class DeskBusyError extends Error {
  constructor(readonly pid: number) {
    super(`the desk's register is open in process ${pid}`);
    this.name = 'DeskBusyError';
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function acquireDeskLock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(file).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DeskBusyError(pid);
      await unlink(file).catch(() => undefined);
    }
  }
  throw new DeskBusyError(0);
}
