import type { ApolloServerPlugin } from '@apollo/server';
import { DriverException } from '@mikro-orm/core';
import { GraphQLError, Kind, separateOperations, visit, type DocumentNode } from 'graphql';
import { createRequire } from 'node:module';
import type { Logger } from '../logging/logger.js';
import type { RequestContext } from './context.js';
import { ErrorCode } from './errors.js';
import { isClientError } from './format-error.js';

// The package's ESM build imports graphql's .mjs files, but type-graphql uses graphql's CommonJS build.
// Two graphql instances reject each other's schemas, so this loads the CommonJS build of the package too.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** Logs every failed operation with its name and user; server failures at error level with the stack. */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, operationName, errors }) {
          for (const error of errors) {
            const entry = {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              userId: contextValue.user?.id ?? null,
              code: error.extensions?.code,
              path: error.path?.join('.'),
            };
            if (isClientError(error)) {
              logger.info({ ...entry, message: error.message }, 'operation rejected');
            } else {
              error.extensions.requestId = contextValue.requestId;
              logger.error({ ...entry, err: withoutSql(error.originalError ?? error) }, 'operation failed');
            }
          }
        },
      };
    },
  };
}

/**
 * Strips the statement from a database error before logging, because its parameters hold personal
 * data; the class, the SQLSTATE and the driver's own message remain.
 */
function withoutSql(error: unknown): unknown {
  if (error instanceof DriverException) {
    // MikroORM writes `<statement> - <driver message>`; only the driver's part is kept.
    const driverMessage = error.message.split(' - ').at(-1)?.split('\n')[0]?.slice(0, 200);
    return { type: error.name, code: error.code, sqlState: error.sqlState, message: driverMessage };
  }
  return error;
}

/** Rejects operations whose estimated cost exceeds the limit before they run. */
export function complexityPlugin(maximumComplexity: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const query = request.operationName ? separateOperations(document)[request.operationName] ?? document : document;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Invalid variables fail here first; execution reports them as BAD_USER_INPUT with the field.
            if (error instanceof GraphQLError) {
              return;
            }
            throw error;
          }
          if (complexity > maximumComplexity) {
            throw new GraphQLError(
              `Query is too complex: ${complexity} > ${maximumComplexity}; request fewer fields or smaller pages.`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, complexity, maximumComplexity, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/** NUL, which PostgreSQL text cannot store, and UTF-16 surrogates without their pair. */
const UNSTORABLE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Returns the path of the first string in `value` that PostgreSQL cannot store, or null. */
function findUnstorableString(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    return UNSTORABLE_CHARACTER.test(value) ? path : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableString(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableString(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function documentHasUnstorableString(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ||= UNSTORABLE_CHARACTER.test(node.value);
    },
  });
  return found;
}

/**
 * Rejects text with a NUL character or a broken surrogate pair before any resolver runs, naming the
 * variable, so that it fails as BAD_USER_INPUT instead of as a database error half way through a change.
 */
export function unstorableTextPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = findUnstorableString(request.variables ?? {}, '') ?? (documentHasUnstorableString(document) ? 'query' : null);
          if (field) {
            throw new GraphQLError(`${field}: contains a NUL character or a broken UTF-16 surrogate pair; remove it and send the text again.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason: 'INVALID_CHARACTER', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
