/**
 * A static server for the demo: the bundled reference page (demo/reference-page.html, the embedded default) at
 * /byline-demo/, test fixtures under /byline-demo/fixtures/ and /fixtures/. Loopback only; it serves files, nothing else.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEMO_PATH } from '../utils/matches';

const ROOT = resolve(import.meta.dirname, '..');
export const DEMO_PAGE = join(ROOT, 'demo', 'reference-page.html');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface DemoServer {
  server: Server;
  /** http://127.0.0.1:PORT/byline-demo/ */
  url: string;
  close(): Promise<void>;
}

/** `pages`: extra pages held in memory, served under the demo path by name (the benchmark's generated pages). */
export async function startDemoServer(options: { port?: number; page?: string; pages?: Record<string, string> } = {}): Promise<DemoServer> {
  const page = options.page ?? DEMO_PAGE;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path === DEMO_PATH || path === DEMO_PATH.slice(0, -1)) file = page;
    else {
      // Fixtures under the demo path get Byline by themselves; under /fixtures/ only when the user asks for a scan.
      // /byline-demo/e2e/ holds the pages that change under Byline, for the E2E tests.
      const routes: Array<[string, string]> = [[`${DEMO_PATH}fixtures/`, 'fixtures'], ['/fixtures/', 'fixtures'], [`${DEMO_PATH}e2e/`, join('e2e', 'pages')]];
      const route = routes.find(([prefix]) => path.startsWith(prefix));
      const rel = route ? normalize(path.slice(route[0].length)) : '..';
      if (route && !rel.startsWith('..')) file = join(ROOT, 'tests', route[1], rel);
    }
    const generated = options.pages?.[path.slice(DEMO_PATH.length)];
    if (path.startsWith(DEMO_PATH) && generated !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(generated);
      return;
    }
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not in the demo</title><p>This page is not part of the Byline demo.</p>');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}${DEMO_PATH}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
