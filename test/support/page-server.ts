/**
 * A built sidebar page (build/sidebar.html, build/import.html) served on 127.0.0.1, so that
 * page.addInitScript runs before the page's own script, and the browser hooks of a sidebar suite.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { useBrowserSession, type BrowserSession } from './browser';

export const SIDEBAR_HTML = resolve('build/sidebar.html');

/** Short waits: a broken page fails fast instead of at the test timeout. */
export const WAIT = 3000;

export interface SidebarServer {
  url: string;
  close(): Promise<void>;
}

/** The hooks of a sidebar suite: Chromium, the page server, and a fresh 300 px page per test (see useBrowserSession). */
export function usePageSession(startServer: () => Promise<SidebarServer>): BrowserSession<SidebarServer> {
  return useBrowserSession(startServer, { viewport: { width: 300, height: 800 }, locale: 'en-US', timeout: WAIT });
}

/** Serves one built sidebar page on 127.0.0.1 (a URL, so page.addInitScript runs before it). */
export async function startPageServer(htmlPath: string): Promise<SidebarServer> {
  const html = readFileSync(htmlPath);
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function startSidebarServer(): Promise<SidebarServer> {
  return startPageServer(SIDEBAR_HTML);
}
