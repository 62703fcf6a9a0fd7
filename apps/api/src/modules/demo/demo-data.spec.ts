import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DATA_DIR, DemoDataError, loadDemoSet, participantInput, placementInput } from './demo-data.js';

type DemoFile = 'organisations.json' | 'users.json' | 'placements.json' | 'participants.json';
type Row = Record<string, unknown>;

const rowsOf = (dir: string, file: string): Row[] =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as Row[];

describe('the demo data files', () => {
  it('load and pass the API input rules, every record of every file', () => {
    const set = loadDemoSet();
    expect(set.organisations).toHaveLength(rowsOf(DEMO_DATA_DIR, 'organisations.json').length);
    expect(set.users).toHaveLength(rowsOf(DEMO_DATA_DIR, 'users.json').length);
    expect(set.placements).toHaveLength(rowsOf(DEMO_DATA_DIR, 'placements.json').length);
    expect(set.participants).toHaveLength(rowsOf(DEMO_DATA_DIR, 'participants.json').length);
    expect(set.placements.length).toBeGreaterThanOrEqual(40);
    expect(set.participants.length).toBeGreaterThanOrEqual(30);
    for (const person of set.participants) expect(person.story.length).toBeGreaterThan(20);
  });

  it('turn relative days into the dates the services receive', () => {
    const set = loadDemoSet(DEMO_DATA_DIR, '2026-03-10');
    const place = set.placements.find((p) => p.durationDays === 180 && p.startOffsetDays === -14)!;
    expect(placementInput(place, 'org-id', '2026-03-10')).toMatchObject({
      organisationId: 'org-id',
      startDate: '2026-02-24',
      endDate: '2026-08-23',
    });
    const person = set.participants.find((p) => p.clientReference === 'IW-2025-0142')!;
    const input = participantInput(person, '2026-03-10');
    expect(input).toMatchObject({
      pipDate: '2025-02-03',
      availableFrom: null,
      clientReference: 'IW-2025-0142',
    });
    // Only API input reaches the service, not the demo's own fields.
    expect(input).not.toHaveProperty('coachKey');
    expect(input).not.toHaveProperty('participationHoursDone');
  });
});

