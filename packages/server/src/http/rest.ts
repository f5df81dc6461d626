import type { Request, Response } from 'express';
import { ErrorCode, forbidden, unauthenticated, type AppError } from '../graphql/errors.js';
import type { AppServices } from '../graphql/context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CurrentUser } from '../modules/auth/current-user.js';
import { tokenFromHeaders } from '../modules/auth/session.service.js';

export function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const STATUS_BY_CODE: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/**
 * Sends errors of a plain HTTP endpoint in the shape GraphQL uses, `{ errors: [{ message,
 * extensions }] }`, with the status of the first error's code unless `status` is given.
 */
export function sendErrors(response: Response, errors: AppError[], status = STATUS_BY_CODE[errors[0]?.code ?? ''] ?? 500): void {
  response.status(status).json({ errors: errors.map((error) => ({ message: error.message, extensions: error.extensions })) });
}

/**
 * Resolves the caller of a plain HTTP request from `Authorization: Bearer` or the session cookie.
 * A request with an Origin of another site is rejected, so that a foreign page cannot ride on the
 * cookie. Raises UNAUTHENTICATED or FORBIDDEN.
 */
export async function authenticateRequest(services: AppServices, em: EntityManager, request: Request): Promise<CurrentUser> {
  const origin = request.headers.origin;
  if (origin && !isSameOrigin(origin, request.headers.host)) {
    throw forbidden(`Requests from ${origin} are not accepted; use the SPA of this server or an API token.`);
  }
  const token = tokenFromHeaders(request.headers.authorization, request.headers.cookie);
  const user = await services.sessions.resolve(em, token);
  if (!user) {
    throw unauthenticated();
  }
  return user;
}
