// @ts-check
// Makes the site's bitmap icons from its one drawing, app/icon.svg, and writes them where Next.js and the web app
// manifest (app/manifest.ts) look for them:
//   app/favicon.ico            16, 32 and 48 px, for browsers and tools that ask for /favicon.ico
//   app/apple-icon.png         180 px, square and edge to edge (iOS rounds the corners itself)
//   public/icons/icon-192.png  192 px and 512 px, for the manifest
//   public/icons/icon-512.png
//   public/icons/maskable-512.png  the mark inside the middle 80 %, which Android may cut to a circle
// The files are committed: run this (`node scripts/make-icons.mjs`) only when app/icon.svg changes. It uses sharp,
// which Next.js installs for its image optimiser.
//
// Plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib/process.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
/** @type {any} */
const sharp = require('sharp');

const source = fs.readFileSync(path.join(ROOT, 'app/icon.svg'), 'utf8');
const BRAND = '#1d3a5f';

/**
 * The drawing on a square with no rounded corners, the mark scaled about the centre (1 keeps it as drawn).
 * @param {number} scale
 */
function fullBleed(scale) {
  const marks = source.replace(/^.*?<rect[^>]*\/>/s, '').replace(/<\/svg>\s*$/, '');
  const shift = 16 * (1 - scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/>` +
    `<g transform="translate(${shift} ${shift}) scale(${scale})">${marks}</g></svg>`
  );
}

/** @param {string} svg @param {number} size @returns {Promise<Buffer>} */
function png(svg, size) {
  return sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico holding PNG images (allowed since Windows Vista; every current browser reads them). @param {{ size: number; data: Buffer }[]} images */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

/** @param {string} file @param {Buffer} data */
function write(file, data) {
  const full = path.join(ROOT, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, data);
  console.log(`${file}: ${data.length} bytes`);
}

const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(source, size) })));
write('app/favicon.ico', ico(favicon));
write('app/apple-icon.png', await png(fullBleed(0.8), 180));
write('public/icons/icon-192.png', await png(source, 192));
write('public/icons/icon-512.png', await png(source, 512));
write('public/icons/maskable-512.png', await png(fullBleed(0.7), 512));
