// Starts serve.mjs on a build folder for a script (the speed benchmark,
// Lighthouse) and stops it when the script ends.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Serves `dist` on 127.0.0.1:`port`; resolves to its base URL once it answers. */
export async function serveBuild(dist, port) {
  const root = resolve(here, dist);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`no release build in ${root}: run 'make release' first`);
  }
  const server = spawn(process.execPath, [resolve(here, 'serve.mjs'), root, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => server.exitCode === null && server.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  await new Promise((ready, fail) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('serving') && ready());
    server.on('exit', (code) => fail(new Error(`the build server stopped (exit ${code}); is port ${port} taken?`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop };
}
