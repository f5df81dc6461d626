import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppServices, RequestContext } from '../graphql/context.js';
import { complexityPlugin, loggingPlugin, unstorableTextPlugin } from '../graphql/apollo-plugins.js';
import { formatError } from '../graphql/format-error.js';
import { createLoaders } from '../graphql/loaders.js';
import { getSchema } from '../graphql/schema.js';
import { SESSION_REVOKED_CHANNEL, tokenFromHeaders } from '../modules/auth/session.service.js';
import { createFileRouter } from '../modules/files/file.routes.js';
import { isSameOrigin } from './rest.js';

export interface HttpServer {
  app: Express;
  httpServer: Server;
  /** The bound port, which differs from PORT when PORT is 0. */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Checks that PostgreSQL runs `select 1` within two seconds; /healthz returns 200 or 503 from it. */
async function checkDatabase(services: AppServices): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  const query = services.orm.em
    .fork()
    .getConnection()
    .execute('select 1')
    .then(() => true)
    .catch(() => false);
  return Promise.race([query, timeout]);
}

/** Builds Express with the GraphQL API over HTTP and WebSocket on /graphql, /healthz and the SPA. */
export async function createHttpServer(services: AppServices): Promise<HttpServer> {
  const { config, logger, orm } = services;
  const schema = await getSchema(services.bus);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // Open sockets by the hash of their session token, so that a logout closes them on every instance.
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const stopListening = services.bus.subscribe(SESSION_REVOKED_CHANNEL, (payload) => {
    const { tokenHash } = payload as { tokenHash: string };
    for (const socket of socketsBySession.get(tokenHash) ?? []) {
      socket.close(4403, 'Forbidden');
    }
    socketsBySession.delete(tokenHash);
  });
  const wsCleanup = useServer<{ token?: string }, { user?: RequestContext['user']; token?: string }>(
    {
      schema,
      // Authenticates once per connection: the token from connection_init, else the session cookie of the upgrade.
      onConnect: async (socketContext) => {
        const request = socketContext.extra.request;
        // Browsers send Origin on every WebSocket; a page of another site must not ride on the session cookie.
        const origin = request.headers.origin;
        if (origin && !isSameOrigin(origin, request.headers.host)) {
          logger.warn({ origin, host: request.headers.host }, 'WebSocket connection rejected: foreign origin');
          return false;
        }
        const token =
          (typeof socketContext.connectionParams?.token === 'string' ? socketContext.connectionParams.token : undefined) ??
          tokenFromHeaders(undefined, request.headers.cookie);
        const user = await services.sessions.resolve(orm.em.fork(), token);
        if (!user) {
          logger.info({ remoteAddress: request.socket.remoteAddress }, 'WebSocket connection rejected: no valid session');
          // graphql-ws closes the socket with 4403 Forbidden when onConnect returns false.
          return false;
        }
        Object.assign(socketContext.extra, { user, token });
        if (token) {
          const tokenHash = services.sessions.hash(token);
          const sockets = socketsBySession.get(tokenHash) ?? new Set<WebSocket>();
          sockets.add(socketContext.extra.socket);
          socketsBySession.set(tokenHash, sockets);
          socketContext.extra.socket.once('close', () => sockets.delete(socketContext.extra.socket));
        }
        return true;
      },
      context: (socketContext): RequestContext => {
        const em = orm.em.fork();
        const extra = socketContext.extra as unknown as { user: RequestContext['user']; token?: string };
        return { requestId: randomUUID(), em, user: extra.user, sessionToken: extra.token, loaders: createLoaders(em), services };
      },
      onError: (socketContext, _id, _payload, errors) => {
        logger.info({ errors: errors.map((error) => error.message) }, 'subscription rejected');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    // Stacks go to the log with the request id, never to clients.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts stops HTTP, sockets, workers and PostgreSQL in order; Apollo's own signal handler
    // would re-raise the signal after stopping only itself and kill the process half way.
    stopOnTerminationSignals: false,
    validationRules: [depthLimit(config.MAX_QUERY_DEPTH)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      loggingPlugin(logger),
      unstorableTextPlugin(),
      complexityPlugin(config.MAX_QUERY_COMPLEXITY),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_request, response) => {
    const databaseUp = await checkDatabase(services);
    response.status(databaseUp ? 200 : 503).json({ status: databaseUp ? 'ok' : 'unavailable', database: databaseUp });
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const em = orm.em.fork();
        const token = tokenFromHeaders(req.headers.authorization, req.headers.cookie);
        const user = await services.sessions.resolve(em, token);
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        res.setHeader('x-request-id', requestId);
        return { requestId, em, user, sessionToken: token, loaders: createLoaders(em), services, response: res };
      },
    }),
  );

  // Unreadable or oversized bodies get a GraphQL-shaped JSON error instead of Express's HTML page.
  app.use('/graphql', (error: { status?: number; type?: string; message?: string }, _request: Request, response: Response, next: NextFunction) => {
    if (!error.status || error.status >= 500) {
      next(error);
      return;
    }
    const message =
      error.type === 'entity.too.large'
        ? 'The request body is larger than 2 MB; send smaller texts.'
        : 'The request body is not valid JSON; send {"query": "...", "variables": {...}}.';
    response.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: error.type ?? 'BAD_REQUEST' } }] });
  });

  app.use('/api/files', createFileRouter(services));

  const indexFile = path.join(config.WEB_DIST, 'index.html');
  if (existsSync(indexFile)) {
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: '1h' }));
    // Client-side routes of the SPA all load its index page.
    app.get(/^\/(?!graphql|healthz|api\/).*/, (_request, response) => response.sendFile(indexFile));
  } else {
    logger.warn({ webDist: config.WEB_DIST }, 'the SPA is not built; run `pnpm build` to serve it at /');
  }

  return {
    app,
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : config.PORT);
        });
      }),
    async close() {
      stopListening();
      for (const client of wsServer.clients) {
        // 1001 Going Away: clients such as the SPA reconnect once the server is back.
        client.close(1001, 'Server is shutting down');
      }
      await apollo.stop();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
