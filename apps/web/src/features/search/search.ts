import type {
  ChildcareKind,
  Compensation,
  LanguageLevel,
  PlacementType,
  SearchFilterInput,
  Sector,
} from '../../gql/graphql';

/**
 * The place search's state lives in the address (`/search?q=magazijn&sector=LOGISTIEK`), so a
 * search can be bookmarked, shared and come back after "back"; these functions read and write it.
 */
export interface SearchState {
  text: string;
  types: PlacementType[];
  sectors: Sector[];
  childcare: ChildcareKind[];
  compensation: Compensation[];
  districts: string[];
  maxLanguageLevel?: LanguageLevel;
  postcode: string;
  km?: number;
}

/** The list facets: their address parameter and the filter field they fill. */
export const LIST_FACETS = {
  TYPE: { param: 'type', field: 'types' },
  SECTOR: { param: 'sector', field: 'sectors' },
  CHILDCARE: { param: 'childcare', field: 'childcare' },
  COMPENSATION: { param: 'compensation', field: 'compensation' },
  DISTRICT: { param: 'district', field: 'districts' },
} as const;

export type ListFacet = keyof typeof LIST_FACETS;
type ListField = (typeof LIST_FACETS)[ListFacet]['field'];

export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
/** Radii offered with a postcode, in km. */
export const RADII = [2, 5, 10, 25] as const;
const PC4 = /^\d{4}$/;
const POSTCODE = /^\d{4}\s?[A-Za-z]{2}$|^\d{4}$/;

export function readSearch(params: URLSearchParams): SearchState {
  const list = (name: string) => [...new Set(params.getAll(name).filter((v) => v !== ''))];
  const level = params.get('level');
  const km = Number(params.get('km'));
  return {
    text: params.get('q') ?? '',
    types: list('type') as PlacementType[],
    sectors: list('sector') as Sector[],
    childcare: list('childcare') as ChildcareKind[],
    compensation: list('compensation') as Compensation[],
    districts: list('district').filter((d) => PC4.test(d)),
    maxLanguageLevel: LANGUAGE_LEVELS.includes(level as LanguageLevel) ? (level as LanguageLevel) : undefined,
    postcode: params.get('postcode') ?? '',
    km: Number.isFinite(km) && km > 0 ? km : undefined,
  };
}

export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  for (const facet of Object.values(LIST_FACETS)) {
    for (const value of state[facet.field]) params.append(facet.param, value);
  }
  if (state.maxLanguageLevel) params.set('level', state.maxLanguageLevel);
  if (state.postcode.trim()) params.set('postcode', state.postcode.trim());
  if (state.postcode.trim() && state.km) params.set('km', String(state.km));
  return params;
}

/** Ticks or unticks one value of a list facet. */
export function toggle(state: SearchState, facet: ListFacet, value: string): SearchState {
  const field: ListField = LIST_FACETS[facet].field;
  const current = state[field] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [field]: next };
}

export function isSelected(state: SearchState, facet: ListFacet, value: string): boolean {
  return (state[LIST_FACETS[facet].field] as string[]).includes(value);
}

/** Whether anything narrows the search besides the words (for the empty state's advice). */
export function hasFilters(state: SearchState): boolean {
  return (
    Object.values(LIST_FACETS).some((f) => state[f.field].length > 0) ||
    Boolean(state.maxLanguageLevel) ||
    isNearValid(state)
  );
}

export function isNearValid(state: SearchState): boolean {
  return POSTCODE.test(state.postcode.trim()) && Boolean(state.km);
}

/** The API's arguments for this state. */
export function searchVariables(state: SearchState): {
  text?: string;
  filter?: SearchFilterInput;
  near?: { postcode: string; km: number };
} {
  const filter: SearchFilterInput = {};
  for (const facet of Object.values(LIST_FACETS)) {
    const values = state[facet.field];
    if (values.length > 0) (filter as Record<ListField, string[]>)[facet.field] = values;
  }
  if (state.maxLanguageLevel) filter.maxLanguageLevel = state.maxLanguageLevel;
  return {
    text: state.text.trim() || undefined,
    filter: Object.keys(filter).length > 0 ? filter : undefined,
    near: isNearValid(state) ? { postcode: state.postcode.trim(), km: state.km! } : undefined,
  };
}

/**
 * The values to offer for a list facet: those the API counted (most frequent first), then any that
 * are ticked but no longer counted (so a ticked box never disappears and can be unticked).
 */
export function facetOptions(
  counted: ReadonlyArray<{ value: string; count: number }>,
  selected: readonly string[],
): Array<{ value: string; count: number }> {
  const seen = new Set(counted.map((c) => c.value));
  return [...counted, ...selected.filter((s) => !seen.has(s)).map((value) => ({ value, count: 0 }))];
}

/**
 * For the language threshold: how many places ask at most each level, added up from the API's
 * counts of each place's highest required level (NONE counts under every threshold).
 */
export function cumulativeLevelCounts(
  counted: ReadonlyArray<{ value: string; count: number }>,
): Record<LanguageLevel, number> {
  const order: readonly string[] = ['NONE', ...LANGUAGE_LEVELS];
  const per = new Map(counted.map((c) => [c.value, c.count]));
  const result = {} as Record<LanguageLevel, number>;
  let running = per.get('NONE') ?? 0;
  for (const level of order.slice(1) as LanguageLevel[]) {
    running += per.get(level) ?? 0;
    result[level] = running;
  }
  return result;
}

export interface MarkedPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]);
}

/**
 * The API's highlighted text (HTML-escaped, matches in <mark>…</mark>) as plain parts, so React
 * renders it as text: nothing of a place's title ever becomes markup.
 */
export function markedParts(html: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: unescape(html.slice(last, match.index)), marked: false });
    parts.push({ text: unescape(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: unescape(html.slice(last)), marked: false });
  return parts.filter((p) => p.text !== '');
}
