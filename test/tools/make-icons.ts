/**
 * Draws the add-in's icons (a checklist on a red tile) and writes them as PNG:
 *   node test/tools/run-ts.cjs test/tools/make-icons.ts
 * Writes assets/icon-{16,32,64,80,128}.png. No image library: shapes are
 * rasterised with 8×8 supersampling and encoded with a minimal PNG writer.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];

/** A shape in unit coordinates (0..1 across the icon); returns its colour or null. */
type Layer = (x: number, y: number) => Rgba | null;

const RED: Rgba = [192, 32, 38, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CHECK: Rgba = [192, 32, 38, 255];
const LINE: Rgba = [120, 120, 120, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: Rgba): Layer {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return null;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r ? colour : null;
  };
}

/** A stroke along a polyline with round joins (distance to the nearest segment ≤ half width). */
function stroke(points: Array<[number, number]>, width: number, colour: Rgba): Layer {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      if (px * px + py * py <= half * half) return colour;
    }
    return null;
  };
}

/** The glyph: a red rounded tile, a white sheet, three rows of check mark + text line. */
function glyph(): Layer[] {
  const layers: Layer[] = [roundedRect(0, 0, 1, 1, 0.18, RED), roundedRect(0.2, 0.12, 0.8, 0.88, 0.05, WHITE)];
  const rows = [0.3, 0.5, 0.7];
  for (const y of rows) {
    layers.push(stroke([[0.28, y], [0.34, y + 0.06], [0.45, y - 0.07]], 0.07, CHECK));
    layers.push(stroke([[0.52, y], [0.71, y]], 0.06, LINE));
  }
  return layers;
}

/** Rasterise to straight-alpha RGBA, averaging premultiplied subsamples. */
export function renderIcon(size: number, samples = 8): Uint8Array {
  const layers = glyph();
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour: Rgba | null = null;
          for (const layer of layers) colour = layer(x, y) ?? colour;
          if (!colour) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      const n = samples * samples;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round((a / n) * 255);
    }
  }
  return out;
}

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
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encode RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const assets = join(__dirname, "..", "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1]?.endsWith("make-icons.ts")) main();
