import { filterCaseload, type CaseloadRow } from './caseload';

const rows: CaseloadRow[] = [
  {
    id: '1',
    nickname: 'Nour',
    clientReference: 'AMF-001',
    route: 'ONDERWIJSROUTE',
    risk: 'ON_TRACK',
    openIntroductions: 0,
  },
  {
    id: '2',
    nickname: 'Hawa',
    clientReference: 'AMF-002',
    route: 'Z_ROUTE',
    risk: 'AT_RISK',
    openIntroductions: 2,
  },
  {
    id: '3',
    nickname: null,
    clientReference: 'AMF-003',
    route: 'Z_ROUTE',
    risk: 'OFF_TRACK',
    openIntroductions: 0,
  },
  {
    id: '4',
    nickname: 'Samir',
    clientReference: 'AMF-004',
    route: 'Z_ROUTE',
    risk: 'ON_TRACK',
    openIntroductions: 1,
  },
];
const all = { text: '', route: '', risk: '' };

describe('filterCaseload', () => {
  it('puts the clients most behind first, keeping the API order within a risk', () => {
    expect(filterCaseload(rows, all).map((r) => r.id)).toEqual(['3', '2', '1', '4']);
  });

  it('searches nickname and reference, every word, regardless of case', () => {
    expect(filterCaseload(rows, { ...all, text: 'hawa' }).map((r) => r.id)).toEqual(['2']);
    expect(filterCaseload(rows, { ...all, text: 'amf-00' }).map((r) => r.id)).toEqual(['3', '2', '1', '4']);
    expect(filterCaseload(rows, { ...all, text: 'amf samir' }).map((r) => r.id)).toEqual(['4']);
    expect(filterCaseload(rows, { ...all, text: 'nobody' })).toEqual([]);
  });

  it('filters by route and by risk', () => {
    expect(filterCaseload(rows, { ...all, route: 'Z_ROUTE' }).map((r) => r.id)).toEqual(['3', '2', '4']);
    expect(filterCaseload(rows, { ...all, route: 'Z_ROUTE', risk: 'ON_TRACK' }).map((r) => r.id)).toEqual([
      '4',
    ]);
  });
});
