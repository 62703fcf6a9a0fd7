import { registerEnumType } from '@nestjs/graphql';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from '@plekwijzer/domain';

// Errors carry it in `extensions.reason`; the `errorReasons` query lists it.
registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a request failed, carried in `extensions.reason` of every error next to `extensions.code`. Clients may branch on it; messages are for people and may change.',
  valuesMap: Object.fromEntries(
    Object.entries(ERROR_REASON_DESCRIPTIONS).map(([value, description]) => [value, { description }]),
  ),
});

export { ErrorReason };
