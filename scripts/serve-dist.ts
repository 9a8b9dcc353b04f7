/**
 * Serves the built app from dist/ the way any static host does, with no app-specific rewrites:
 * real files as they are, a directory as its index.html (every page is prerendered there), and
 * anything else as 404.html with a 404 status (the app then shows its not-found page), so
 * "not found" is clear at the HTTP level too.
 * Usage: tsx scripts/serve-dist.ts [--port 4173]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyHeader } from './content-security-policy.ts';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

function send(response: import('node:http').ServerResponse, status: number, file: string): void {
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  // Text compresses to a third: every real static host does it, so the bench measures with it.
  const gzip = !type.startsWith('image/png') && /\bgzip\b/.test(String(response.req.headers['accept-encoding']));
  response.writeHead(status, {
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': contentSecurityPolicyHeader,
  });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

const server = createServer((request, response) => {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    pathname = '/__malformed__';
  }
  const file = path.join(distDir, path.normalize(pathname));
  if (file.startsWith(distDir) && existsSync(file) && statSync(file).isFile()) {
    send(response, 200, file);
    return;
  }
  const prerendered = path.join(distDir, path.normalize(pathname), 'index.html');
  if (prerendered.startsWith(distDir) && existsSync(prerendered)) {
    send(response, 200, prerendered);
    return;
  }
  const notFoundPage = path.join(distDir, '404.html');
  send(response, 404, existsSync(notFoundPage) ? notFoundPage : path.join(distDir, 'index.html'));
});

server.listen(port, host, () => {
  console.log(`Error Doctor is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
