import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors.js';

const clientCodes = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_TRANSITION,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const APOLLO_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/** `Variable "$input" got invalid value "x" at "input.appellantEmail"; …` names the field this way. */
const coercionFieldPattern = /got invalid value .* at "([^"]+)"/;
const variablePattern = /^Variable "\$([^"]+)"/;

function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? originalOf(error.originalError) : error;
}

/** Tells whether an error is the client's to fix; the rest are server failures, logged and hidden. */
export function isClientError(error: unknown): boolean {
  const original = originalOf(error);
  if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
    return true;
  }
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' && clientCodes.has(code);
}

/**
 * Maps every error to the fixed set of codes in one place. Database constraint errors become CONFLICT
 * or BAD_USER_INPUT; anything unexpected reaches the client as a generic message with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const requestId = formatted.extensions?.requestId as string | undefined;

  if (original instanceof OptimisticLockError) {
    return {
      message: 'The record changed since you read it; reload it and try again.',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      message: 'A record with the same unique value already exists.',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException || original instanceof NotNullConstraintViolationException) {
    return {
      message: 'The input refers to a record that does not exist or misses a required value.',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }

  const code = formatted.extensions?.code;
  // Apollo's own request errors join the fixed set as BAD_USER_INPUT, keeping their code as the reason.
  if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.field) {
    // graphql-js writes list positions as `[1]`; the services' errors write `.1`, as clients expect.
    const path = coercionFieldPattern.exec(formatted.message)?.[1]?.replace(/\[(\d+)\]/g, '.$1');
    const field = path ?? variablePattern.exec(formatted.message)?.[1];
    return { ...formatted, extensions: { ...formatted.extensions, field } };
  }
  if (isClientError(error) || (typeof code === 'string' && clientCodes.has(code))) {
    return formatted;
  }
  return {
    message: `Internal server error; quote request id ${requestId ?? 'unknown'} when reporting it.`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}
