import { Inject, Injectable, Module, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@plekwijzer/config';
import { HardeningReason } from '@plekwijzer/graphql';
import { COSTLY_FIELDS } from '@plekwijzer/api/common/costly-fields.js';

interface TrackedRequest {
  ip?: string;
  socket?: { remoteAddress?: string };
  actor?: { userId: string };
  /** One count per HTTP request for the IP and user limits, however many root fields it asks for. */
  rateLimited?: Promise<void>;
}

interface TrackedResponse {
  setHeader?: (name: string, value: string) => void;
}

/**
 * Rate limits (RATE_LIMIT_* in the configuration) with rate-limiter-flexible: per IP address and
 * per signed-in user, counted once per HTTP request; each costly root field (matching, search,
 * progress) also counts against a stricter limit. Over a limit: TOO_MANY_REQUESTS with `Retry-After`
 * (header and `extensions.retryAfterSeconds`). A guard, so it runs per root field and after the AuthGuard (registered before it),
 * when the user is known. Counters live in this process's memory: each replica counts on its own.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly perIp: RateLimiterMemory;
  private readonly perUser: RateLimiterMemory;
  private readonly costly: RateLimiterMemory;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    const duration = Math.max(1, Math.round(config.RATE_LIMIT_WINDOW_MS / 1000));
    this.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: config.RATE_LIMIT_PER_IP, duration });
    this.perUser = new RateLimiterMemory({ keyPrefix: 'user', points: config.RATE_LIMIT_PER_USER, duration });
    this.costly = new RateLimiterMemory({ keyPrefix: 'costly', points: config.RATE_LIMIT_COSTLY, duration });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.config.rateLimitEnabled || context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext<{ req: TrackedRequest; res: TrackedResponse }>();
    const ip = req.ip ?? req.socket?.remoteAddress ?? 'unknown';
    const user = req.actor?.userId;
    req.rateLimited ??= (async () => {
      await this.consume(this.perIp, ip, res);
      if (user) await this.consume(this.perUser, user, res);
    })();
    await req.rateLimited;
    if (COSTLY_FIELDS.has(gql.getInfo<{ fieldName: string }>().fieldName)) {
      await this.consume(this.costly, user ?? ip, res);
    }
    return true;
  }

  private async consume(limiter: RateLimiterMemory, key: string, res: TrackedResponse): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      res.setHeader?.('Retry-After', String(seconds));
      throw new GraphQLError(`Too many requests; try again in ${seconds} seconds`, {
        extensions: {
          code: 'TOO_MANY_REQUESTS',
          reason: HardeningReason.RATE_LIMITED,
          retryAfterSeconds: seconds,
        },
      });
    }
  }
}

@Module({ providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }] })
export class RateLimitModule {}
