/**
 * The introduction (voordracht) lifecycle as data: the states, the moves allowed into each, which
 * side may make them, the typed reasons they take and the webhook event each emits. The service's
 * checks, the schema's status and reason enums, the webhook event list and the table in
 * docs/INTRODUCTIONS.md are all derived from this one table.
 */
import { enumOf } from './enum-of.js';
import type { Role } from './role.js';

export const INTRODUCTION_STATUSES = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'STARTED',
  'COMPLETED',
  'ENDED_EARLY',
  'WITHDRAWN',
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];
export const IntroductionStatus = enumOf(INTRODUCTION_STATUSES);

/** Why a place said no (used for the municipality's figures). */
export const DECLINE_REASONS = [
  'LANGUAGE',
  'AVAILABILITY',
  'CHILDCARE',
  'TRAVEL',
  'NO_CAPACITY',
  'PROFILE_FIT',
  'NO_RESPONSE',
  'OTHER',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DeclineReason = enumOf(DECLINE_REASONS);

/** Why an introduction ended early. */
export const END_REASONS = [
  'COMPLETED_GOALS',
  'FOUND_WORK',
  'HEALTH',
  'CHILDCARE',
  'LANGUAGE',
  'SCHEDULE_CONFLICT',
  'PLACE_ENDED',
  'PARTICIPANT_STOPPED',
  'OTHER',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const EndReason = enumOf(END_REASONS);

/** Who may make a move: the coach of the participant, the place's organisation, or either. Admins may make every move. */
export type LifecycleSide = 'COACH' | 'PLACE' | 'EITHER';

/** The webhook event of a state: `introduction.` and the status in lower case. */
export type IntroductionEventType = `introduction.${Lowercase<IntroductionStatus>}`;

export interface IntroductionState {
  /** The states a move into this one may start from; empty for the initial state (created by a proposal). */
  readonly from: readonly IntroductionStatus[];
  readonly by: LifecycleSide;
  /** The typed reason the move takes, if any. */
  readonly reasons: 'DECLINE_REASON' | 'END_REASON' | null;
  /** Still open: no outcome yet, and the coach may withdraw it. */
  readonly open: boolean;
  /** Takes one of the place's spots (capacity). */
  readonly occupying: boolean;
  /** What the webhook event of this state means. */
  readonly event: string;
}

export const INTRODUCTION_LIFECYCLE: Readonly<Record<IntroductionStatus, IntroductionState>> = {
  PROPOSED: {
    from: [],
    by: 'COACH',
    reasons: null,
    open: true,
    occupying: false,
    event: 'A coach proposed a participant for a place.',
  },
  ACCEPTED: {
    from: ['PROPOSED'],
    by: 'PLACE',
    reasons: null,
    open: true,
    occupying: true,
    event: 'The place accepted an introduction.',
  },
  DECLINED: {
    from: ['PROPOSED'],
    by: 'PLACE',
    reasons: 'DECLINE_REASON',
    open: false,
    occupying: false,
    event: 'The place declined an introduction (with a reason code).',
  },
  STARTED: {
    from: ['ACCEPTED'],
    by: 'EITHER',
    reasons: null,
    open: true,
    occupying: true,
    event: 'The participant started at the place.',
  },
  COMPLETED: {
    from: ['STARTED'],
    by: 'EITHER',
    reasons: null,
    open: false,
    occupying: false,
    event: 'The introduction ended as planned.',
  },
  ENDED_EARLY: {
    from: ['STARTED'],
    by: 'EITHER',
    reasons: 'END_REASON',
    open: false,
    occupying: false,
    event: 'The introduction ended early (the reason stays with the coach).',
  },
  WITHDRAWN: {
    from: ['PROPOSED', 'ACCEPTED', 'STARTED'],
    by: 'COACH',
    reasons: null,
    open: false,
    occupying: false,
    event: 'The coach withdrew an introduction, or consent was revoked.',
  },
};

/** States that are still open (no outcome yet). */
export const OPEN_STATUSES: readonly IntroductionStatus[] = INTRODUCTION_STATUSES.filter(
  (s) => INTRODUCTION_LIFECYCLE[s].open,
);

/** States that take a spot at the place (capacity). */
export const OCCUPYING_STATUSES: readonly IntroductionStatus[] = INTRODUCTION_STATUSES.filter(
  (s) => INTRODUCTION_LIFECYCLE[s].occupying,
);

/** Whether an introduction in state `from` may move to `to`. */
export function canMove(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return INTRODUCTION_LIFECYCLE[to].from.includes(from);
}

/** The states an introduction in state `from` may move to, in status order. */
export function movesFrom(from: IntroductionStatus): IntroductionStatus[] {
  return INTRODUCTION_STATUSES.filter((to) => canMove(from, to));
}

/** Whether a user with `role` is on the side that may make a move into `to` (ownership is checked elsewhere). */
export function mayMakeMove(role: Role, to: IntroductionStatus): boolean {
  if (role === 'ADMIN') return true;
  const side = INTRODUCTION_LIFECYCLE[to].by;
  if (role === 'COACH') return side === 'COACH' || side === 'EITHER';
  if (role === 'EMPLOYER' || role === 'PARTNER') return side === 'PLACE' || side === 'EITHER';
  return false;
}

export function introductionEventType(status: IntroductionStatus): IntroductionEventType {
  return `introduction.${status.toLowerCase()}` as IntroductionEventType;
}

export const INTRODUCTION_EVENT_TYPES: readonly IntroductionEventType[] =
  INTRODUCTION_STATUSES.map(introductionEventType);

const SIDE_TEXT: Record<LifecycleSide, string> = {
  COACH: 'coach',
  PLACE: 'place organisation',
  EITHER: 'coach or place organisation',
};

/** The lifecycle as a Markdown table (docs/INTRODUCTIONS.md holds a copy, checked by a spec). */
export function introductionLifecycleTable(): string {
  const rows = INTRODUCTION_STATUSES.map((to) => {
    const s = INTRODUCTION_LIFECYCLE[to];
    const from = s.from.length ? s.from.map((f) => `\`${f}\``).join(', ') : '(new)';
    const reason =
      s.reasons === 'DECLINE_REASON'
        ? `\`DeclineReason\`: ${DECLINE_REASONS.map((r) => `\`${r}\``).join(', ')}`
        : s.reasons === 'END_REASON'
          ? `\`EndReason\`: ${END_REASONS.map((r) => `\`${r}\``).join(', ')}`
          : '–';
    return `| \`${to}\` | ${from} | ${SIDE_TEXT[s.by]} (or admin) | ${reason} | \`${introductionEventType(to)}\` |`;
  });
  return ['| to | from | who | reason | webhook event |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
