/**
 * Bearer tokens: HS256 JWTs signed with the server's secret. The vendor's portal issues them
 * (here `mintToken`, used by `npm run server`, the demo's dev server and the tests); the server
 * only verifies them. Claims: `sub` the account id, `role` customer or partner, and for a
 * partner `customers`, the account ids it manages.
 */
import { SignJWT, jwtVerify } from 'jose';

export type Role = 'customer' | 'partner';

export interface AccountClaims {
  accountId: string;
  role: Role;
  /** Account ids a partner manages (empty for a customer). */
  customers: readonly string[];
}

/** The secret of a server started without `UPCART_TOKEN_SECRET`: for a laptop, never production. */
export const DEV_TOKEN_SECRET = 'upcart-dev-secret-change-me-in-production';

const ALGORITHM = 'HS256';

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export interface MintOptions extends Partial<Pick<AccountClaims, 'role' | 'customers'>> {
  accountId: string;
  secret: string;
  /** How long it is valid, in jose's words (`'12h'`, `'30d'`); 30 days by default. */
  expiresIn?: string;
}

export async function mintToken({ accountId, secret, role = 'customer', customers = [], expiresIn = '30d' }: MintOptions): Promise<string> {
  const claims: Record<string, unknown> = { role };
  if (role === 'partner') claims['customers'] = [...customers];
  return new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM }).setSubject(accountId).setIssuedAt().setExpirationTime(expiresIn).sign(key(secret));
}

/** The account a token names, or `undefined` for a token that is not ours, expired or malformed. */
export async function verifyToken(token: string, secret: string): Promise<AccountClaims | undefined> {
  return (await verified(token, key(secret)))?.claims;
}

async function verified(token: string, secret: Uint8Array): Promise<{ claims: AccountClaims; exp: number | undefined; nbf: unknown } | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM] });
    const { sub, role, customers } = payload;
    if (typeof sub !== 'string' || sub === '') return undefined;
    if (role !== 'customer' && role !== 'partner') return undefined;
    const managed = role === 'partner' && Array.isArray(customers) ? customers.filter((id): id is string => typeof id === 'string') : [];
    return { claims: { accountId: sub, role, customers: managed }, exp: payload.exp, nbf: payload.nbf };
  } catch {
    return undefined;
  }
}

/** How many verified tokens a verifier keeps (a client sends the same token with every request). */
const VERIFIED_KEPT = 1000;

/**
 * `verifyToken` for one secret, keeping the answers of tokens that verified until their `exp`:
 * checking an HS256 signature through WebCrypto was the largest single cost of a quote on the
 * reference server (scripts/bench-server.ts --cpu-prof). Only a token that verified, has an `exp`
 * and no `nbf` is kept; a kept token past its `exp` is refused as jose refuses it (`exp` at or
 * before now, in whole seconds), and anything else is verified in full as before.
 */
export function tokenVerifier(secret: string): (token: string) => Promise<AccountClaims | undefined> {
  const secretKey = key(secret);
  const kept = new Map<string, { claims: AccountClaims; exp: number }>();
  return async (token) => {
    const hit = kept.get(token);
    if (hit) {
      if (hit.exp > Math.floor(Date.now() / 1000)) return hit.claims;
      kept.delete(token);
    }
    const result = await verified(token, secretKey);
    if (!result) return undefined;
    if (typeof result.exp === 'number' && result.nbf === undefined) {
      if (kept.size >= VERIFIED_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(token, { claims: result.claims, exp: result.exp });
    }
    return result.claims;
  };
}
