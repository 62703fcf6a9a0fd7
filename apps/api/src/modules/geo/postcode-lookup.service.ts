import { Inject, Injectable } from '@nestjs/common';
import { Pc4Table, type Pc4Location } from '@plekwijzer/geo';
import type { FieldErrors } from '@plekwijzer/graphql';

export interface ResolvedPostcode {
  /** Normalised for display and storage: `1234 AB`, or `1234` when only PC4 was given. */
  postcode: string;
  location: Pc4Location;
}

/** Turns a postcode from input into a location, or a field error — never a silent zero. */
@Injectable()
export class PostcodeLookup {
  constructor(@Inject(Pc4Table) private readonly table: Pc4Table) {}

  resolve(path: string, input: string, errors: FieldErrors): ResolvedPostcode | undefined {
    const result = this.table.resolve(input);
    if (!result.ok) {
      errors.add(path, result.reason, result.unknown ? 'UNKNOWN_POSTCODE' : 'INVALID_POSTCODE');
      return undefined;
    }
    const pc6 = result.pc6;
    const postcode = pc6 ? `${pc6.slice(0, 4)} ${pc6.slice(4)}` : result.location.pc4;
    return { postcode, location: result.location };
  }

  locationOf(pc4: string): Pc4Location | undefined {
    return this.table.get(pc4);
  }
}
