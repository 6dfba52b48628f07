import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { fingerprint, signBytes, verifyBytes, type KeyPair } from './keys';
import type { TrustRoot } from './trustRoot';

/**
 * A detached signature next to a document: `<name>.sig` beside `<name>`. It covers the
 * document's SHA-256 and its file name, so a signed staff directory cannot be passed off as
 * register rules. Only the admin key signs documents.
 */
export const signatureSchema = z.object({
  v: z.literal(1),
  alg: z.literal('ed25519'),
  key: z.string(),
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.string(),
  sig: z.string(),
});
export type DocumentSignature = z.infer<typeof signatureSchema>;

export const signatureFile = (path: string) => `${path}.sig`;

const message = (name: string, sha256: string) => Buffer.from(`laipni-document/v1\n${name}\n${sha256}`, 'utf8');
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The text of `<name>.sig` for these bytes. */
export function signDocument(keys: KeyPair, name: string, bytes: Uint8Array, at: Date): string {
  const sha256 = sha256Of(bytes);
  const signature: DocumentSignature = {
    v: 1,
    alg: 'ed25519',
    key: fingerprint(keys.publicKey),
    name: basename(name),
    sha256,
    signedAt: at.toISOString(),
    sig: signBytes(keys.privateKey, message(basename(name), sha256)),
  };
  return `${JSON.stringify(signature, null, 1)}\n`;
}

export type SignatureProblem = 'unsigned' | 'bad_signature';

/** Null when `signatureText` is the pinned key's signature of exactly these bytes under this name. */
export function checkDocument(root: TrustRoot, name: string, bytes: Uint8Array, signatureText: string | null): SignatureProblem | null {
  if (signatureText === null) return 'unsigned';
  let parsed;
  try {
    parsed = signatureSchema.safeParse(JSON.parse(signatureText));
  } catch {
    return 'bad_signature';
  }
  if (!parsed.success) return 'bad_signature';
  const s = parsed.data;
  if (s.name !== basename(name) || s.sha256 !== sha256Of(bytes)) return 'bad_signature';
  return verifyBytes(root.publicKey, message(s.name, s.sha256), s.sig) ? null : 'bad_signature';
}
