/**
 * Progress arithmetic towards the Z-route's 800 participation hours and everyone's 40 MAP practice
 * hours within the three-year term. Pure functions: dates are 'YYYY-MM-DD' local dates. The MAP is
 * judged only while it runs (from its start month in the term) and not at all for the exempt.
 */
import {
  HOURS_ACTIVITIES,
  MAP_PRACTICE_HOURS,
  Z_ROUTE_PARTICIPATION_HOURS,
  type HoursActivity,
  type MapExemption,
  type MapPhase,
  type RiskLevel,
} from '@plekwijzer/domain';

/** Weeks of history shown and used for the recent pace. */
export const HISTORY_WEEKS = 8;
export const PACE_WEEKS = 4;

const RISK_ORDER: Record<RiskLevel, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };

export interface ApprovedHours {
  workDate: string;
  hours: number;
  /** Counts for the Z-route (Dutch-speaking environment). */
  dutchEnvironment: boolean;
  mapPractice: boolean;
  /** A place (through an introduction) or an activity the coach logged. */
  activity: HoursActivity;
}

/** Approved hours per activity, and how many of them count towards the Z-route's 800. */
export interface ActivityHours {
  activity: HoursActivity;
  approvedHours: number;
  /** In a Dutch-speaking environment: what counts towards the 800 participation hours. */
  qualifyingHours: number;
}

export interface TargetProgress {
  target: number;
  done: number;
  remaining: number;
  /** Hours per week needed from today to reach the target by the end of the term. */
  neededPerWeek: number;
  /** Hours expected by the end of the term at the recent pace. */
  projected: number;
  risk: RiskLevel;
}

export interface ProgressSummary {
  weeksLeft: number;
  recentWeeklyAverage: number;
  weekly: Array<{ weekStart: string; hours: number }>;
  participation: TargetProgress | null;
  nonCountingParticipationHours: number;
  map: TargetProgress;
  /** Where the MAP stands today: not started, running, ended (term over), completed, or exempt. */
  mapPhase: MapPhase;
  /** First day of the term month in which the MAP starts. */
  mapStartDate: string;
  mapExemption: MapExemption;
  /** Every activity, in HOURS_ACTIVITIES order, also those without hours. */
  hoursByActivity: ActivityHours[];
  risk: RiskLevel;
}

export interface SummaryOptions {
  isZRoute: boolean;
  today: string;
  integrationTermLastDay: string;
  /** First day of the MAP (termMonthStart of the configured MAP_START_MONTH). */
  mapStartDate: string;
  mapExemption: MapExemption;
}

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Monday of the ISO week holding `iso`. */
export function weekStart(iso: string): string {
  const day = toDay(iso);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return toIso(day - weekday);
}

/**
 * Risk from pace: on track when the recent weekly pace reaches what is needed; at risk when it
 * reaches at least 60% of it; off track below that, or when the term is over with hours missing.
 */
export function targetProgress(
  target: number,
  done: number,
  weeksLeft: number,
  pace: number,
): TargetProgress {
  const remaining = Math.max(0, target - done);
  const neededPerWeek = remaining === 0 ? 0 : weeksLeft > 0 ? remaining / weeksLeft : Infinity;
  const projected = done + pace * Math.max(0, weeksLeft);
  let risk: RiskLevel;
  if (remaining === 0) risk = 'ON_TRACK';
  else if (weeksLeft <= 0) risk = 'OFF_TRACK';
  else if (pace >= neededPerWeek) risk = 'ON_TRACK';
  else if (pace >= 0.6 * neededPerWeek) risk = 'AT_RISK';
  else risk = 'OFF_TRACK';
  return {
    target,
    done: round1(done),
    remaining: round1(remaining),
    neededPerWeek: Number.isFinite(neededPerWeek) ? round1(neededPerWeek) : -1,
    projected: round1(projected),
    risk,
  };
}

/**
 * Where the MAP stands on `today`. An exemption and 40 hours done end the question; otherwise the
 * MAP has not started before its start date, runs up to the term's last day, and has ended after.
 */
export function mapPhase(
  mapDone: number,
  options: Pick<SummaryOptions, 'today' | 'integrationTermLastDay' | 'mapStartDate' | 'mapExemption'>,
): MapPhase {
  if (options.mapExemption !== 'NONE') return 'EXEMPT';
  if (mapDone >= MAP_PRACTICE_HOURS) return 'COMPLETED';
  if (options.today < options.mapStartDate) return 'NOT_STARTED';
  if (options.today > options.integrationTermLastDay) return 'ENDED';
  return 'RUNNING';
}

