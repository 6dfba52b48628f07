import type { RegisterEvent } from '../../../../shared/register/event';
import type { Client, Employee, Note, RegisterEntry } from '../../../../shared/register/record';
import { isSealed, SEALED_PREFIX, type Unreadable } from '../../../../shared/register/sealed';
import type { Reviewer } from '../../../../shared/register/codes';
import { aeadOpen, aeadSeal } from './crypto';
import { bucketId, isKeyId, type Keyring } from './keyring';

/**
 * Sealing and opening the personal fields of register events at the register's edges
 * (README.md here). A sealed field is `lpn1.<key id>.<nonce>.<ciphertext>`, AES-256-GCM under
 * the bucket key, its associated data binding the entry id and the field's name, so a
 * ciphertext moved to another entry or field does not open.
 */
export interface FieldPrivacy {
  /** The event with its personal fields sealed, ready for the journal. `entry` is the entry it edits (null for a create). */
  seal(event: RegisterEvent, entry: RegisterEntry | null): Promise<RegisterEvent>;
  /** The entry with the fields this desk can open in plain text; the others empty and named in `unreadable`. */
  open(entry: RegisterEntry): RegisterEntry;
  /** The same for one event of an entry's history. */
  openEvent(event: RegisterEvent): RegisterEvent;
  /** Crypto-shreds a retention bucket under an approved act (the keyring's destruction record). */
  destroy(bucket: string, act: { number: string; date: string }, by: string): Promise<void>;
  /** The buckets whose keys are destroyed, as far as this desk knows. */
  destroyedBuckets(): string[];
  /** A file kept with the entry (a scanned letter), sealed for the same audience as its fields. */
  sealBytes(entry: Pick<RegisterEntry, 'id' | 'institution' | 'kind' | 'registeredAt' | 'routedTo'>, name: string, bytes: Uint8Array): Promise<Uint8Array>;
  /** The file's bytes, or why this desk cannot open it. */
  openBytes(entryId: string, name: string, sealed: Uint8Array): Uint8Array | Unreadable;
}

/** A sealed file starts with this line, then its key id, then the nonce and the ciphertext. */
export const SEALED_FILE_MAGIC = 'lpnf1 ';
export const isSealedFile = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, SEALED_FILE_MAGIC.length)).toString('latin1') === SEALED_FILE_MAGIC;
const fileAd = (rec: string, name: string, keyId: string) => Buffer.from(`laipni file v1\n${rec}\n${name}\n${keyId}`);

const ad = (rec: string, field: string, keyId: string) => Buffer.from(`laipni field v1\n${rec}\n${field}\n${keyId}`);
const b64 = (b: Buffer) => b.toString('base64url');

