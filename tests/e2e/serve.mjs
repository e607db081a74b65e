// Serves a build folder on 127.0.0.1 the way a static host with an index
// fallback does: files as they are, any other path gets index.html. Bodies
// are gzip-compressed once per file version, as a host that precompresses
// would, so that timings measure the app rather than this server.
// Usage: node serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
    if ((await stat(path)).isFile()) return path;
  } catch {}
  return null;
}

/** The gzip body of each file, kept while the file is unchanged. */
const compressed = new Map();

async function gzipped(path, body) {
  const { mtimeMs, size } = await stat(path);
  const known = compressed.get(path);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known.body;
  const fresh = { mtimeMs, size, body: gzipSync(body) };
  compressed.set(path, fresh);
  return fresh.body;
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = (await fileFor(url.pathname)) ?? join(root, 'index.html');
  try {
    let body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !path.endsWith('.png')) {
      body = await gzipped(path, body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('build missing: run trunk build --release');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
