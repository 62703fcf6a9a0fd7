import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { signLocalToken } from '@plekwijzer/api/modules/auth/token-verifier.service.js';
import { DemoSeeder } from './demo-seeder.service.js';

/**
 * At start: loads the demo set into an empty database (SEED_DEMO) and, when tokens are signed
 * locally (never in production), prints a ready token for each demo user so that a first-time
 * user can call the API at once.
 */
@Injectable()
export class DemoBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DemoSeeder) private readonly seeder: DemoSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.shouldSeedDemo) return;
    await this.seeder.seedIfEmpty((done, total) => {
      if (done % 10 === 0 || done === total) this.logger.log(`Loading demo data: ${done}/${total}`);
    });
    if (!this.config.JWT_SECRET || this.config.isProduction) return;
    const users = await this.seeder.demoUsers();
    const lines = await Promise.all(
      users.map(async (u) => {
        const token = await signLocalToken(
          {
            secret: this.config.JWT_SECRET!,
            issuer: this.config.JWT_ISSUER,
            audience: this.config.JWT_AUDIENCE,
          },
          u,
        );
        return `  ${u.role.padEnd(8)} ${u.displayName.padEnd(28)} ${token}`;
      }),
    );
    this.logger.log(
      `Demo tokens (valid 12 hours; send as "Authorization: Bearer <token>"):\n${lines.join('\n')}`,
    );
  }
}
