import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from './spawn-cli';

/** The bundled sample workbook and its previous winners list. */
export const SAMPLE = {
  workbook: join(ROOT, 'samples', 'recommendation-sample.xlsx'),
  winners: join(ROOT, 'samples', 'previous-winners-sample.csv'),
};

/** A fresh directory under os.tmpdir() for one test's inputs. */
export interface TempDir {
  /** The directory itself. */
  readonly path: string;
  /** Writes a file into the directory and returns its path. */
  write(name: string, content: Uint8Array | string): string;
  /** Copies a file into the directory under a name and returns the copy's path. */
  copy(from: string, name: string): string;
  /** The path of a name in the directory (the file need not exist). */
  file(name: string): string;
}

function makeTempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'quota-check-cli-'));
  return {
    path,
    write(name, content) {
      const target = join(path, name);
      writeFileSync(target, content);
      return target;
    },
    copy(from, name) {
      const target = join(path, name);
      copyFileSync(from, target);
      return target;
    },
    file: (name) => join(path, name),
  };
}

/**
 * Registers jest hooks that give every test of the enclosing block a fresh temp dir, removed after the test. Read
 * `current()` inside a test, never at collection time.
 */
export function useTempDir(): { current(): TempDir } {
  let dir: TempDir | undefined;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    if (dir) rmSync(dir.path, { recursive: true, force: true });
    dir = undefined;
  });
  return {
    current() {
      if (!dir) throw new Error('useTempDir: no temp dir outside a test');
      return dir;
    },
  };
}

/**
 * Bytes that no reader can take for a file of any kind: a fixed pseudo-random sequence (the same on every run), with
 * neither a zip nor an OLE2 signature, and far too many control characters for text.
 */
export function garbageBytes(length = 4096, seed = 0x5eed): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    bytes[i] = (state >>> 16) & 0xff;
  }
  bytes[0] = 0x01; // never PK (zip) nor D0 CF (OLE2)
  return bytes;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A minimal OLE2 compound file (the container of a legacy .xls, and of a password-protected .xlsx): the signature,
 * then filler. With `encrypted`, the UTF-16LE stream name `EncryptedPackage` sits in its directory sector, as in an
 * .xlsx that Excel saved with an opening password; without it, it's what a legacy .xls looks like from outside.
 */
export function cfbBytes(options: { encrypted?: boolean } = {}): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(CFB_SIGNATURE, 0);
  // Minor/major version 3, byte order FFFE, sector shift 9 (512-byte sectors): as in a real header.
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  const rootEntry = Buffer.from('Root Entry', 'utf16le');
  bytes.set(rootEntry, 512);
  const stream = Buffer.from(options.encrypted ? 'EncryptedPackage' : 'Workbook', 'utf16le');
  bytes.set(stream, 640);
  return bytes;
}

/** A zip that holds one text file, by default nothing of an Office document, or the named part of one. */
export async function zipOfTextFile(name = 'readme.txt'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(name, '这不是工作簿。\nThis is no workbook.\n');
  return zip.generateAsync({ type: 'uint8array' });
}
