import type { Channel, EventName, Handlers, PayloadOf } from '../../shared/contract';
import { ContractError } from '../../shared/contract/result';
import type { Client } from '../../shared/contract/client';
import type { EffectiveConfig } from '../../shared/config/schema';
import { resolveConfig } from '../../shared/config/schema';
import type { AppInfo } from '../../shared/app/contract';
import { ATTACHMENT_MIME, attachmentProblem, sniffAttachment } from '../../shared/review/attachments';
import type { AttachmentRow } from '../../shared/review/contract';

/**
 * A client implementing the contract in memory, for component tests: answers come from the
 * handlers given, events are pushed with `emit`, and every call is recorded.
 */
export function createFakeClient(handlers: Partial<Handlers>) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: Array<[Channel, unknown]> = [];
  const client: Client = {
    async call(channel, ...args) {
      calls.push([channel, args[0]]);
      const handler = handlers[channel] as ((req: unknown, ctx: { window: 'desk' }) => unknown) | undefined;
      if (!handler) throw new ContractError('unknown_channel', `fake has no ${channel}`);
      return (await handler(args[0], { window: 'desk' })) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = <E extends EventName>(event: E, payload: PayloadOf<E>) => listeners.get(event)?.forEach((l) => l(payload));
  return { client, calls, emit };
}

export const sampleConfig = (overrides: Record<string, string> = {}): EffectiveConfig =>
  resolveConfig({
    machineFile: {
      path: '/etc/laipni/config.json',
      status: 'ok',
      data: { shareFolder: '/srv/laipni', institution: 'RNP', institutionName: 'Paraugu pagasts', desk: 'K2' },
    },
    env: overrides,
    flags: {},
  });

export const sampleInfo: AppInfo = {
  name: 'Laipni',
  version: '0.1.0',
  mode: 'electron',
  platform: 'win32',
  versions: { electron: '45.4.1', chrome: '140', node: '22' },
  dataFolder: 'C:\\Users\\anna\\AppData\\Roaming\\Laipni',
  logFile: 'C:\\Users\\anna\\AppData\\Roaming\\Laipni\\logs\\laipni.log',
};

/**
 * The attachment channels over memory, refusing what main's store refuses with the same
 * problem codes (by content, size and emptiness). `files` holds what was added, per entry.
 */
export function fakeAttachments(readable: (id: string) => boolean = () => true) {
  const files = new Map<string, Array<AttachmentRow & { bytes: Uint8Array }>>();
  const check = (id: string) => {
    if (!readable(id)) throw new ContractError('forbidden_role', `No access to entry ${id}`);
  };
  const rows = (id: string): AttachmentRow[] => (files.get(id) ?? []).map(({ bytes: _bytes, ...row }) => row);
  const handlers: Pick<Handlers, 'review:attachments' | 'review:attach' | 'review:attachment'> = {
    'review:attachments': ({ id }) => (check(id), rows(id)),
    'review:attach': ({ id, base64 }) => {
      check(id);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const problem = attachmentProblem(bytes);
      if (problem) throw new ContractError('invalid_request', `attachment ${problem}`, { field: `attachment_${problem}` });
      const type = sniffAttachment(bytes)!;
      const list = files.get(id) ?? [];
      list.push({ file: `${String(list.length + 1).padStart(64, '0')}.${type}`, type, mime: ATTACHMENT_MIME[type], size: bytes.length, bytes });
      files.set(id, list);
      return rows(id);
    },
    'review:attachment': ({ id, file }) => {
      check(id);
      const found = (files.get(id) ?? []).find((f) => f.file === file);
      if (!found) throw new ContractError('not_found', file);
      return { fileName: `pielikums.${found.type}`, mime: found.mime, base64: btoa(String.fromCharCode(...found.bytes)) };
    },
  };
  return { handlers, files };
}
