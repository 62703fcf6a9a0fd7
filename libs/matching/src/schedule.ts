import { WEEKDAYS, type TimeRange, type Weekday } from '@plekwijzer/domain';

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const SLOT_MINUTES = 15;
export const SLOTS_PER_DAY = MINUTES_PER_DAY / SLOT_MINUTES;
export const SLOTS_PER_WEEK = 7 * SLOTS_PER_DAY;
/** 672 bits in 32-bit words. */
export const SLOT_WORDS = SLOTS_PER_WEEK / 32;

export type TimeRole = 'start' | 'end';

export type TimeProblem = 'FORMAT' | 'HOURS' | 'MINUTES' | 'END_ONLY';

export type TimeParse =
  { ok: true; minutes: number } | { ok: false; problem: TimeProblem; messageNl: string; messageEn: string };

const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * Reads 'HH:MM' as minutes after midnight. Only the two-digit form is accepted ('9:00' is not), so
 * that stored schedules compare and display the same everywhere. '24:00' is accepted as an end.
 */
export function checkTime(value: string, role: TimeRole): TimeParse {
  const m = TIME_PATTERN.exec(value);
  if (!m) {
    return {
      ok: false,
      problem: 'FORMAT',
      messageNl: `'${value}' is geen tijd: gebruik de vorm UU:MM, bijvoorbeeld 09:00`,
      messageEn: `'${value}' is not a time: use the form HH:MM, for example 09:00`,
    };
  }
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours === 24 && minutes === 0) {
    if (role === 'end') return { ok: true, minutes: MINUTES_PER_DAY };
    return {
      ok: false,
      problem: 'END_ONLY',
      messageNl: `'${value}' kan alleen een eindtijd zijn; een begintijd om middernacht is 00:00`,
      messageEn: `'${value}' can only be an end time; a start at midnight is 00:00`,
    };
  }
  if (hours > 23) {
    return {
      ok: false,
      problem: 'HOURS',
      messageNl: `'${value}' bestaat niet: uren lopen van 00 tot 23 (24:00 mag als eindtijd)`,
      messageEn: `'${value}' does not exist: hours run from 00 to 23 (24:00 is allowed as an end time)`,
    };
  }
  if (minutes > 59) {
    return {
      ok: false,
      problem: 'MINUTES',
      messageNl: `'${value}' bestaat niet: minuten lopen van 00 tot 59`,
      messageEn: `'${value}' does not exist: minutes run from 00 to 59`,
    };
  }
  return { ok: true, minutes: hours * 60 + minutes };
}

