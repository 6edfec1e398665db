// What a browser profile holds on disk, for the tests that no secret is ever written there in plaintext.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * A secret and pieces of it that cover it (10 characters each, the last piece ending with the secret):
 * browsers compress what they store (Snappy in IndexedDB and LevelDB), and a compressor writes a repeated
 * part (the "amzn.mws." of a second token) as a reference, so the whole string may not be on disk when most
 * of it is.
 */
function pieces(secret, size = 10) {
  const found = new Set([secret]);
  for (let start = 0; start < secret.length; start += size) {
    found.add(secret.slice(Math.max(0, Math.min(start, secret.length - size)), start + size));
  }
  return [...found];
}

/**
 * The text of a Firefox mozLz4 file (the session store's `*.jsonlz4`, …), or null for any other file: the
 * magic "mozLz40\0", the decompressed size (4 bytes), then one LZ4 block. Searched as stored, a string in it
 * may be cut by back-references to earlier bytes (a word the file holds elsewhere), so the file is read
 * decompressed too.
 */
export function mozLz4Text(bytes) {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== 'mozLz40\0') return null;
  const out = Buffer.alloc(bytes.readUInt32LE(8));
  let i = 12;
  let o = 0;
  const length = (n) => {
    if (n !== 15) return n;
    let more;
    do {
      more = bytes[i++];
      n += more;
    } while (more === 255 && i < bytes.length);
    return n;
  };
  while (i < bytes.length) {
    const token = bytes[i++];
    const literals = length(token >> 4);
    bytes.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= bytes.length) break; // the last sequence has literals only
    const offset = bytes[i] | (bytes[i + 1] << 8);
    i += 2;
    const match = length(token & 15) + 4;
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset];
  }
  return out.subarray(0, o);
}

/**
 * Reads every file of `profile` (up to 50 MB each; mozLz4 files decompressed as well) and returns how many
 * it read and which hold one of `secrets`, or a piece of one, as UTF-8 or UTF-16 text ("file: piece" each).
 * Secrets of 10 characters or more that occur nowhere else: a piece must not be a word a browser writes
 * anyway.
 */
export async function secretsInProfile(profile, secrets) {
  const needles = secrets
    .flatMap((secret) => pieces(secret))
    .flatMap((piece) => [
      [piece, Buffer.from(piece, 'utf8')],
      [piece, Buffer.from(piece, 'utf16le')],
    ]);
  const found = [];
  let scanned = 0;
  for await (const file of files(profile)) {
    if ((await stat(file)).size > 50_000_000) continue;
    const bytes = await readFile(file);
    const text = mozLz4Text(bytes);
    scanned++;
    for (const [piece, needle] of needles)
      if (bytes.includes(needle) || text?.includes(needle)) found.push(`${relative(profile, file)}: ${piece}`);
  }
  return { scanned, found };
}
