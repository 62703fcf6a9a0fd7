import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { PlacementStatus } from '@plekwijzer/api/common/domain.enums.js';

/*
 * The fields a demo record has besides the API input it carries: keys that tie the files together,
 * dates relative to the seeding day, the state a place is left in, and the notes a reader of the
 * demo needs. The API input fields of a record are checked by the API's own input classes; these
 * classes check the rest with the same validator options.
 */

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEY_MESSAGE = '$property must be lower-case words joined by hyphens, e.g. "emp-versmarkt"';

/** Ten years either way: enough for any demo story, and catches a date typed as an offset. */
const MAX_OFFSET_DAYS = 3650;

/** Hours in steps of a quarter, as logHours takes them. */
function InQuarterHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'inQuarterHours',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Math.round(value * 4) === value * 4,
        defaultMessage: () => '$property go in steps of a quarter (0.25)',
      },
    },
    options,
  );
}

export class DemoOrganisationFields {
  /** How users and places in the other files refer to this organisation. */
  @IsString()
  @Length(1, 60)
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;
}

export class DemoUserFields {
  @IsString()
  @Length(1, 60)
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  /** Key of an organisation in organisations.json; becomes the input's organisationId. */
  @IsString()
  @Length(1, 60)
  organisationKey: string;
}

export class DemoPlacementFields {
  /** Key of an organisation in organisations.json; becomes the input's organisationId. */
  @IsString()
  @Length(1, 60)
  organisationKey: string;

  /** The state the place is left in after it is created as a draft. */
  @IsEnum(PlacementStatus)
  status: PlacementStatus;

  /** Start date relative to the seeding day (negative: already started); becomes startDate. */
  @IsInt()
  @Min(-MAX_OFFSET_DAYS)
  @Max(MAX_OFFSET_DAYS)
  startOffsetDays: number;

  /** Days from the start to the end date; omitted: open-ended. Becomes endDate. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_OFFSET_DAYS)
  durationDays?: number | null;
}

/**
 * The place a demo participant is at now: an introduction that is STARTED (proposed by the coach,
 * accepted and started by the place), with the hours the place logged on its latest days still
 * waiting for the coach's approval.
 */
export class DemoAtPlace {
  /** The title of a published place in placements.json, open to the participant's route. */
  @IsString()
  @Length(1, 200)
  placement: string;

  /** The first day at the place relative to the seeding day: in the past, so the person is there now. */
  @IsInt()
  @Min(-MAX_OFFSET_DAYS)
  @Max(-1)
  startOffsetDays: number;

  /**
   * Hours the place logged on its latest working days (Monday to Friday, before the seeding day,
   * on days without other hours of the person), newest first, waiting for the coach's approval.
   */
  @IsArray()
  @ArrayMaxSize(10)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @Min(0.25, { each: true })
  @Max(24, { each: true })
  @InQuarterHours({ each: true })
  pendingHours: number[];
}

export class DemoParticipantFields {
  /** Key of a COACH in users.json: the coach whose caseload the participant is on. */
  @IsString()
  @Length(1, 60)
  coachKey: string;

  /** Why this person is in the demo: the situation the record is built to show. */
  @IsString()
  @Length(1, 500)
  story: string;

  /** PIP date relative to the seeding day (negative: in the past); becomes pipDate. */
  @IsInt()
  @Min(-MAX_OFFSET_DAYS)
  @Max(MAX_OFFSET_DAYS)
  pipOffsetDays: number;

  /** First day the person can start, relative to the seeding day; null: now. Becomes availableFrom. */
  @IsOptional()
  @IsInt()
  @Min(-MAX_OFFSET_DAYS)
  @Max(MAX_OFFSET_DAYS)
  availableFromOffsetDays?: number | null;

  /**
   * Z-route participation hours already made (0 for other routes): the seeder writes an approved
   * hours history that adds up to it (whole hours).
   */
  @IsInt()
  @Min(0)
  @Max(10000)
  participationHoursDone: number;

  /**
   * The person's pace in recent weeks: the history runs back from last week at this many hours a
   * week until participationHoursDone is reached. Required when hours were done; it sets the risk
   * the progress view shows (a pace below what the term still needs is AT_RISK or OFF_TRACK).
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(40)
  participationHoursPerWeek?: number | null;

  /**
   * Stap-in lessons followed (each 2.5 hours, one a week back from last week; Amersfoort's Stap In
   * is 20 lessons, 50 hours, in the own language): the seeder writes them as hours the coach
   * logged outside places (STAP_IN_PVT, not a Dutch-speaking environment, so not counting towards
   * the 800).
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  stapInPvtLessons?: number | null;

  /** The place the person is at now (see DemoAtPlace); omitted: at no place now. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DemoAtPlace)
  atPlace?: DemoAtPlace | null;
}
