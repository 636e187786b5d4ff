/**
 * Draws the add-in's ribbon and store icons (assets/icon-<size>.png): a green rounded square with a white
 * check mark. Node built-ins only: the PNG is written by hand (IHDR, one zlib-deflated IDAT, IEND, CRC-32).
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128] as const;
const GREEN: readonly [number, number, number] = [0x21, 0x73, 0x46]; // Excel green
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];
/** Samples per pixel edge: 4 × 4 sub-pixels give smooth edges at 16 px. */
const SUPERSAMPLE = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels, row by row, as an 8-bit truecolour-with-alpha PNG. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Is (x, y), in units of the icon's edge (0..1), inside the rounded square? */
function inRoundedSquare(x: number, y: number): boolean {
  const inset = 0.04;
  const radius = 0.2;
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (
    x >= inset &&
    x <= 1 - inset &&
    y >= inset &&
    y <= 1 - inset &&
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
  );
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(Math.max(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Is (x, y) on the check mark: two thick strokes meeting at the bottom, with round caps? */
function onCheckMark(x: number, y: number, size: number): boolean {
  // Small icons get a relatively thicker stroke so the mark stays legible at 16 px.
  const half = size <= 16 ? 0.085 : size <= 32 ? 0.075 : 0.065;
  const a = [0.25, 0.52] as const;
  const b = [0.43, 0.7] as const;
  const c = [0.76, 0.32] as const;
  return distanceToSegment(x, y, ...a, ...b) <= half || distanceToSegment(x, y, ...b, ...c) <= half;
}

export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (inRoundedSquare(x, y)) {
            square++;
            if (onCheckMark(x, y, size)) check++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (square === 0) continue; // fully transparent
      // Colour inside the square: green blended with white by the check mark's coverage of the square.
      const w = check / square;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(GREEN[i]! * (1 - w) + WHITE[i]! * w);
      rgba[o + 3] = Math.round((255 * square) / (n * n));
    }
  }
  return encodePng(size, rgba);
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    const png = drawIcon(size);
    writeFileSync(file, png);
    console.log(`已生成 ${file}（${size}×${size}，${png.length} 字节）`);
  }
}

if (require.main === module) main();
