/**
 * The share's append-only logs: the only code that reads or appends to them. See README.md
 * in this folder for what it guarantees.
 */
export { shareLogIo, writeAll, type LogHandle, type ShareLogIo } from './io';
export { emptyCursors, restoreCursors, type Cursors, type FileCursor } from './cursors';
export {
  accessDir,
  accessFile,
  accessLogs,
  classify,
  conflictHoldsEvents,
  deskDir,
  deskLogFile,
  deskLogs,
  desksDir,
  families,
  localLog,
  registerSegments,
  sealName,
  segmentName,
  signaturesName,
  type FileRole,
  type LogFamily,
  type LogFile,
  type LogListing,
} from './families';
export { readSeal, sealSchema, writeSeal, type Seal } from './seals';
export { batchLine, GENESIS, readBatches, signBatch, verifiedPrefix, type BatchProblem, type BatchSignature, type VerifiedPrefix } from './batches';
export {
  DEFAULT_LIMITS,
  readLogs,
  type Authority,
  type HoldReason,
  type LineBatch,
  type OnLines,
  type ReadLimits,
  type ReadOptions,
  type ReadReport,
  type SkipReason,
} from './reader';
export { lineAt } from './lines';
export { catchUp, type CatchUp } from './writer';
export { readShareFile } from './shareFile';
export { createDeskLog, type DeskLog } from './deskLog';
export { writeOnce } from './writeOnce';
