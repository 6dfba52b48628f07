/**
 * Attachments to a register entry: a scanned letter or a photo. They are typed by their first
 * bytes, never by the file name or what the sender says, and only PDF, JPEG and PNG are taken:
 * the app only ever shows them as an image or a PDF, or saves them, and never runs anything.
 */
export const ATTACHMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_MIME: Record<AttachmentType, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };

/** A phone photo or a scanned letter of a few pages fits; a scanned book does not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The type the content says it is, or null when it is none of the accepted ones. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  return null;
}

export type AttachmentProblem = 'empty' | 'too_large' | 'wrong_type';

/** Why these bytes cannot be attached, or null when they can (an i18n key under `attachment.`). */
export function attachmentProblem(bytes: Uint8Array): AttachmentProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return 'too_large';
  return sniffAttachment(bytes) === null ? 'wrong_type' : null;
}
