import { createMatcher } from './engine.js';
import { loc, options, participant, placement, tableTravel, tr } from './testing/builders.js';
import type { Match } from './types.js';

const points = (m: Match): Record<string, number> =>
  Object.fromEntries(m.scoreBreakdown.map((s) => [s.criterion, s.points]));

describe('ranking', () => {
  // B1-route participant: weekly aim min(8, maxHoursPerWeek 20) = 8 h; max travel 30 min; speaks ar.
  const travel = tableTravel({ A: { BIKE: 15 }, B: { BIKE: 6 } });
  const a = placement({
    id: 'a',
    location: loc(52.01, 5, 'A'),
    sector: 'Zorg ',
    support: { buddy: true, supervisor: false, staffLanguages: ['AR', 'en'] },
  });
  const b = placement({
    id: 'b',
    location: loc(52.02, 5, 'B'),
    sector: 'horeca',
    support: { buddy: false, supervisor: true, staffLanguages: ['tr'] },
    schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '13:00'), tr('TUE', '09:00', '13:00')] },
    language: { WRITING: { level: 'B1', required: false }, SPEAKING: { level: 'A1', required: false } },
  });

  it('scores each component as documented', () => {
    const [ma, mb] = createMatcher([a, b], travel).match(participant(), options()).matches;
    // a: interest 30; travel 20·(1 − 15/30) = 10; hours 20·3/8 = 7.5; buddy 5 + staff speak ar 10;
    //    no preferred levels 10; no stretch 0 → 72.5
    expect(points(ma)).toEqual({
      INTERESTS: 30,
      TRAVEL: 10,
      HOURS_NEED: 7.5,
      SUPPORT: 15,
      PREFERRED_LANGUAGE: 10,
      STRETCH_PENALTY: 0,
      PAID_WORK: 0,
      MAP_PRACTICE: 0,
    });
    expect(ma.score).toBe(72.5);
    // b: no interest 0; travel 20·(1 − 6/30) = 16; hours 8 of 8 → 20; supervisor 5;
    //    preferred: speaking A1 met, writing B1 not (A2) → 10·1/2 = 5 → 46
    expect(points(mb)).toEqual({
      INTERESTS: 0,
      TRAVEL: 16,
      HOURS_NEED: 20,
      SUPPORT: 5,
      PREFERRED_LANGUAGE: 5,
      STRETCH_PENALTY: 0,
      PAID_WORK: 0,
      MAP_PRACTICE: 0,
    });
    expect(mb.score).toBe(46);
  });

  it('explains each component in both languages', () => {
    const [ma, mb] = createMatcher([a, b], travel).match(participant(), options()).matches;
    const detail = (m: Match, c: string) => m.scoreBreakdown.find((s) => s.criterion === c);
    expect(detail(ma, 'SUPPORT')).toMatchObject({
      detailNl: 'buddy, personeel spreekt ar',
      detailEn: 'buddy, staff speak ar',
    });
    expect(detail(ma, 'INTERESTS')?.detailEn).toBe('sector Zorg matches interests');
    expect(detail(mb, 'PREFERRED_LANGUAGE')?.detailEn).toBe('1 of 2 preferred levels met (not: writing)');
    expect(detail(mb, 'HOURS_NEED')?.detailNl).toBe('plek 8 u/week; doel 8 u/week');
  });

  describe('MAP practice while the MAP runs', () => {
    // Two places alike but for MAP practice; the one without it is a little closer (travel 12 vs 15 min).
    const mapPlace = placement({ id: 'map', location: loc(52.01, 5, 'A'), mapPractice: true });
    const plain = placement({ id: 'plain', location: loc(52.02, 5, 'B'), mapPractice: false });
    const near = tableTravel({ A: { BIKE: 15 }, B: { BIKE: 12 } });
    const detail = (m: Match) => m.scoreBreakdown.find((s) => s.criterion === 'MAP_PRACTICE')!;

    it('lifts a MAP practice place above an otherwise similar one while hours are needed, with its line', () => {
      const running = participant({ mapPracticeHoursNeeded: 32 });
      const [first, second] = createMatcher([mapPlace, plain], near).match(running, options()).matches;
      expect(first.placementId).toBe('map');
      expect(points(first).MAP_PRACTICE).toBe(15);
      expect(detail(first)).toMatchObject({
        detailNl: 'MAP-praktijkplek; MAP loopt (nog 32 u)',
        detailEn: 'MAP practice place; MAP running (32 h to go)',
      });
      expect(second.placementId).toBe('plain');
      expect(points(second).MAP_PRACTICE).toBe(0);
      expect(detail(second).detailEn).toBe('no MAP practice; MAP running (32 h to go)');
      // The bonus is exactly the difference it makes: the same place without it scores 15 less.
      const without = createMatcher([mapPlace], near).match(participant(), options()).matches[0];
      expect(first.score - without.score).toBe(15);
    });

    it('gives nothing when the MAP is not running (before its start, exempt, done) or the field is absent', () => {
      for (const who of [participant({ mapPracticeHoursNeeded: 0 }), participant()]) {
        const [first, second] = createMatcher([mapPlace, plain], near).match(who, options()).matches;
        expect(first.placementId).toBe('plain'); // closer wins
        expect(points(second).MAP_PRACTICE).toBe(0);
        expect(detail(second)).toMatchObject({
          detailNl: 'MAP-praktijkplek; MAP loopt nu niet',
          detailEn: 'MAP practice place; MAP not running now',
        });
      }
    });

    it('never changes which places match, only their order', () => {
      const ids = (needed: number) =>
        createMatcher([mapPlace, plain], near)
          .match(participant({ mapPracticeHoursNeeded: needed }), options())
          .matches.map((m) => m.placementId)
          .sort();
      expect(ids(40)).toEqual(ids(0));
    });
  });

  it('scores Z-route hours against what is still needed per week before the PIP deadline', () => {
    // PIP 2025-01-01 → last day 2027-12-31. From 2026-05-20 to 2028-01-01 is 591 days = 84.43 weeks.
    // 209 hours done → 591 left → 7 h/week. A 3.5 h place covers half: 10 points.
    const z = participant({ route: 'Z_ROUTE', participationHoursDone: 209 });
    const place = placement({ schedule: { kind: 'FIXED', shifts: [tr('WED', '09:00', '12:30')] } });
    const m = createMatcher([place], tableTravel({}, 15)).match(z, options()).matches[0];
    expect(points(m).HOURS_NEED).toBe(10);
    expect(m.scoreBreakdown.find((s) => s.criterion === 'HOURS_NEED')?.detailEn).toBe(
      'place 3.5 h/week; needed 7 h/week (591 h in 84 weeks)',
    );
  });

  it('gives no hours points to a Z-route place that does not count', () => {
    const z = participant({ route: 'Z_ROUTE' });
    const place = placement({ dutchSpeakingEnvironment: false });
    const m = createMatcher([place], tableTravel({}, 15)).match(z, options()).matches[0];
    expect(points(m).HOURS_NEED).toBe(0);
  });

  it('caps a flexible place at its own maximum and the participant’s maximum', () => {
    // Overlap Mon–Fri 09:00–17:00 = 40 h; place max 6 → offers 6 of the 8 h aim → 15 points.
    const flex = placement({
      schedule: {
        kind: 'FLEXIBLE',
        windows: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => tr(d as 'MON', '09:00', '17:00')),
        minHoursPerWeek: 4,
        maxHoursPerWeek: 6,
      },
    });
    const m = createMatcher([flex], tableTravel({}, 15)).match(participant(), options()).matches[0];
    expect(points(m).HOURS_NEED).toBe(15);
    expect(m.weeklyOverlapHours).toBe(40);
  });

  it('subtracts 10 points per skill met only through the stretch', () => {
    const place = placement({
      language: { SPEAKING: { level: 'B1', required: true }, LISTENING: { level: 'B1', required: true } },
    });
    const m = createMatcher([place], tableTravel({}, 15)).match(
      participant(),
      options({ stretchLanguage: true }),
    ).matches[0];
    expect(points(m).STRETCH_PENALTY).toBe(-20);
    expect(m.stretched).toBe(true);
  });

  describe('paid work', () => {
    // An unpaid place in a sector of interest (zorg) and a paid one outside it, otherwise equal.
    const t = tableTravel({}, 15);
    const unpaid = placement({ id: 'unpaid', sector: 'zorg', compensation: 'NONE' });
    const allowance = placement({ id: 'allowance', sector: 'horeca', compensation: 'VOLUNTEER_ALLOWANCE' });
    const paid = placement({ id: 'paid', sector: 'horeca', compensation: 'PAID' });
    const run = (preference: 'NO_PREFERENCE' | 'PAID_PREFERRED' | 'PAID_ONLY') =>
      createMatcher([unpaid, allowance, paid], t).match(
        participant({ compensationPreference: preference }),
        options(),
      ).matches;

    it('without a preference, pay plays no part: the place in a sector of interest ranks first', () => {
      const matches = run('NO_PREFERENCE');
      expect(matches.map((m) => m.placementId)).toEqual(['unpaid', 'allowance', 'paid']);
      for (const m of matches) {
        expect(points(m).PAID_WORK).toBe(0);
        expect(m.scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')).toMatchObject({
          detailNl: 'geen voorkeur voor betaald werk',
          detailEn: 'no preference for paid work',
        });
      }
    });

    it('"paid preferred" takes 35 points off every place that is not paid, with its own line', () => {
      const matches = run('PAID_PREFERRED');
      expect(matches.map((m) => m.placementId)).toEqual(['paid', 'unpaid', 'allowance']);
      const byId = Object.fromEntries(matches.map((m) => [m.placementId, m]));
      expect(points(byId.paid).PAID_WORK).toBe(0);
      expect(points(byId.unpaid).PAID_WORK).toBe(-35);
      expect(points(byId.allowance).PAID_WORK).toBe(-35);
      expect(byId.unpaid.scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')).toMatchObject({
        detailNl: 'onbetaald; deelnemer heeft liefst betaald werk',
        detailEn: 'unpaid; participant prefers paid work',
      });
      expect(byId.paid.scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')?.detailEn).toBe(
        'paid; participant prefers paid work',
      );
    });

    it('"paid only" keeps the paid place alone, with no points taken off', () => {
      const matches = run('PAID_ONLY');
      expect(matches.map((m) => m.placementId)).toEqual(['paid']);
      expect(points(matches[0]).PAID_WORK).toBe(0);
      expect(matches[0].scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')?.detailNl).toBe(
        'betaald; deelnemer wil alleen betaald werk',
      );
    });
  });

  it('orders by score, then travel minutes, then placement id', () => {
    // Same place at different ids and distances: x and y tie on score and travel, z is slower.
    const t = tableTravel({ S: { BIKE: 10 }, F: { BIKE: 10 }, Z: { BIKE: 20 } });
    const base = { sector: 'horeca' };
    const places = [
      placement({ ...base, id: 'z', location: loc(52.1, 5, 'Z') }),
      placement({ ...base, id: 'y', location: loc(52.2, 5, 'F') }),
      placement({ ...base, id: 'x', location: loc(52.3, 5, 'S') }),
      placement({ id: 'w', location: loc(52.4, 5, 'Z') }),
    ];
    const ids = createMatcher(places, t)
      .match(participant(), options())
      .matches.map((m) => m.placementId);
    // w has the interest (+30) despite 20 min; x and y tie → id; z has 20 min.
    expect(ids).toEqual(['w', 'x', 'y', 'z']);
  });

  it('returns at most maxResults matches, the best ones', () => {
    const t = tableTravel({ S: { BIKE: 5 } }, 25);
    const places = [placement({ id: 'far' }), placement({ id: 'near', location: loc(52.0, 5, 'S') })];
    const r = createMatcher(places, t).match(participant(), options({ maxResults: 1 }));
    expect(r.matches.map((m) => m.placementId)).toEqual(['near']);
    expect(r.totalCandidates).toBe(2);
  });
});
