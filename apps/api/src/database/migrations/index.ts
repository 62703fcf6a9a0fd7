import { Foundation1764300000000 } from './1764300000000-foundation.js';
import { Participants1764400000000 } from './1764400000000-participants.js';
import { Introductions1764500000000 } from './1764500000000-introductions.js';
import { Webhooks1764600000000 } from './1764600000000-webhooks.js';
import { Search1764700000000 } from './1764700000000-search.js';
import { Audience1764800000000 } from './1764800000000-audience.js';
import { ParticipationHours1764810000000 } from './1764810000000-participation-hours.js';
import { IdempotencyFields1764820000000 } from './1764820000000-idempotency-fields.js';
import { Insights1764900000000 } from './1764900000000-insights.js';
import { UserChangeNotify1765000000000 } from './1765000000000-user-change-notify.js';
import { InsightsUnlocks1765100000000 } from './1765100000000-insights-unlocks.js';

/** In order. A new migration is added here as well as in this folder. */
export const MIGRATIONS = [
  Foundation1764300000000,
  Participants1764400000000,
  Introductions1764500000000,
  Webhooks1764600000000,
  Search1764700000000,
  Audience1764800000000,
  ParticipationHours1764810000000,
  IdempotencyFields1764820000000,
  Insights1764900000000,
  UserChangeNotify1765000000000,
  InsightsUnlocks1765100000000,
];
