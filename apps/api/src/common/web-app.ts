import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { AppConfig, projectRoot } from '@plekwijzer/config';
import { API_PATHS } from './security-headers.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Vite writes content-hashed names under assets/: a new build is a new URL, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: always ask again, so a new build is picked up at once. */
const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Buffer;
  type: string;
  cacheControl: string;
}

/**
 * Serves the built web app (apps/web → dist/web) at `/` on the API's own origin, so the browser
 * needs no CORS and the CSP can say 'self'. A small middleware instead of @nestjs/serve-static:
 * the files are a fixed list read once at start (no path from a request ever reaches the file
 * system, so no traversal), hashed assets get `immutable`, index.html `no-cache`, and client-side
 * routes (any other GET for a page) fall back to index.html — while `/graphql`, `/graphiql`,
 * `/health/*`, `/metrics` and `/dev/*` are never touched.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebApp');
  private readonly dir: string;
  private files?: Map<string, StaticFile>;
  private warned = false;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.dir = config.WEB_DIR ?? join(projectRoot(), 'dist', 'web');
  }

  use(
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const raw = req.originalUrl ?? req.url ?? '/';
    if (API_PATHS.test(raw)) return next();
    const files = this.load();
    if (!files) return next();
    const path = safePathname(raw);
    if (path === undefined) return next();
    const file = files.get(path === '/' ? 'index.html' : path.slice(1));
    if (file) return send(res, file, req.method);
    // A client-side route (/coach/clients/…): the app decides what to show. Only for a page
    // request, so a missing script or image is a plain 404 rather than HTML.
    if (acceptsHtml(req) && !extname(path)) return send(res, files.get('index.html')!, req.method);
    next();
  }

  /** The built files by their path under the folder, read once; undefined when not built. */
  private load(): Map<string, StaticFile> | undefined {
    if (this.files) return this.files;
    if (!existsSync(join(this.dir, 'index.html'))) {
      if (!this.warned) this.logger.warn(`The web app is not built (no ${this.dir}): run npm run build`);
      this.warned = true;
      return undefined;
    }
    const files = new Map<string, StaticFile>();
    for (const full of walk(this.dir)) {
      const type = CONTENT_TYPES[extname(full)];
      if (!type) continue;
      const name = relative(this.dir, full).split(sep).join('/');
      files.set(name, {
        body: readFileSync(full),
        type,
        cacheControl: name.startsWith('assets/') ? IMMUTABLE : REVALIDATE,
      });
    }
    this.files = files;
    return files;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The decoded path of a request, or undefined for one that cannot be decoded. */
function safePathname(raw: string): string | undefined {
  try {
    return decodeURIComponent(new URL(raw, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function acceptsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function send(res: ServerResponse, file: StaticFile, method?: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Length', file.body.length);
  res.setHeader('Cache-Control', file.cacheControl);
  res.end(method === 'HEAD' ? undefined : file.body);
}
