import { Global, Module } from '@nestjs/common';
import { AccessRefusalTrail } from '@plekwijzer/api/modules/auth/auth.ports.js';
import { AuditService } from './audit.service.js';

/** Global: every feature that touches personal data writes to the same trail. */
@Global()
@Module({
  providers: [AuditService, { provide: AccessRefusalTrail, useExisting: AuditService }],
  exports: [AuditService, AccessRefusalTrail],
})
export class AuditModule {}
