import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/**
 * A stand-in Windows Electron folder (`electronDist`) for packaging tests, since Electron's
 * Windows build cannot be fetched here: `electron.exe` is one of Wine's own 64-bit programs
 * (a real PE file), with what electron-builder edits in Electron's binary — a version resource
 * (it adds the asar integrity resource beside it) and the fuse wire (a sentinel, version 1,
 * eight fuses at Electron's defaults), kept in a resource so that rewriting the file keeps it.
 */
export const WINE_PROGRAMS = '/usr/lib/x86_64-linux-gnu/wine/x86_64-windows';
const FUSE_WIRE = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0810110001';

export function makeWindowsStandIn(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(join(WINE_PROGRAMS, 'expand.exe'));
  // Wine's programs carry a COFF symbol table the PE editor refuses; Windows ignores it, so it is cleared.
  const coff = bytes.readUInt32LE(0x3c) + 4;
  bytes.writeUInt32LE(0, coff + 8);
  bytes.writeUInt32LE(0, coff + 12);
  const exe = NtExecutable.from(bytes);
  const res = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.setFileVersion(45, 0, 0, 0, 1033);
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron stand-in', FileDescription: 'Electron stand-in' });
  version.outputToResourceEntries(res.entries);
  res.entries.push({ type: 10, id: 'FUSEWIRE', lang: 1033, codepage: 1200, bin: Uint8Array.from(FUSE_WIRE, (c) => c.charCodeAt(0)).buffer });
  res.outputResource(exe);
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  copyFileSync(join(WINE_PROGRAMS, 'expand.exe'), join(dir, 'ffmpeg.dll'));
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  return dir;
}
