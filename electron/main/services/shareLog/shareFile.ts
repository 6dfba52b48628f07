import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Absent on Windows, where neither FIFOs nor following links on open are a concern. */
const SAFE_READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A small document on the share (the marker, `desk.json`, a published directory or rules file),
 * read whole the way the logs are read: never through a symbolic link, never from a FIFO or a
 * device (a FIFO would block the read for good), never more than `maxBytes`. Anything else is
 * an error with code `EINVAL` (not a regular file) or `EFBIG` (too large), never a hang or a
 * crash; a missing file keeps its `ENOENT`.
 */
export async function readShareFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, SAFE_READ);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR' || code === 'EMLINK') throw irregular(path);
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw irregular(path);
    if (info.size > maxBytes) throw Object.assign(new Error(`larger than ${maxBytes} bytes: ${path}`), { code: 'EFBIG' });
    const buffer = Buffer.alloc(info.size);
    let done = 0;
    while (done < buffer.length) {
      const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return buffer.subarray(0, done);
  } finally {
    await handle.close();
  }
}

const irregular = (path: string) => Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
