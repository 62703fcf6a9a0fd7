import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthConfigController } from './auth-config.controller.js';
import { AuthGuard } from './auth.guard.js';
import { TokenVerifier } from './token-verifier.service.js';

/** The guard's ports (ActorDirectory, AccessRefusalTrail) come from the global Users and Audit modules. */
@Module({
  controllers: [AuthConfigController],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
