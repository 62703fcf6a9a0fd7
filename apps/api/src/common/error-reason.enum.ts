import { registerEnumType } from '@nestjs/graphql';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from '@plekwijzer/domain';

// No field returns a reason (it travels in `extensions.reason`), so the GraphQL module lists this
// enum as an orphaned type to put it in the schema.
registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a request failed, carried in `extensions.reason` of every error next to `extensions.code`. Clients may branch on it; messages are for people and may change.',
  valuesMap: Object.fromEntries(
    Object.entries(ERROR_REASON_DESCRIPTIONS).map(([value, description]) => [value, { description }]),
  ),
});

export { ErrorReason };
