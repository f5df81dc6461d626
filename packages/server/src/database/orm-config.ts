import { EventEmitter } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, type LoggerNamespace, type LogContext, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Emits every SQL statement the ORM sends as a `query` event. Tests listen to it
 * to prove that a list costs the same number of statements at any size.
 */
export const sqlStatements = new EventEmitter();

class StatementLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly appLogger?: Logger,
  ) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query' && context?.query) {
      sqlStatements.emit('query', context.query);
    }
    if (namespace === 'query' || namespace === 'query-params') {
      this.appLogger?.trace({ took: context?.took }, message);
      return;
    }
    this.appLogger?.debug({ namespace }, message);
  }

  override error(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    this.appLogger?.error({ namespace, context: context?.label }, message);
  }

  override warn(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    this.appLogger?.warn({ namespace, context: context?.label }, message);
  }

  // Queries are always enabled so that the counting above receives them, and pino filters by level.
  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query' || namespace === 'discovery' || namespace === 'info';
  }
}

export function createOrmConfig(databaseUrl: string, logger?: Logger): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      // Where `pnpm migration:create` writes a new file; add it to migrations/index.ts afterwards.
      path: path.join(here, 'migrations'),
      pathTs: path.join(here, 'migrations'),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: true,
    loggerFactory: (options) => new StatementLogger(options, logger),
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    // A request context is always set by the HTTP layer and workers fork their own manager.
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
  });
}
