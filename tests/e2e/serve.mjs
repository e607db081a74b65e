// Serves a build folder on 127.0.0.1 the way a static host with an index
// fallback does: files as they are, a folder its index.html (the pages
// rendered at build time), any other path gets index.html. Bodies
// are compressed as a host that precompresses its files serves them: Brotli
// (quality 11) to browsers that accept it, gzip (level 9) to the others. Every
// file is compressed once, before the server answers and again when it
// changes, so that timings measure the app rather than this server.
// Usage: node serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? '../../dist');
const port = Number(process.argv[3] ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};

async function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // not a file name: the app's page answers, as on a static host
  }
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return null;
  try {
    const found = await stat(path);
    if (found.isFile()) return path;
    // A page rendered at build time: PATH/index.html, as a static host serves it.
    if (found.isDirectory() && (await stat(join(path, 'index.html'))).isFile()) return join(path, 'index.html');
  } catch {}
  return null;
}

const ENCODERS = {
  br: (body) =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/** PNGs are compressed already. */
const compressible = (path) => !path.endsWith('.png');

/** The compressed bodies of each file, kept while the file is unchanged. */
const compressed = new Map();

async function encoded(path, body, encoding) {
  const { mtimeMs, size } = await stat(path);
  let known = compressed.get(path);
  if (!known || known.mtimeMs !== mtimeMs || known.size !== size) {
    known = { mtimeMs, size };
    compressed.set(path, known);
  }
  known[encoding] ??= ENCODERS[encoding](body);
  return known[encoding];
}

/** The best encoding the request accepts, if any. */
function encodingFor(req) {
  const accepted = req.headers['accept-encoding'] ?? '';
  return Object.keys(ENCODERS).find((encoding) => new RegExp(`\\b${encoding}\\b`).test(accepted));
}

/** Compresses every file of the build in both encodings. */
async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await precompress(path);
    else if (compressible(path)) {
      const body = await readFile(path);
      for (const encoding of Object.keys(ENCODERS)) await encoded(path, body, encoding);
    }
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = (await fileFor(url.pathname)) ?? join(root, 'index.html');
  try {
    let body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const encoding = compressible(path) ? encodingFor(req) : undefined;
    if (compressible(path)) headers.vary = 'Accept-Encoding';
    if (encoding) {
      body = await encoded(path, body, encoding);
      headers['content-encoding'] = encoding;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('build missing: run make release');
  }
});

try {
  await precompress(root);
} catch {
  // No build yet: each request says so.
}
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
