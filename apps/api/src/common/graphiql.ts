import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { AppConfig, projectRoot } from '@plekwijzer/config';

/** Where the static files of the page are served. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page: only same-origin files, no inline script or style (the CSP allows neither). */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plekwijzer GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}main.css" />
    <script type="module" src="${GRAPHIQL_ASSETS_PATH}main.js"></script>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
  </body>
</html>
`;

const NOT_BUILT = `GraphiQL is not built. Run \`npm run build\` (\`npm start\` does), or turn the IDE off with GRAPHQL_IDE=false.\n`;

/** Whether the GraphiQL page is served: GRAPHQL_IDE, and never in production. */
export function graphiqlEnabled(config: AppConfig): boolean {
  return config.GRAPHQL_IDE && !config.isProduction;
}

/**
 * The development GraphQL IDE, from the installed graphiql package bundled at build time
 * (tools/build-graphiql.mjs → dist/graphiql): `GET /graphql` from a browser (Accept: text/html, no
 * `query` parameter) answers the page, and `/graphiql/*` its files. Nothing loads from a CDN, so it
 * works offline. Off in production and with GRAPHQL_IDE=false: then the request goes on to Apollo.
 */
@Injectable()
export class GraphiqlMiddleware implements NestMiddleware {
  private readonly logger = new Logger('GraphiQL');
  private readonly enabled: boolean;
  private readonly dir: string;
  private files?: Map<string, { body: Buffer; type: string }>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.enabled = graphiqlEnabled(config);
    this.dir = config.GRAPHIQL_DIR ?? join(projectRoot(), 'dist', 'graphiql');
  }

  use(
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): void {
    if (!this.enabled || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql' && !url.searchParams.has('query') && acceptsHtml(req)) {
      const files = this.load();
      if (!files) return send(res, 503, 'text/plain; charset=utf-8', NOT_BUILT, req.method);
      return send(res, 200, 'text/html; charset=utf-8', PAGE, req.method);
    }
    if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) {
      const file = this.load()?.get(url.pathname.slice(GRAPHIQL_ASSETS_PATH.length));
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', req.method);
      res.setHeader('Cache-Control', 'no-cache');
      return send(res, 200, file.type, file.body, req.method);
    }
    next();
  }

  /** The built files by name, read once (a fixed list: nothing outside the folder is reachable). */
  private load(): Map<string, { body: Buffer; type: string }> | undefined {
    if (this.files) return this.files;
    if (!existsSync(join(this.dir, 'BUILT'))) {
      this.logger.warn(`GraphiQL is not built (no ${this.dir}): run npm run build`);
      return undefined;
    }
    this.files = new Map(
      readdirSync(this.dir)
        .filter((name) => CONTENT_TYPES[extname(name)])
        .map((name) => [
          name,
          { body: readFileSync(join(this.dir, name)), type: CONTENT_TYPES[extname(name)] },
        ]),
    );
    return this.files;
  }
}

function acceptsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  method?: string,
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(method === 'HEAD' ? undefined : body);
}
