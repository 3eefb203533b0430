/**
 * Zip archives of dataset files: the CSV export is offered as one .zip (browsers ask before saving five files at
 * once), and a .zip of dataset files opens like the files themselves. Pure: bytes in, bytes out.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';

/** One file taken out of an archive. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Zip text files (deflated; CSV shrinks about tenfold). */
export function zipTextFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])), { level: 6 });
}

/** Whether an archive entry is worth reading: a .json or .csv file, not a folder or macOS metadata. */
function wanted(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return !name.startsWith('__MACOSX/') && !base.startsWith('.') && /\.(csv|json)$/i.test(base);
}

/**
 * Take the .json and .csv files out of a zip archive, refusing one that would unpack to more than `maxBytes`.
 * Throws on a damaged archive (the caller reports it); returns `null` when the archive is over the limit.
 */
export function unzipDatasetFiles(data: Uint8Array, maxBytes: number): ZipEntry[] | null {
  let total = 0;
  let tooBig = false;
  const out = unzipSync(data, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      total += file.originalSize;
      if (total > maxBytes) tooBig = true;
      return !tooBig;
    },
  });
  if (tooBig) return null;
  return Object.entries(out).map(([name, bytes]) => ({ name: name.split('/').pop() ?? name, bytes }));
}
