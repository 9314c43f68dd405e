/**
 * Every route needs `Authorization: Bearer <token>`: the token's account becomes the request's
 * scope (its own account, and a partner's customers), and a missing, malformed, expired or
 * wrongly signed token is 401 `unauthorized`.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../core/errors.js';
import type { AccountScope } from './db/repository.js';
import { tokenVerifier } from './tokens.js';

export interface AuthEnv {
  Variables: { scope: AccountScope };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function requireAccount(secret: string): MiddlewareHandler<AuthEnv> {
  const verifyToken = tokenVerifier(secret);
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!token) throw unauthorized('Send Authorization: Bearer <token> naming your account.');
    const claims = await verifyToken(token);
    if (!claims) throw unauthorized('The bearer token is not valid: wrong signature, expired or malformed.');
    c.set('scope', { accountId: claims.accountId, visible: [claims.accountId, ...claims.customers.filter((id) => id !== claims.accountId)] });
    await next();
  };
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, 'unauthorized', message);
}
