import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AgencyType } from '../agencies/agency.types.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from './auth.entities.js';
import { LoginInput, LoginPayload, LogoutPayload, UserType } from './auth.types.js';
import type { CurrentUser } from './current-user.js';
import { SESSION_COOKIE, SESSION_REVOKED_CHANNEL, toCurrentUser, verifyCredentials } from './session.service.js';

@Resolver(() => UserType)
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null without a valid session.' })
  me(@Ctx() context: RequestContext): CurrentUser | null {
    return context.user;
  }

  @Mutation(() => LoginPayload, { description: 'Signs in with e-mail and password.' })
  async login(@Ctx() context: RequestContext, @Arg('input', () => LoginInput) input: LoginInput) {
    const { em, services, response } = context;
    const email = input.email.trim().toLowerCase();
    const retryAfterMs = services.loginThrottle.retryAfterMs(email);
    if (retryAfterMs > 0) {
      const minutes = Math.ceil(retryAfterMs / 60_000);
      throw new AppError(ErrorCode.UNAUTHENTICATED, `Too many failed sign-ins for this e-mail; try again in ${minutes} min.`, {
        field: 'input.email',
        reason: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
      });
    }
    const user = await verifyCredentials(em, email, input.password);
    if (!user) {
      services.loginThrottle.recordFailure(email);
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password.', { field: 'input.password', reason: 'INVALID_CREDENTIALS' });
    }
    services.loginThrottle.recordSuccess(email);
    const { token, session } = services.sessions.createSession(em, user);
    const current = toCurrentUser(user);
    recordAudit(em, current, { operation: 'login', entityType: 'Session', entityId: session.id, after: { userId: user.id } });
    await em.flush();

    response?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: services.config.NODE_ENV === 'production',
      expires: session.expiresAt,
      path: '/',
    });
    return { token, expiresAt: session.expiresAt, user: current };
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the current session.' })
  async logout(@Ctx() context: RequestContext) {
    const { em, services, response, sessionToken, user } = context;
    response?.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!sessionToken || !user) {
      return { revoked: false };
    }
    const revoked = await services.sessions.revoke(em, sessionToken);
    recordAudit(em, user, { operation: 'logout', entityType: 'User', entityId: user.id });
    await em.flush();
    await services.bus.publish(SESSION_REVOKED_CHANNEL, { tokenHash: services.sessions.hash(sessionToken) });
    return { revoked };
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of an AGENCY_OFFICIAL.' })
  agency(@Root() user: CurrentUser | User, @Ctx() context: RequestContext) {
    const agencyId = 'agencyId' in user ? user.agencyId : user.agency?.id;
    return agencyId ? context.loaders.agencyById.load(agencyId) : null;
  }
}