describe('a broken demo file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plekwijzer-demo-'));
    cpSync(DEMO_DATA_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Changes one record of a copied file and returns the message loading the copy fails with. */
  const breakRecord = (file: DemoFile, index: number, change: (row: Row) => void): string => {
    const rows = rowsOf(dir, file);
    change(rows[index]);
    writeFileSync(join(dir, file), JSON.stringify(rows));
    try {
      loadDemoSet(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(DemoDataError);
      return (error as Error).message;
    }
    throw new Error('the broken file loaded');
  };

  it('is refused naming the file, the record and the field that breaks an API input rule', () => {
    const message = breakRecord('participants.json', 1, (row) => {
      row.maxTravelMinutes = 500;
    });
    expect(message).toContain(
      `${join(dir, 'participants.json')}, record 2 (IW-2024-0388), field maxTravelMinutes: maxTravelMinutes must not be greater than 180`,
    );
  });

  it('names the path of a nested field', () => {
    const message = breakRecord('placements.json', 0, (row) => {
      (row.schedule as { shifts: Row[] }).shifts[1].end = '25:00';
    });
    expect(message).toMatch(
      /placements\.json, record 1 \(Vakken vullen en spiegelen in de supermarkt\), field schedule\.shifts\.1\.end: /,
    );
  });

  it('refuses a field the API does not know, as the API does', () => {
    const message = breakRecord('organisations.json', 2, (row) => {
      row.website = 'https://example.nl';
    });
    expect(message).toContain(
      'organisations.json, record 3 (emp-versmarkt), field website: website is not a known field',
    );
  });

  it('refuses a date the loader sets from a relative day', () => {
    const message = breakRecord('placements.json', 0, (row) => {
      row.startDate = '2026-01-01';
    });
    expect(message).toContain('field startDate: startDate is set from startOffsetDays; leave it out');
  });

  it('refuses a participant without a story', () => {
    const message = breakRecord('participants.json', 0, (row) => {
      delete row.story;
    });
    expect(message).toMatch(/participants\.json, record 1 \(IW-2025-0142\), field story: /);
  });

  it('refuses a participant whose coach is not a coach', () => {
    const message = breakRecord('participants.json', 0, (row) => {
      row.coachKey = 'employer-versmarkt';
    });
    expect(message).toContain(
      'participants.json, record 1 (IW-2025-0142), field coachKey: no COACH has the key "employer-versmarkt" in users.json',
    );
  });

  it('refuses a place of an organisation that is not in the set', () => {
    const message = breakRecord('placements.json', 3, (row) => {
      row.organisationKey = 'emp-nowhere';
    });
    expect(message).toMatch(
      /placements\.json, record 4 \(.+\), field organisationKey: no organisation has the key/,
    );
  });

  const indexOf = (nickname: string) =>
    rowsOf(DEMO_DATA_DIR, 'participants.json').findIndex((r) => r.nickname === nickname);

  it('refuses hours a place could not log for someone at a place now, naming the nested field', () => {
    const dawit = indexOf('Dawit');
    const message = breakRecord('participants.json', dawit, (row) => {
      (row.atPlace as Row).pendingHours = [4, 30, 1.1];
    });
    expect(message).toContain(
      `participants.json, record ${dawit + 1} (IW-2024-0471), field atPlace.pendingHours: each value in pendingHours must not be greater than 24`,
    );
    expect(message).toContain(
      `participants.json, record ${dawit + 1} (IW-2024-0471), field atPlace.pendingHours: pendingHours go in steps of a quarter (0.25)`,
    );
    const future = breakRecord('participants.json', dawit, (row) => {
      (row.atPlace as Row).startOffsetDays = 3;
    });
    expect(future).toContain('field atPlace.startOffsetDays: startOffsetDays must not be greater than -1');
  });

  it('refuses someone at a place the API would not let them start at', () => {
    const yonas = indexOf('Yonas');
    const notOpen = breakRecord('participants.json', yonas, (row) => {
      row.atPlace = {
        placement: 'Vakken vullen en spiegelen in de supermarkt',
        startOffsetDays: -7,
        pendingHours: [4],
      };
    });
    expect(notOpen).toContain(
      `participants.json, record ${yonas + 1} (IW-2025-0063), field atPlace.placement: "Vakken vullen en spiegelen in de supermarkt" is not open to the JONGERENROUTE`,
    );
    const rahima = indexOf('Rahima');
    const noConsent = breakRecord('participants.json', rahima, (row) => {
      row.atPlace = { placement: 'Planten verzorgen in de kas', startOffsetDays: -7, pendingHours: [4] };
    });
    expect(noConsent).toContain(
      `record ${rahima + 1} (IW-2024-0530), field atPlace.placement: the participant has not consented to being proposed`,
    );
    const unknown = breakRecord('participants.json', yonas, (row) => {
      row.atPlace = { placement: 'Nergens', startOffsetDays: -7, pendingHours: [] };
    });
    expect(unknown).toContain('field atPlace.placement: no place has the title "Nergens" in placements.json');
  });

  it('refuses more people at a place now than it has spots', () => {
    // The bakery's Saturday shop has one spot; two Z/B1-route clients with consent are put there.
    const rows = rowsOf(dir, 'participants.json');
    const twoMore = rows
      .filter(
        (r) => !r.atPlace && r.consentToBeProposed && ['Z_ROUTE', 'B1_ROUTE'].includes(r.route as string),
      )
      .slice(0, 2);
    for (const r of twoMore)
      r.atPlace = {
        placement: 'Verkoop in de bakkerswinkel op zaterdagochtend',
        startOffsetDays: -7,
        pendingHours: [],
      };
    writeFileSync(join(dir, 'participants.json'), JSON.stringify(rows));
    expect(() => loadDemoSet(dir)).toThrow(
      /field atPlace\.placement: "Verkoop in de bakkerswinkel op zaterdagochtend" has 1 spot\(s\); this is person 2 there/,
    );
  });

  it('lists every problem at once, and says which file is not JSON', () => {
    writeFileSync(join(dir, 'users.json'), '[{"key": ');
    const rows = rowsOf(dir, 'placements.json');
    rows[0].capacity = 0;
    rows[1].status = 'ARCHIVED';
    writeFileSync(join(dir, 'placements.json'), JSON.stringify(rows));
    expect(() => loadDemoSet(dir)).toThrow(DemoDataError);
    try {
      loadDemoSet(dir);
    } catch (error) {
      const { problems } = error as DemoDataError;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^.*users\.json: .*JSON/),
          expect.stringMatching(/placements\.json, record 1 \(.+\), field capacity: /),
          expect.stringMatching(/placements\.json, record 2 \(.+\), field status: /),
        ]),
      );
    }
  });
});
