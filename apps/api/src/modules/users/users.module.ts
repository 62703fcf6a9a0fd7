import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorDirectory } from '@plekwijzer/api/modules/auth/auth.ports.js';
import { OrganisationsModule } from '@plekwijzer/api/modules/organisations/organisations.module.js';
import { ActorCache } from './actor-cache.service.js';
import { UserEntity } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

/** Global: the auth guard resolves every request's actor through ActorDirectory. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), OrganisationsModule],
  providers: [
    ActorCache,
    UsersService,
    UsersResolver,
    { provide: ActorDirectory, useExisting: UsersService },
  ],
  exports: [UsersService, ActorDirectory],
})
export class UsersModule {}
