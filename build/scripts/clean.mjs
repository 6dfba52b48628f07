// Each build starts from an empty out/ so nothing stale (old chunks) reaches the package.
import { rmSync } from 'node:fs';

rmSync(new URL('../../out', import.meta.url), { recursive: true, force: true });
