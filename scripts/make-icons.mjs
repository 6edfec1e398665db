// Draws ShipBridge's icon (a bridge over water on green) at every size the manifest needs, as PNG.
// Run once after changing the drawing: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [11, 110, 79];
const WHITE = [255, 255, 255];
const WATER = [120, 200, 170];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function pixel(x, y) {
  // Unit square coordinates; a rounded square background.
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // Deck, arch and towers of the bridge; water below.
  const deck = y > 0.5 && y < 0.57 && x > 0.14 && x < 0.86;
  const arch = Math.abs((x - 0.5) ** 2 / 0.14 + (y - 0.5) - 0.0) < 0.035 && y < 0.55 && y > 0.2;
  const tower = (Math.abs(x - 0.28) < 0.035 || Math.abs(x - 0.72) < 0.035) && y > 0.3 && y < 0.72;
  const water = y > 0.76 && y < 0.8 && x > 0.18 && x < 0.82;
  if (deck || arch || tower) return [...WHITE, 255];
  if (water) return [...WATER, 255];
  return [...GREEN, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4× supersampling for smooth edges at small sizes.
      const acc = [0, 0, 0, 0];
      for (let s = 0; s < 4; s++) {
        const p = pixel((x + (s % 2) * 0.5 + 0.25) / size, (y + Math.floor(s / 2) * 0.5 + 0.25) / size);
        for (let i = 0; i < 4; i++) acc[i] += p[i] / 4;
      }
      raw.set(acc.map(Math.round), y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
