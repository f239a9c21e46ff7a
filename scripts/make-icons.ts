// Draws the VNA Lens icon (a lens over a red square, the VNA red) at every manifest size and
// writes public/icon/<size>.png. Pure Node (zlib), so it runs anywhere: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const s = 4; // supersampling for smooth edges
  return png(size, (x, y) => {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let i = 0; i < s; i++)
      for (let j = 0; j < s; j++) {
        const u = (x + (i + 0.5) / s) / size;
        const v = (y + (j + 0.5) / s) / size;
        const [pr, pg, pb, pa] = sample(u, v);
        r += pr * pa;
        g += pg * pa;
        b += pb * pa;
        a += pa;
      }
    const n = s * s;
    return a === 0
      ? [0, 0, 0, 0]
      : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)];
  });
}

/** The drawing in unit coordinates: rounded red square, white lens ring and handle, gold star. */
function sample(u: number, v: number): [number, number, number, number] {
  const corner = 0.18;
  const dx = Math.max(corner - u, u - (1 - corner), 0);
  const dy = Math.max(corner - v, v - (1 - corner), 0);
  if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
  const cx = 0.44,
    cy = 0.42,
    d = Math.hypot(u - cx, v - cy);
  const ring = d > 0.2 && d < 0.28;
  const t = (u - cx + (v - cy)) / 2; // along the handle's diagonal
  const off = Math.abs(u - cx - (v - cy)) / Math.SQRT2;
  const handle = t > 0.2 && t < 0.36 && off < 0.055;
  if (ring || handle) return [255, 255, 255, 1];
  if (d <= 0.2 && star(u - cx, v - cy, 0.13)) return [255, 205, 0, 1];
  return [179, 19, 27, 1];
}

function star(x: number, y: number, r: number): boolean {
  const ang = Math.atan2(y, x) + Math.PI / 2;
  const k =
    Math.cos((2 * Math.PI) / 5) /
    Math.cos((((ang % ((2 * Math.PI) / 5)) + (2 * Math.PI) / 5) % ((2 * Math.PI) / 5)) - Math.PI / 5);
  return Math.hypot(x, y) < r * (0.5 + 0.5 * Math.abs(k));
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