export function summarise(entries: ApprovedHours[], options: SummaryOptions): ProgressSummary {
  const todayDay = toDay(options.today);
  const lastDay = toDay(options.integrationTermLastDay);
  const weeksLeft = Math.max(0, (lastDay - todayDay + 1) / 7);
  const currentWeek = toDay(weekStart(options.today));
  const weekStarts = Array.from({ length: HISTORY_WEEKS }, (_, i) =>
    toIso(currentWeek - 7 * (HISTORY_WEEKS - 1 - i)),
  );
  const index = new Map(weekStarts.map((w, i) => [w, i]));
  const all = new Array<number>(HISTORY_WEEKS).fill(0);
  const counting = new Array<number>(HISTORY_WEEKS).fill(0);
  const mapWeekly = new Array<number>(HISTORY_WEEKS).fill(0);
  const byActivity = new Map<HoursActivity, ActivityHours>(
    HOURS_ACTIVITIES.map((activity) => [activity, { activity, approvedHours: 0, qualifyingHours: 0 }]),
  );

  let participation = 0;
  let nonCounting = 0;
  let map = 0;
  for (const e of entries) {
    if (e.dutchEnvironment) participation += e.hours;
    else nonCounting += e.hours;
    if (e.mapPractice) map += e.hours;
    const perActivity = byActivity.get(e.activity)!;
    perActivity.approvedHours += e.hours;
    if (e.dutchEnvironment) perActivity.qualifyingHours += e.hours;
    const i = index.get(weekStart(e.workDate));
    if (i === undefined) continue;
    all[i] += e.hours;
    if (e.dutchEnvironment) counting[i] += e.hours;
    if (e.mapPractice) mapWeekly[i] += e.hours;
  }
  // Pace over the last full weeks (the current week is still running).
  const paceWindow = (weekly: number[]): number[] =>
    weekly.slice(HISTORY_WEEKS - 1 - PACE_WEEKS, HISTORY_WEEKS - 1);
  const pace = (weekly: number[]): number => paceWindow(weekly).reduce((sum, h) => sum + h, 0) / PACE_WEEKS;

  const participationProgress = options.isZRoute
    ? targetProgress(Z_ROUTE_PARTICIPATION_HOURS, participation, weeksLeft, pace(counting))
    : null;

  const phase = mapPhase(map, options);
  let mapProgress: TargetProgress;
  if (phase === 'EXEMPT') {
    // Nothing to reach: the practice hours do not apply to this participant.
    mapProgress = {
      target: 0,
      done: round1(map),
      remaining: 0,
      neededPerWeek: 0,
      projected: round1(map),
      risk: 'ON_TRACK',
    };
  } else if (phase === 'NOT_STARTED') {
    // Not judged before the MAP starts (never off track in year one); what it will take is shown
    // against the MAP's own weeks, from its start to the end of the term.
    const mapWeeks = Math.max(0, (lastDay - toDay(options.mapStartDate) + 1) / 7);
    mapProgress = { ...targetProgress(MAP_PRACTICE_HOURS, map, mapWeeks, pace(mapWeekly)), risk: 'ON_TRACK' };
  } else if (phase === 'RUNNING') {
    // The pace counts only the weeks the MAP ran in (from the week it started), so the quiet weeks
    // before it do not drag the pace down; until one such week is over it is not judged yet.
    const firstMapWeek = toDay(weekStart(options.mapStartDate));
    const window = weekStarts.slice(HISTORY_WEEKS - 1 - PACE_WEEKS, HISTORY_WEEKS - 1);
    const ran = paceWindow(mapWeekly).filter((_, k) => toDay(window[k]) >= firstMapWeek);
    const mapPace = ran.length ? ran.reduce((sum, h) => sum + h, 0) / ran.length : 0;
    const progress = targetProgress(MAP_PRACTICE_HOURS, map, weeksLeft, mapPace);
    mapProgress = ran.length ? progress : { ...progress, risk: 'ON_TRACK' };
  } else {
    // COMPLETED is on track; ENDED (the term is over with hours missing) is off track.
    mapProgress = targetProgress(MAP_PRACTICE_HOURS, map, weeksLeft, pace(mapWeekly));
  }
  const risks = [mapProgress.risk, ...(participationProgress ? [participationProgress.risk] : [])];
  const risk = risks.sort((a, b) => RISK_ORDER[a] - RISK_ORDER[b])[0];
  return {
    weeksLeft: round1(weeksLeft),
    recentWeeklyAverage: round1(pace(all)),
    weekly: weekStarts.map((w, i) => ({ weekStart: w, hours: round1(all[i]) })),
    participation: participationProgress,
    nonCountingParticipationHours: round1(nonCounting),
    map: mapProgress,
    mapPhase: phase,
    mapStartDate: options.mapStartDate,
    mapExemption: options.mapExemption,
    hoursByActivity: [...byActivity.values()].map((a) => ({
      activity: a.activity,
      approvedHours: round1(a.approvedHours),
      qualifyingHours: round1(a.qualifyingHours),
    })),
    risk,
  };
}

export const riskOrder = (risk: RiskLevel): number => RISK_ORDER[risk];
