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
 * Reads every file of `profile` (up to 50 MB each) and returns how many it read and which hold one of
 * `secrets`, or a piece of one, as UTF-8 or UTF-16 text ("file: piece" each). Secrets of 10 characters or
 * more that occur nowhere else: a piece must not be a word a browser writes anyway.
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
    scanned++;
    for (const [piece, needle] of needles)
      if (bytes.includes(needle)) found.push(`${relative(profile, file)}: ${piece}`);
  }
  return { scanned, found };
}
