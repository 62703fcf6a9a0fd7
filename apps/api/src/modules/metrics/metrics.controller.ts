import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  Controller,
  Get,
  Headers,
  Inject,
  NotFoundException,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { Public } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { MetricsService } from './metrics.service.js';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * GET /metrics for Prometheus. Served only when metrics are enabled (METRICS_ENABLED; in
 * production only with METRICS_TOKEN), and with METRICS_TOKEN set only to that bearer token —
 * so that it is never public to the internet by accident. Not a user's token: the scraper is no user.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly expected?: Buffer;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    if (config.METRICS_TOKEN) this.expected = digest(config.METRICS_TOKEN);
  }

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<string> {
    if (!this.config.metricsEnabled) throw new NotFoundException();
    if (this.expected) {
      const presented = /^Bearer (\S{1,512})$/.exec(authorization?.trim() ?? '')?.[1];
      // Compare digests: constant time, and no length to learn from.
      if (!presented || !timingSafeEqual(digest(presented), this.expected)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        throw new UnauthorizedException();
      }
    }
    const body = await this.metrics.render();
    res.setHeader('content-type', this.metrics.contentType);
    res.setHeader('cache-control', 'no-store');
    return body;
  }
}
