import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';

/** Global so that every feature can write domain events into the outbox inside its transactions. */
@Global()
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}
