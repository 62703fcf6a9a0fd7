/** The caseload screen's filtering and order, apart from React so that it is tested on its own. */
export type Risk = 'OFF_TRACK' | 'AT_RISK' | 'ON_TRACK';

export interface CaseloadRow {
  id: string;
  nickname?: string | null;
  clientReference: string;
  route: string;
  risk: Risk;
  openIntroductions: number;
}

export interface CaseloadFilter {
  text: string;
  route: string;
  risk: string;
}

const RISK_ORDER: Record<Risk, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };

/** The clients shown: matching the search (nickname or reference), route and risk; at risk first. */
export function filterCaseload<T extends CaseloadRow>(rows: readonly T[], filter: CaseloadFilter): T[] {
  const words = filter.text.trim().toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => !filter.route || r.route === filter.route)
    .filter((r) => !filter.risk || r.risk === filter.risk)
    .filter((r) => {
      const haystack = `${r.nickname ?? ''} ${r.clientReference}`.toLocaleLowerCase('nl');
      return words.every((w) => haystack.includes(w));
    })
    .map((r, index) => ({ r, index }))
    .sort((a, b) => RISK_ORDER[a.r.risk] - RISK_ORDER[b.r.risk] || a.index - b.index)
    .map(({ r }) => r);
}
