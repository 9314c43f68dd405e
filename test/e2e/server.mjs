// A tiny static file server for the end-to-end tests: URL prefixes mounted on folders, tried in
// order, on a free port of 127.0.0.1. Enough for built pages, ES modules and MSW's worker.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {[prefix: string, dir: string][]} mounts e.g. [['/dist/', 'build/dist'], ['/', '.'], ['/', 'public']]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(mounts) {
  const roots = mounts.map(([prefix, dir]) => [prefix, resolve(dir)]);

  async function find(pathname) {
    for (const [prefix, root] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      let file = normalize(join(root, pathname.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) continue;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        return { file, body: await readFile(file) };
      } catch {
        // Not in this folder: try the next mount.
      }
    }
    return null;
  }

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = await find(decodeURIComponent(pathname));
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(found.body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
