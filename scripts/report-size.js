// Prints the bundle's min / gzip / brotli bytes and writes its SRI hash.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const file = 'dist/safeguarding-widgets.js';
const code = readFileSync(file);
const sizes = {
  min: code.length,
  gzip: gzipSync(code, {level: 9}).length,
  brotli: brotliCompressSync(code, {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11},
  }).length,
};
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);

const fmt = (n) => n.toLocaleString('en-GB').padStart(8);
console.log(`${file}`);
console.log(`  min    ${fmt(sizes.min)} B`);
console.log(`  gzip   ${fmt(sizes.gzip)} B`);
console.log(`  brotli ${fmt(sizes.brotli)} B`);
console.log(`  integrity ${integrity} (in ${file}.sri)`);
