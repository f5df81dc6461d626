import { GraphQLError } from 'graphql';

/** The fixed set of `extensions.code` values that clients can rely on. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One invalid field: its path inside the operation's arguments, a stable reason and a message. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}

/** An error the client caused and can fix; these are not logged as server failures. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: send a session cookie or an Authorization: Bearer token.');

export const forbidden = (message: string) => new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (entity: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} not found.`, { entity, id });

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, extensions);

export const invalidTransition = (entity: string, from: string, action: string, allowedFrom: readonly string[]) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    `${entity} in status ${from} cannot be ${action}; allowed only from ${allowedFrom.join(' or ')}.`,
    { from, action, allowedFrom },
  );

/** Builds a BAD_USER_INPUT error that lists every invalid field; `field` names the first for simple clients. */
export function badUserInput(problems: FieldProblem[]): AppError {
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, {
    field: problems[0]?.field,
    fields: problems,
  });
}

export function badField(field: string, reason: string, message: string): AppError {
  return badUserInput([{ field, reason, message }]);
}
