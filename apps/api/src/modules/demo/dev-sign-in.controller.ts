import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { Public } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { signLocalToken } from '@plekwijzer/api/modules/auth/token-verifier.service.js';
import { DemoSeeder } from './demo-seeder.service.js';

export interface DevSignInUser {
  id: string;
  role: string;
  displayName: string;
}

/** How long a development sign-in lasts; the web app sends the user back to sign-in after it. */
export const DEV_SIGN_IN_EXPIRES_IN = '8h';

/**
 * The web app's development sign-in (apps/web sign-in page): the demo users, and a locally signed
 * token for the one chosen — the same token `npm run token` prints. Only while tokens are signed
 * locally outside production (AppConfig.devSignInEnabled); otherwise every route answers 404, as if
 * it did not exist, so production (OpenID Connect) has no way to mint a token.
 */
@Public()
@Controller('dev/sign-in')
export class DevSignInController {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DemoSeeder) private readonly seeder: DemoSeeder,
  ) {}

  @Get('users')
  async users(): Promise<DevSignInUser[]> {
    this.requireEnabled();
    const users = await this.seeder.demoUsers();
    return users.map((u) => ({ id: u.id, role: u.role, displayName: u.displayName }));
  }

  @Post()
  @HttpCode(200)
  async signIn(@Body() body: unknown): Promise<{ token: string }> {
    this.requireEnabled();
    const userId = (body as { userId?: unknown } | null)?.userId;
    // Only a demo user: a development sign-in never speaks for an account made with user:create.
    const user = (await this.seeder.demoUsers()).find((u) => u.id === userId);
    if (!user) throw new NotFoundException('No such demo user');
    const token = await signLocalToken(
      { secret: this.config.JWT_SECRET!, issuer: this.config.JWT_ISSUER, audience: this.config.JWT_AUDIENCE },
      user,
      DEV_SIGN_IN_EXPIRES_IN,
    );
    return { token };
  }

  private requireEnabled(): void {
    if (!this.config.devSignInEnabled) throw new NotFoundException();
  }
}
