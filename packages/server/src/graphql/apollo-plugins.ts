import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, separateOperations } from 'graphql';
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
              logger.error({ ...entry, err: error.originalError ?? error }, 'operation failed');
            }
          }
        },
      };
    },
  };
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
              { extensions: { code: ErrorCode.BAD_USER_INPUT, complexity, maximumComplexity } },
            );
          }
        },
      };
    },
  };
}
