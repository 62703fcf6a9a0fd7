import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppConfig } from '@plekwijzer/config';

export interface VerifiedToken {
  subject: string;
  role?: string;
}

/**
 * Verifies bearer tokens. Production: an OpenID Connect issuer's JWKS (asymmetric algorithms
 * only). Development and tests: HS256 with a local secret. Either way issuer, audience and expiry
 * are checked, and `alg: none` is never accepted (jose refuses unsecured tokens by default).
 */
/** Verified tokens kept at most (the oldest goes first). */
const MAX_KEPT = 10_000;

@Injectable()
export class TokenVerifier {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly secret?: Uint8Array;
  /**
   * A token verified once is valid until it expires: its result is kept for AUTH_USER_CACHE_MS at
   * most (never past `exp`), so that a client's next requests skip the signature check (an RS256
   * verification is about half a millisecond of CPU). Whether its user may still sign in is checked
   * on every request all the same (ActorDirectory). Only valid tokens are kept.
   */
  private readonly verified = new Map<string, { token: VerifiedToken; until: number }>();

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    if (config.OIDC_JWKS_URL) {
      this.jwks = createRemoteJWKSet(new URL(config.OIDC_JWKS_URL), { timeoutDuration: 3000 });
    } else if (config.JWT_SECRET) {
      this.secret = new TextEncoder().encode(config.JWT_SECRET);
    }
  }

  /** Returns the token's subject, or undefined for any token that is not valid. */
  async verify(token: string): Promise<VerifiedToken | undefined> {
    const kept = this.verified.get(token);
    if (kept) {
      if (kept.until > Date.now()) return kept.token;
      this.verified.delete(token);
    }
    const result = await this.check(token);
    const ttl = this.config.AUTH_USER_CACHE_MS;
    if (result && ttl > 0) {
      if (this.verified.size >= MAX_KEPT) this.verified.delete(this.verified.keys().next().value as string);
      const until = Math.min(Date.now() + ttl, result.expiresAt ?? Infinity);
      this.verified.set(token, { token: { subject: result.subject, role: result.role }, until });
    }
    return result && { subject: result.subject, role: result.role };
  }

  private async check(token: string): Promise<(VerifiedToken & { expiresAt?: number }) | undefined> {
    try {
      const { payload } = this.jwks
        ? await jwtVerify(token, this.jwks, {
            issuer: this.config.OIDC_ISSUER,
            audience: this.config.OIDC_AUDIENCE,
            algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
          })
        : await jwtVerify(token, this.requireSecret(), {
            issuer: this.config.JWT_ISSUER,
            audience: this.config.JWT_AUDIENCE,
            algorithms: ['HS256'],
          });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 255)
        return undefined;
      return {
        subject: payload.sub,
        role: typeof payload.role === 'string' ? payload.role : undefined,
        expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined,
      };
    } catch {
      return undefined;
    }
  }

  private requireSecret(): Uint8Array {
    if (!this.secret) throw new Error('No token verification is configured');
    return this.secret;
  }
}

/** Signs a development token for a user. Used by `npm run token`, the demo banner and tests. */
export async function signLocalToken(
  options: { secret: string; issuer: string; audience: string },
  user: { id: string; role: string },
  expiresIn: string = '12h',
  extra: JWTPayload = {},
): Promise<string> {
  return new SignJWT({ role: user.role, ...extra })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(options.secret));
}
