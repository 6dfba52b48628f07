import { nodeSha256Hex } from '../register/nodeHash';
import { registerPaths } from '../register/openRegister';
import type { RegisterRuntime } from '../register/registerRuntime';
import { createEventHistory } from './eventHistory';
import { registerSource, type ReviewSource } from './source';

/** Review's source: the app's own register, with history read from its journal and the share. */
export async function reviewSource(
  register: Pick<RegisterRuntime, 'service'> & Partial<Pick<RegisterRuntime, 'assertMayWrite'>>,
  shareFolder: string | null,
  dataDir: string,
): Promise<ReviewSource> {
  const service = await register.service();
  const history = createEventHistory({ journalFile: registerPaths(dataDir).journal, shareFolder, hash: nodeSha256Hex });
  service.onChange(() => history.touch());
  return registerSource(service, history, register.assertMayWrite);
}
