import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@plekwijzer/graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates an id argument so a malformed id is a field error, not a database error. */
@Injectable()
class UuidArgPipe implements PipeTransform<unknown, string | undefined> {
  constructor(
    private readonly name: string,
    private readonly optional: boolean,
  ) {}

  transform(value: unknown): string | undefined {
    if (this.optional && (value === undefined || value === null)) return undefined;
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw DomainError.badInput([{ path: this.name, message: `${this.name} must be an id (a UUID)` }]);
    }
    return value.toLowerCase();
  }
}

export const uuidArg = (name: string, options: { optional?: boolean } = {}): PipeTransform =>
  new UuidArgPipe(name, options.optional ?? false);
