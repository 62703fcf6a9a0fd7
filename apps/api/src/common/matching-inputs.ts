import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Tells the matcher cache of this process that places or introductions changed. Services call
 * `changed()` after the transaction has committed, so the next match sees the change at once;
 * changes made by other replicas are picked up by the cache's periodic database check.
 */
@Injectable()
export class MatchingInputsSignal {
  private counter = 0;

  changed(): void {
    this.counter++;
  }

  get version(): number {
    return this.counter;
  }
}

@Global()
@Module({ providers: [MatchingInputsSignal], exports: [MatchingInputsSignal] })
export class MatchingInputsModule {}