/** A two-digit number at `at`, or -1. */
function twoDigits(value: string, at: number): number {
  const a = value.charCodeAt(at) - 48;
  const b = value.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Like checkTime, but throws: for data that should already have been validated. Every match()
 * reads the participant's times through it, so a valid time takes a path without the regex and
 * the result object (issue 13); anything else goes through checkTime for its message.
 */
export function parseTime(value: string, role: TimeRole): number {
  if (value.length === 5 && value.charCodeAt(2) === 58 /* ':' */) {
    const hours = twoDigits(value, 0);
    const minutes = twoDigits(value, 3);
    if (hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59) return hours * 60 + minutes;
    if (hours === 24 && minutes === 0 && role === 'end') return MINUTES_PER_DAY;
  }
  const r = checkTime(value, role);
  if (!r.ok) throw new RangeError(r.messageEn);
  return r.minutes;
}

export function formatMinutes(minutesOfDay: number): string {
  const h = Math.floor(minutesOfDay / 60);
  const m = minutesOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function dayIndex(day: Weekday): number {
  const i = WEEKDAYS.indexOf(day);
  if (i < 0) throw new RangeError(`'${String(day)}' is not a weekday (MON…SUN)`);
  return i;
}

/** Length in minutes under the midnight rule: end <= start crosses into the next day. */
export function rangeMinutes(startMin: number, endMin: number): number {
  return endMin > startMin ? endMin - startMin : endMin + MINUTES_PER_DAY - startMin;
}

/**
 * A range as [start, end) in minutes since Monday 00:00. `end` can exceed one week when a Sunday
 * range crosses midnight; callers wrap modulo MINUTES_PER_WEEK.
 */
export function rangeToWeekMinutes(range: TimeRange): [number, number] {
  const start = parseTime(range.start, 'start');
  const end = parseTime(range.end, 'end');
  const s = dayIndex(range.day) * MINUTES_PER_DAY + start;
  return [s, s + rangeMinutes(start, end)];
}

export function rangeHours(range: TimeRange): number {
  const [s, e] = rangeToWeekMinutes(range);
  return (e - s) / 60;
}

/**
 * How a range whose times are not on a quarter hour is mapped to 15-minute slots. The engine must
 * never report a fit that is not there, so:
 * - `outward` for time that must be covered (shifts, commitments): the range grows to whole slots;
 * - `inward` for time that is offered (availability, childcare cover, flexible windows): the range
 *   shrinks to whole slots, and a range shorter than one slot after shrinking is empty.
 */
export type SlotRounding = 'outward' | 'inward';

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Count of set bits in a[ao..ao+21) & b[bo..bo+21); used by the engine on packed arrays. */
export function countAnd(a: Uint32Array, ao: number, b: Uint32Array, bo: number): number {
  let n = 0;
  for (let w = 0; w < SLOT_WORDS; w++) n += popcount32(a[ao + w] & b[bo + w]);
  return n;
}

/** Count of set bits in a & b & c, each a packed 21-word row. */
export function countAnd3(
  a: Uint32Array,
  ao: number,
  b: Uint32Array,
  bo: number,
  c: Uint32Array,
  co: number,
): number {
  let n = 0;
  for (let w = 0; w < SLOT_WORDS; w++) n += popcount32(a[ao + w] & b[bo + w] & c[co + w]);
  return n;
}

/** True when every bit of a[ao..] is also set in b[bo..]. */
export function isSubset(a: Uint32Array, ao: number, b: Uint32Array, bo: number): boolean {
  for (let w = 0; w < SLOT_WORDS; w++) if ((a[ao + w] & ~b[bo + w]) !== 0) return false;
  return true;
}

/**
 * A set of 15-minute slots over one week (Monday 00:00 – Sunday 24:00), 672 bits. Schedules are
 * weekly wall-clock patterns: a DST change does not move or shorten them (a 09:00–17:00 shift is
 * eight slots-hours in every week of the year).
 */
export class WeekSlots {
  readonly words: Uint32Array;

  private constructor(words: Uint32Array) {
    this.words = words;
  }

  static empty(): WeekSlots {
    return new WeekSlots(new Uint32Array(SLOT_WORDS));
  }

  /**
   * Wraps the words without copying. Internal: for read-only use on compiled data (every operation
   * returns a new set, so the wrapped words are never written).
   */
  static view(words: Uint32Array): WeekSlots {
    if (words.length !== SLOT_WORDS) throw new RangeError(`expected ${SLOT_WORDS} words`);
    return new WeekSlots(words);
  }

  static fromWords(words: Uint32Array): WeekSlots {
    if (words.length !== SLOT_WORDS) throw new RangeError(`expected ${SLOT_WORDS} words`);
    return new WeekSlots(Uint32Array.from(words));
  }

  static fromRanges(ranges: readonly TimeRange[], rounding: SlotRounding): WeekSlots {
    const words = new Uint32Array(SLOT_WORDS);
    for (const r of ranges) addRange(words, r, rounding);
    return new WeekSlots(words);
  }

  /** Slot indices [from, to) with to > from; wraps past Sunday into Monday. */
  static fromSlotSpan(from: number, to: number): WeekSlots {
    const words = new Uint32Array(SLOT_WORDS);
    setSlots(words, from, to);
    return new WeekSlots(words);
  }

  has(slot: number): boolean {
    return (this.words[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  union(other: WeekSlots): WeekSlots {
    const out = new Uint32Array(SLOT_WORDS);
    for (let w = 0; w < SLOT_WORDS; w++) out[w] = this.words[w] | other.words[w];
    return new WeekSlots(out);
  }

  intersect(other: WeekSlots): WeekSlots {
    const out = new Uint32Array(SLOT_WORDS);
    for (let w = 0; w < SLOT_WORDS; w++) out[w] = this.words[w] & other.words[w];
    return new WeekSlots(out);
  }

  subtract(other: WeekSlots): WeekSlots {
    const out = new Uint32Array(SLOT_WORDS);
    for (let w = 0; w < SLOT_WORDS; w++) out[w] = this.words[w] & ~other.words[w];
    return new WeekSlots(out);
  }

  containsAll(other: WeekSlots): boolean {
    return isSubset(other.words, 0, this.words, 0);
  }

  overlaps(other: WeekSlots): boolean {
    for (let w = 0; w < SLOT_WORDS; w++) if ((this.words[w] & other.words[w]) !== 0) return true;
    return false;
  }

  countSlots(): number {
    let n = 0;
    for (let w = 0; w < SLOT_WORDS; w++) n += popcount32(this.words[w]);
    return n;
  }

  hours(): number {
    return (this.countSlots() * SLOT_MINUTES) / 60;
  }

  isEmpty(): boolean {
    for (let w = 0; w < SLOT_WORDS; w++) if (this.words[w] !== 0) return false;
    return true;
  }

  equals(other: WeekSlots): boolean {
    for (let w = 0; w < SLOT_WORDS; w++) if (this.words[w] !== other.words[w]) return false;
    return true;
  }

  /**
   * The set as time ranges, for explanations ("wo 19:00–21:00"). Each maximal run of slots becomes
   * one range when it fits in 24 hours, so a run over midnight reads as 'SAT 22:00–02:00'; longer
   * runs are cut at midnight. Ordered from Monday 00:00; a run over Sunday midnight is one range.
   */
  toRanges(): TimeRange[] {
    return slotsToRanges(this);
  }
}

function setSlots(words: Uint32Array, from: number, to: number): void {
  for (let s = from; s < to; s++) {
    const slot = s % SLOTS_PER_WEEK;
    words[slot >>> 5] |= 1 << (slot & 31);
  }
}

function addRange(words: Uint32Array, range: TimeRange, rounding: SlotRounding): void {
  const [s, e] = rangeToWeekMinutes(range);
  const from = rounding === 'outward' ? Math.floor(s / SLOT_MINUTES) : Math.ceil(s / SLOT_MINUTES);
  const to = rounding === 'outward' ? Math.ceil(e / SLOT_MINUTES) : Math.floor(e / SLOT_MINUTES);
  if (to > from) setSlots(words, from, to);
}

function slotToDayTime(slot: number): { day: number; minutes: number } {
  const s = ((slot % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK;
  return { day: Math.floor(s / SLOTS_PER_DAY), minutes: (s % SLOTS_PER_DAY) * SLOT_MINUTES };
}

function slotsToRanges(set: WeekSlots): TimeRange[] {
  if (set.isEmpty()) return [];
  const runs: [number, number][] = [];
  if (set.countSlots() === SLOTS_PER_WEEK) {
    runs.push([0, SLOTS_PER_WEEK]);
  } else {
    // Start scanning just after an empty slot so that a run over Sunday midnight stays whole.
    let origin = 0;
    while (set.has(origin)) origin++;
    let runStart = -1;
    const words = set.words;
    for (let k = 1; k <= SLOTS_PER_WEEK; k++) {
      const slot = origin + k;
      const s = slot % SLOTS_PER_WEEK;
      // Skip whole empty words while no run is open: most of a week is usually empty.
      if (runStart < 0 && (s & 31) === 0 && words[s >>> 5] === 0 && k + 32 <= SLOTS_PER_WEEK) {
        k += 31;
        continue;
      }
      const on = k < SLOTS_PER_WEEK && (words[s >>> 5] & (1 << (s & 31))) !== 0;
      if (on && runStart < 0) runStart = slot;
      if (!on && runStart >= 0) {
        runs.push([runStart, slot]);
        runStart = -1;
      }
    }
  }
  const out: { at: number; range: TimeRange }[] = [];
  for (const [from, to] of runs) {
    let cur = from;
    while (cur < to) {
      const { day, minutes } = slotToDayTime(cur);
      const dayEnd = cur + (SLOTS_PER_DAY - minutes / SLOT_MINUTES);
      const len = to - cur;
      let next: number;
      if (to <= dayEnd) next = to;
      else if (len < SLOTS_PER_DAY) next = to;
      else next = dayEnd;
      const endMinutes = next === dayEnd ? MINUTES_PER_DAY : slotToDayTime(next).minutes;
      out.push({
        at: cur % SLOTS_PER_WEEK,
        range: { day: WEEKDAYS[day], start: formatMinutes(minutes), end: formatMinutes(endMinutes) },
      });
      cur = next;
    }
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.range);
}