export function fieldPrivacy(ring: Keyring): FieldPrivacy {
  const sealText = (rec: string, field: string, keyId: string, key: Buffer, text: string): string => {
    const s = aeadSeal(key, Buffer.from(text, 'utf8'), ad(rec, field, keyId));
    return `${SEALED_PREFIX}${keyId}.${b64(s.nonce)}.${b64(s.ct)}`;
  };

  /** Plain text, or why not: no key on this desk, or the bucket destroyed. */
  const openText = (rec: string, field: string, value: string, problems: Unreadable[]): string => {
    if (!isSealed(value)) return value;
    const [, keyId = '', nonce = '', ct = ''] = value.split('.');
    const key = isKeyId(keyId) ? ring.lookup(keyId) : null;
    if (key && !Buffer.isBuffer(key)) {
      problems.push({ field, reason: 'destroyed', destroyedOn: key.act.date, act: key.act.number });
      return '';
    }
    const plain = key ? aeadOpen(key, { nonce: Buffer.from(nonce, 'base64url'), ct: Buffer.from(ct, 'base64url') }, ad(rec, field, keyId)) : null;
    if (!plain) {
      problems.push({ field, reason: 'no_key' });
      return '';
    }
    return plain.toString('utf8');
  };

  type Map = (field: string, value: string) => string;
  const mapClient = (c: Client, f: Map): Client =>
    c.anonymous ? c : { ...c, name: f('client.name', c.name), contact: f('client.contact', c.contact), purpose: f('client.purpose', c.purpose) };
  const mapEmployee = (e: Employee | null, f: Map): Employee | null => (e ? { ...e, name: f('employee.name', e.name) } : e);

  /** The personal fields of an event's `f`, mapped by `f` (seal or open). */
  function mapFields(event: RegisterEvent, f: Map): RegisterEvent {
    const fields = { ...(event.f as Record<string, unknown>) };
    if (event.op === 'note') fields.text = f(`note.${event.id}`, fields.text as string);
    if (event.op === 'create' || event.op === 'set') {
      if (typeof fields.description === 'string') fields.description = f('description', fields.description);
      if (fields.client) fields.client = mapClient(fields.client as Client, f);
      if (fields.employee !== undefined) fields.employee = mapEmployee(fields.employee as Employee | null, f);
      if (typeof fields.reply === 'string') fields.reply = f('reply', fields.reply);
    }
    return { ...event, f: fields } as RegisterEvent;
  }

  /** Whether an event carries any personal text to seal (an erasure writes none). */
  const hasText = (event: RegisterEvent) => {
    let found = false;
    mapFields(event, (_field, value) => ((found ||= value !== ''), value));
    return found;
  };

  return {
    async seal(event, entry) {
      if (event.op === 'void') return event;
      // Nothing to hide: no key is needed, so a destroyed bucket's entry can still record its destruction.
      if (event.op === 'set' && !hasText(event)) return event;
      const base =
        event.op === 'create'
          ? { institution: event.f.institution, kind: event.f.kind, registeredAt: event.f.registeredAt, routedTo: event.f.routedTo }
          : entry;
      if (!base) return event;
      const role: Reviewer = (event.op === 'set' && event.f.routedTo) || base.routedTo;
      const { id, key } = await ring.sealingKey(bucketId(base.institution, base.kind, base.registeredAt.slice(0, 7)), role);
      return mapFields(event, (field, value) => sealText(event.rec, field, id, key, value));
    },
    open(entry) {
      const problems: Unreadable[] = [];
      const f: Map = (field, value) => openText(entry.id, field, value, problems);
      const notes: Note[] = entry.notes.map((n) => ({ ...n, text: openText(entry.id, `note.${n.id}`, n.text, problems) }));
      const opened: RegisterEntry = {
        ...entry,
        description: f('description', entry.description),
        client: mapClient(entry.client, f),
        employee: mapEmployee(entry.employee, f),
        reply: entry.reply === null ? null : f('reply', entry.reply),
        notes,
      };
      return problems.length ? { ...opened, unreadable: problems } : opened;
    },
    async destroy(bucket, act, by) {
      await ring.destroy(bucket, act, by);
    },
    destroyedBuckets: () => ring.destructions().map((d) => d.bucket),
    async sealBytes(entry, name, bytes) {
      const { id, key } = await ring.sealingKey(bucketId(entry.institution, entry.kind, entry.registeredAt.slice(0, 7)), entry.routedTo);
      const sealed = aeadSeal(key, Buffer.from(bytes), fileAd(entry.id, name, id));
      return new Uint8Array(Buffer.concat([Buffer.from(`${SEALED_FILE_MAGIC}${id}\n`, 'latin1'), sealed.nonce, sealed.ct]));
    },
    openBytes(entryId, name, sealed) {
      const blob = Buffer.from(sealed);
      const end = blob.indexOf(0x0a);
      const keyId = end > 0 ? blob.subarray(SEALED_FILE_MAGIC.length, end).toString('latin1') : '';
      const key = isKeyId(keyId) ? ring.lookup(keyId) : null;
      if (key && !Buffer.isBuffer(key)) return { field: 'attachment', reason: 'destroyed', destroyedOn: key.act.date, act: key.act.number };
      const body = blob.subarray(end + 1);
      const plain = key ? aeadOpen(key, { nonce: body.subarray(0, 12), ct: body.subarray(12) }, fileAd(entryId, name, keyId)) : null;
      return plain ? new Uint8Array(plain) : { field: 'attachment', reason: 'no_key' };
    },
    openEvent(event) {
      const problems: Unreadable[] = [];
      return mapFields(event, (field, value) => openText(event.rec, field, value, problems));
    },
  };
}
