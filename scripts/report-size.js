// Prints the min / gzip / brotli bytes of the script-tag bundle and of each
// locale file beside it, and writes each file's SRI hash to <file>.sri.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const files = [
  'dist/safeguarding-widgets.js',
  ...readdirSync('dist/locales')
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/locales/${name}`),
];
const fmt = (n) => n.toLocaleString('en-GB').padStart(7);

console.log('file                             min      gzip   brotli  integrity (also in <file>.sri)');
for (const file of files) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, {level: 9}).length;
  const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${integrity}\n`);
  console.log(`${file.padEnd(28)} ${fmt(code.length)} ${fmt(gzip)} ${fmt(brotli)}  ${integrity}`);
}
