import {
  actorOf,
  createTestApp,
  day,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Role, Actor } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import type { ProposeInput } from './dto/introduction.inputs.js';
import { DeclineReason, EndReason, IntroductionStatus } from './introduction.enums.js';
import { IntroductionsService } from './introductions.service.js';

/**
 * The introduction rules on the service itself, on the real database: the lifecycle (every move from
 * every state, and who may make it), capacity under concurrency, consent and idempotency. Wiring,
 * the GraphQL shapes and what a place may see stay in test/introductions.e2e-spec.ts.
 */
describe('IntroductionsService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let introductions: IntroductionsService;
  let placements: PlacementsService;
  let participants: ParticipantsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    // The capacity races put 50 proposals on one place; the per-place quota (default 20) has its own test.
    t = await createTestApp({ env: { MAX_OPEN_PROPOSALS_PER_PLACEMENT: '100' } });
    actors = await insertStandardActors(t.dataSource);
    introductions = t.app.get(IntroductionsService);
    placements = t.app.get(PlacementsService);
    participants = t.app.get(ParticipantsService);
  });
  afterAll(() => t.close());

  async function publishedPlace(overrides: Record<string, unknown> = {}): Promise<string> {
    const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>(overrides));
    await placements.publish(as('employerA'), place.id);
    return place.id;
  }

  async function newParticipant(
    overrides: Record<string, unknown> = {},
    coach: StandardActorName = 'coach',
  ): Promise<string> {
    const created = await participants.create(as(coach), participantInput<CreateParticipantInput>(overrides));
    return created.id;
  }

  const proposal = (participantId: string, placementId: string, extra: Partial<ProposeInput> = {}) => ({
    participantId,
    placementId,
    consentConfirmed: true,
    ...extra,
  });

  async function propose(participantId: string, placementId: string): Promise<string> {
    return (await introductions.propose(as('coach'), proposal(participantId, placementId))).id;
  }

  async function status(id: string): Promise<string> {
    const rows: Array<{ status: string }> = await t.dataSource.query(
      'SELECT status FROM introductions WHERE id = $1',
      [id],
    );
    return rows[0].status;
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query(sql, params);
    return rows[0].n;
  }

  type Move = 'accept' | 'decline' | 'start' | 'complete' | 'endEarly' | 'withdraw';
  const MOVES: Move[] = ['accept', 'decline', 'start', 'complete', 'endEarly', 'withdraw'];
  const TARGET: Record<Move, IntroductionStatus> = {
    accept: IntroductionStatus.ACCEPTED,
    decline: IntroductionStatus.DECLINED,
    start: IntroductionStatus.STARTED,
    complete: IntroductionStatus.COMPLETED,
    endEarly: IntroductionStatus.ENDED_EARLY,
    withdraw: IntroductionStatus.WITHDRAWN,
  };

  function move(name: Move, actor: Actor, id: string) {
    switch (name) {
      case 'accept':
        return introductions.accept(actor, id);
      case 'decline':
        return introductions.decline(actor, id, { reason: DeclineReason.OTHER, note: 'Past niet' });
      case 'start':
        return introductions.start(actor, id, day(-5));
      case 'complete':
        return introductions.complete(actor, id, day(-1));
      case 'endEarly':
        return introductions.endEarly(actor, id, { reason: EndReason.OTHER, endDate: day(-1) });
      case 'withdraw':
        return introductions.withdraw(actor, id);
    }
  }

  /** An introduction brought into `state` by the usual hands (the place answers, the coach withdraws). */
  async function introductionIn(state: IntroductionStatus, placementId: string): Promise<string> {
    const id = await propose(await newParticipant(), placementId);
    const place = as('employerA');
    if (state === IntroductionStatus.PROPOSED) return id;
    if (state === IntroductionStatus.DECLINED) return (await move('decline', place, id), id);
    if (state === IntroductionStatus.WITHDRAWN) return (await move('withdraw', as('coach'), id), id);
    await move('accept', place, id);
    if (state === IntroductionStatus.ACCEPTED) return id;
    await introductions.start(place, id, day(-10));
    if (state === IntroductionStatus.STARTED) return id;
    if (state === IntroductionStatus.COMPLETED) return (await move('complete', place, id), id);
    return (await move('endEarly', place, id), id);
  }

  describe('lifecycle', () => {
    let roomy: string;
    beforeAll(async () => {
      roomy = await publishedPlace({ capacity: 100, title: 'Veel plekken' });
    });

    const ALLOWED: Record<IntroductionStatus, Move[]> = {
      PROPOSED: ['accept', 'decline', 'withdraw'],
      ACCEPTED: ['start', 'withdraw'],
      STARTED: ['complete', 'endEarly', 'withdraw'],
      DECLINED: [],
      COMPLETED: [],
      ENDED_EARLY: [],
      WITHDRAWN: [],
    };
    const STATES = Object.keys(ALLOWED) as IntroductionStatus[];
    const allowed = STATES.flatMap((s) => ALLOWED[s].map((m) => [s, m] as const));
    const refused = STATES.flatMap((s) =>
      MOVES.filter((m) => !ALLOWED[s].includes(m)).map((m) => [s, m] as const),
    );

    it('has 8 allowed and 34 refused moves over the 7 states', () => {
      expect(allowed).toHaveLength(8);
      expect(refused).toHaveLength(34);
    });

    it.each(allowed)('allows from %s: %s, and records who made it', async (state, name) => {
      const id = await introductionIn(state, roomy);
      // The coach withdraws; the place makes every other move (START/COMPLETE/END may come from either).
      const actor = name === 'withdraw' ? as('coach') : as('employerA');
      const changed = await move(name, actor, id);
      expect(changed.status).toBe(TARGET[name]);
      expect(await status(id)).toBe(TARGET[name]);
      const last = (await introductions.transitions(id)).at(-1)!;
      expect(last).toMatchObject({ fromStatus: state, toStatus: TARGET[name], actorUserId: actor.userId });
    });

    it.each(refused)('refuses from %s: %s, and changes nothing', async (state, name) => {
      const id = await introductionIn(state, roomy);
      const before = (await introductions.transitions(id)).length;
      const actor = name === 'withdraw' ? as('coach') : as('employerA');
      const error = await move(name, actor, id).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'ILLEGAL_TRANSITION' } });
      expect((error as Error).message).toMatch(/cannot become/);
      expect(await status(id)).toBe(state);
      expect(await introductions.transitions(id)).toHaveLength(before);
    });

    const who: Array<[Move, IntroductionStatus, StandardActorName, 'OK' | 'FORBIDDEN' | 'NOT_FOUND']> = [];
    const answers: Record<Move, Partial<Record<StandardActorName, 'OK' | 'FORBIDDEN'>>> = {
      accept: { employerA: 'OK', admin: 'OK', coach: 'FORBIDDEN' },
      decline: { employerA: 'OK', admin: 'OK', coach: 'FORBIDDEN' },
      withdraw: { coach: 'OK', admin: 'OK', employerA: 'FORBIDDEN' },
      start: { coach: 'OK', employerA: 'OK', admin: 'OK' },
      complete: { coach: 'OK', employerA: 'OK', admin: 'OK' },
      endEarly: { coach: 'OK', employerA: 'OK', admin: 'OK' },
    };
    const from: Record<Move, IntroductionStatus> = {
      accept: IntroductionStatus.PROPOSED,
      decline: IntroductionStatus.PROPOSED,
      withdraw: IntroductionStatus.PROPOSED,
      start: IntroductionStatus.ACCEPTED,
      complete: IntroductionStatus.STARTED,
      endEarly: IntroductionStatus.STARTED,
    };
    for (const m of MOVES)
      for (const a of [
        'coach',
        'otherCoach',
        'employerA',
        'employerB',
        'partner',
        'analyst',
        'admin',
      ] as const)
        // Anyone who is neither the coach who proposed nor the place's organisation does not see it at all.
        who.push([m, from[m], a, answers[m][a] ?? 'NOT_FOUND']);

    it.each(who)('%s from %s by %s: %s', async (name, state, actorName, expected) => {
      const id = await introductionIn(state, roomy);
      const result = await move(name, as(actorName), id).then(
        (i) => i.status,
        (e: { code?: string }) => e.code,
      );
      if (expected === 'OK') {
        expect(result).toBe(TARGET[name]);
        return;
      }
      expect(result).toBe(expected);
      expect(await status(id)).toBe(state);
      // A refusal is audited against the introduction, on its own.
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_log WHERE object_id = $1 AND actor_user_id = $2 AND result = 'DENIED' AND action = $3`,
          [id, actors[actorName].id, `INTRODUCTION_${TARGET[name]}`],
        ),
      ).toBe(1);
    });

    it('lets only a coach propose, and only for their own participant', async () => {
      const placementId = await publishedPlace();
      const mine = await newParticipant();
      for (const other of ['employerA', 'partner', 'analyst', 'admin'] as const) {
        await expect(introductions.propose(as(other), proposal(mine, placementId))).rejects.toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      // Someone else's participant answers as if it did not exist.
      const theirs = await newParticipant({}, 'otherCoach');
      await expect(introductions.propose(as('coach'), proposal(theirs, placementId))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(
        await count('SELECT count(*)::int AS n FROM introductions WHERE participant_id = ANY($1)', [
          [mine, theirs],
        ]),
      ).toBe(0);
    });

    it('proposes only to a published place', async () => {
      const participantId = await newParticipant();
      const draft = await placements.create(as('employerA'), placeInput<CreatePlacementInput>());
      await expect(
        introductions.propose(as('coach'), proposal(participantId, draft.id)),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Place was not found' });
      const paused = await publishedPlace();
      await placements.pause(as('employerA'), paused);
      await expect(introductions.propose(as('coach'), proposal(participantId, paused))).rejects.toMatchObject(
        {
          code: 'NOT_FOUND',
        },
      );
    });

    it('keeps one open introduction per participant and place', async () => {
      const placementId = await publishedPlace();
      const participantId = await newParticipant();
      const first = await propose(participantId, placementId);
      await expect(
        introductions.propose(as('coach'), proposal(participantId, placementId)),
      ).rejects.toMatchObject({ code: 'CONFLICT', extensions: { reason: 'ALREADY_PROPOSED' } });
      // Once that one is closed, the participant can be proposed there again.
      await introductions.withdraw(as('coach'), first);
      expect(await status(await propose(participantId, placementId))).toBe('PROPOSED');
    });

    it('stores the decline reason and the trimmed note, and the end of an early end', async () => {
      const place = as('employerA');
      const declined = await introductionIn(IntroductionStatus.PROPOSED, roomy);
      const d = await introductions.decline(place, declined, {
        reason: DeclineReason.LANGUAGE,
        note: '  Nog te weinig Nederlands  ',
      });
      expect(d).toMatchObject({ declineReason: 'LANGUAGE', declineNote: 'Nog te weinig Nederlands' });
      const ended = await introductionIn(IntroductionStatus.STARTED, roomy);
      const e = await introductions.endEarly(as('coach'), ended, {
        reason: EndReason.HEALTH,
        note: 'Opname',
        endDate: day(-2),
      });
      expect(e).toMatchObject({
        status: 'ENDED_EARLY',
        endReason: 'HEALTH',
        endNote: 'Opname',
        endDate: day(-2),
      });
      expect((await introductions.transitions(ended)).at(-1)).toMatchObject({
        reason: 'HEALTH',
        note: 'Opname',
      });
    });

    it('refuses dates that are not in the calendar, more than a year ahead, or an end before the start', async () => {
      const id = await introductionIn(IntroductionStatus.ACCEPTED, roomy);
      const place = as('employerA');
      // The date checks throw before any promise is made; `attempt` turns that into a rejection too.
      const attempt = <T>(work: () => Promise<T>) => Promise.resolve().then(work);
      await expect(attempt(() => introductions.start(place, id, '2026-02-30'))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [{ path: 'startDate', message: '2026-02-30 is not a date in the calendar' }] },
      });
      await expect(attempt(() => introductions.start(place, id, day(400)))).rejects.toMatchObject({
        extensions: { fields: [{ path: 'startDate', message: 'the date is more than a year ahead' }] },
      });
      await introductions.start(place, id, day(-3));
      await expect(attempt(() => introductions.complete(place, id, day(-4)))).rejects.toMatchObject({
        extensions: { fields: [{ path: 'endDate', message: 'the end date is before the start date' }] },
      });
      await expect(
        attempt(() => introductions.endEarly(place, id, { reason: EndReason.OTHER, endDate: '2026-13-01' })),
      ).rejects.toMatchObject({ extensions: { fields: [{ path: 'input.endDate' }] } });
      expect(await status(id)).toBe('STARTED');
    });

    it('writes an outbox event for each change, to the place and the coach’s organisation', async () => {
      const id = await introductionIn(IntroductionStatus.STARTED, roomy);
      await introductions.complete(as('coach'), id, day(-1));
      const events: Array<{ type: string; organisation_ids: string[]; payload: Record<string, unknown> }> =
        await t.dataSource.query(
          `SELECT type, organisation_ids, payload FROM outbox_events WHERE payload->>'introductionId' = $1 ORDER BY id`,
          [id],
        );
      expect(events.map((e) => e.type)).toEqual([
        'introduction.proposed',
        'introduction.accepted',
        'introduction.started',
        'introduction.completed',
      ]);
      for (const e of events)
        expect([...e.organisation_ids].sort()).toEqual(
          [actors.organisations.employerA, actors.organisations.coaching].sort(),
        );
      expect(events[3].payload).toMatchObject({
        status: 'COMPLETED',
        previousStatus: 'STARTED',
        reason: null,
      });
    });
  });

  describe('capacity', () => {
    it('gives away the last spot once, and frees it again when the introduction is withdrawn', async () => {
      const placementId = await publishedPlace({ capacity: 1, title: 'Eén plek' });
      const first = await propose(await newParticipant(), placementId);
      const second = await propose(await newParticipant(), placementId);
      await introductions.accept(as('employerA'), first);
      await expect(introductions.accept(as('employerA'), second)).rejects.toMatchObject({
        code: 'PLACE_FULL',
        extensions: { reason: 'PLACE_FULL' },
      });
      expect(await status(second)).toBe('PROPOSED');
      // Started still takes the spot.
      await introductions.start(as('employerA'), first, day(-1));
      await expect(introductions.accept(as('employerA'), second)).rejects.toMatchObject({
        code: 'PLACE_FULL',
      });
      await introductions.withdraw(as('coach'), first);
      expect((await introductions.accept(as('employerA'), second)).status).toBe('ACCEPTED');
    });

    it('counts declined, completed and ended introductions as free spots', async () => {
      const placementId = await publishedPlace({ capacity: 1, title: 'Vrijgekomen plek' });
      const done = await introductionIn(IntroductionStatus.COMPLETED, placementId);
      const ended = await introductionIn(IntroductionStatus.ENDED_EARLY, placementId);
      const declined = await introductionIn(IntroductionStatus.DECLINED, placementId);
      expect([await status(done), await status(ended), await status(declined)]).toEqual([
        'COMPLETED',
        'ENDED_EARLY',
        'DECLINED',
      ]);
      const next = await propose(await newParticipant(), placementId);
      expect((await introductions.accept(as('employerA'), next)).status).toBe('ACCEPTED');
      expect((await introductions.occupiedByPlacement()).get(placementId)).toBe(1);
    });

    it('refuses to accept while the place is paused', async () => {
      const placementId = await publishedPlace();
      const id = await propose(await newParticipant(), placementId);
      await placements.pause(as('employerA'), placementId);
      await expect(introductions.accept(as('employerA'), id)).rejects.toMatchObject({
        code: 'CONFLICT',
        extensions: { reason: 'PLACE_NOT_PUBLISHED' },
      });
      await placements.publish(as('employerA'), placementId);
      expect((await introductions.accept(as('employerA'), id)).status).toBe('ACCEPTED');
    });

    it('lets exactly one of 50 concurrent accepts take the last spot, round after round', async () => {
      for (let round = 0; round < 4; round++) {
        const placementId = await publishedPlace({ capacity: 1, title: `Eén plek ${round}` });
        const ids: string[] = [];
        for (let i = 0; i < 50; i++) ids.push(await propose(await newParticipant(), placementId));
        const results = await Promise.all(
          ids.map((id) =>
            introductions.accept(as('employerA'), id).then(
              () => 'OK',
              (e: { code?: string }) => e.code,
            ),
          ),
        );
        expect(results.filter((c) => c === 'OK')).toHaveLength(1);
        expect(results.filter((c) => c === 'PLACE_FULL')).toHaveLength(49);
        expect(
          await count(
            `SELECT count(*)::int AS n FROM introductions WHERE placement_id = $1 AND status IN ('ACCEPTED','STARTED')`,
            [placementId],
          ),
        ).toBe(1);
      }
      // 200 proposals and 200 racing accepts: ~15 s on an idle machine, over 30 s on a busy one.
    }, 120_000);

    it('fills the last of several spots once when accepts race for it', async () => {
      const placementId = await publishedPlace({ capacity: 3, title: 'Drie plekken' });
      for (let i = 0; i < 2; i++) await introductionIn(IntroductionStatus.ACCEPTED, placementId);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) ids.push(await propose(await newParticipant(), placementId));
      const results = await Promise.allSettled(ids.map((id) => introductions.accept(as('employerA'), id)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await introductions.occupiedByPlacement()).get(placementId)).toBe(3);
    });

    it('makes one introduction out of two concurrent proposals of the same participant for the same place', async () => {
      const placementId = await publishedPlace();
      const participantId = await newParticipant();
      const results = await Promise.allSettled([
        introductions.propose(as('coach'), proposal(participantId, placementId)),
        introductions.propose(as('coach'), proposal(participantId, placementId)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refusal = results.find((r) => r.status === 'rejected');
      expect(refusal?.reason).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'ALREADY_PROPOSED' } });
      expect(
        await count('SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1', [
          participantId,
        ]),
      ).toBe(1);
    });
  });

  describe('consent', () => {
    it('refuses a proposal the coach did not confirm consent for, and creates nothing', async () => {
      const participantId = await newParticipant();
      await expect(
        introductions.propose(
          as('coach'),
          proposal(participantId, await publishedPlace(), { consentConfirmed: false }),
        ),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            { path: 'input.consentConfirmed', message: 'the participant must consent to this introduction' },
          ],
        },
      });
      expect(
        await count('SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1', [
          participantId,
        ]),
      ).toBe(0);
    });

    it('refuses a participant who has not consented to being proposed, until they do', async () => {
      const participantId = await newParticipant({ consentToBeProposed: false });
      const placementId = await publishedPlace();
      await expect(
        introductions.propose(as('coach'), proposal(participantId, placementId)),
      ).rejects.toMatchObject({ code: 'CONFLICT', extensions: { reason: 'CONSENT_MISSING' } });
      await participants.update(as('coach'), participantId, { consentToBeProposed: true });
      const made = await introductions.propose(as('coach'), proposal(participantId, placementId));
      expect(made).toMatchObject({ status: 'PROPOSED', consentRecordedBy: actors.coach.id });
      expect(made.consentRecordedAt).toBeInstanceOf(Date);
    });

    it('withdraws every open introduction on revocation, stamps the closed ones, and refuses new proposals', async () => {
      const participantId = await newParticipant();
      // The finished one first: at most three are open at a time.
      const completed = await propose(participantId, await publishedPlace());
      await introductions.accept(as('employerA'), completed);
      await introductions.start(as('employerA'), completed, day(-9));
      await introductions.complete(as('employerA'), completed, day(-4));
      const proposed = await propose(participantId, await publishedPlace());
      const accepted = await propose(participantId, await publishedPlace());
      await introductions.accept(as('employerA'), accepted);
      const started = await propose(participantId, await publishedPlace());
      await introductions.accept(as('employerA'), started);
      await introductions.start(as('employerA'), started, day(-3));

      // Another coach cannot revoke it.
      await expect(introductions.revokeConsent(as('otherCoach'), participantId)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await status(proposed)).toBe('PROPOSED');

      expect(await introductions.revokeConsent(as('coach'), participantId)).toBe(3);
      for (const id of [proposed, accepted, started]) {
        expect(await status(id)).toBe('WITHDRAWN');
        expect((await introductions.transitions(id)).at(-1)).toMatchObject({
          toStatus: 'WITHDRAWN',
          reason: 'CONSENT_REVOKED',
          actorUserId: actors.coach.id,
        });
      }
      expect(await status(completed)).toBe('COMPLETED');
      const stamped: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1 AND consent_revoked_at IS NOT NULL',
        [participantId],
      );
      expect(stamped[0].n).toBe(4);
      const [row]: Array<{ consent_to_be_proposed: boolean }> = await t.dataSource.query(
        'SELECT consent_to_be_proposed FROM participants WHERE id = $1',
        [participantId],
      );
      expect(row.consent_to_be_proposed).toBe(false);
      await expect(
        introductions.propose(as('coach'), proposal(participantId, await publishedPlace())),
      ).rejects.toMatchObject({ extensions: { reason: 'CONSENT_MISSING' } });
      // A second revocation finds nothing open.
      expect(await introductions.revokeConsent(as('coach'), participantId)).toBe(0);
    });

    it('never leaves a proposal standing when consent is revoked at the same moment', async () => {
      const participantId = await newParticipant();
      for (let round = 0; round < 10; round++) {
        await participants.update(as('coach'), participantId, { consentToBeProposed: true });
        const placementId = await publishedPlace();
        await Promise.allSettled([
          introductions.propose(as('coach'), proposal(participantId, placementId)),
          introductions.revokeConsent(as('coach'), participantId),
        ]);
        expect(
          await count(
            `SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1 AND status IN ('PROPOSED', 'ACCEPTED', 'STARTED')`,
            [participantId],
          ),
        ).toBe(0);
      }
    });
  });

  describe('idempotency', () => {
    it('returns the first result for the same key and input, and refuses the key for a different input', async () => {
      const placementId = await publishedPlace();
      const participantId = await newParticipant();
      const input = proposal(participantId, placementId, { idempotencyKey: 'propose-key-0001' });
      const first = await introductions.propose(as('coach'), input);
      const retry = await introductions.propose(as('coach'), { ...input });
      expect(retry.id).toBe(first.id);
      expect(
        await count('SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1', [
          participantId,
        ]),
      ).toBe(1);
      await expect(introductions.propose(as('coach'), { ...input, message: 'anders' })).rejects.toMatchObject(
        { code: 'CONFLICT', extensions: { reason: 'IDEMPOTENCY_KEY_REUSED' } },
      );
      // The key order of the input does not matter: the same request is the same request.
      const reordered = Object.fromEntries(Object.entries(input).reverse()) as unknown as ProposeInput;
      expect((await introductions.propose(as('coach'), reordered)).id).toBe(first.id);
    });

    it('replays concurrent retries with one key as one introduction', async () => {
      const participantId = await newParticipant();
      const input = proposal(participantId, await publishedPlace(), { idempotencyKey: 'propose-key-0002' });
      const results = await Promise.all([1, 2, 3].map(() => introductions.propose(as('coach'), input)));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(
        await count('SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1', [
          participantId,
        ]),
      ).toBe(1);
    });

    it('scopes a key to its user', async () => {
      const placementId = await publishedPlace();
      const mine = await introductions.propose(
        as('coach'),
        proposal(await newParticipant(), placementId, { idempotencyKey: 'shared-key-0001' }),
      );
      const theirs = await introductions.propose(
        as('otherCoach'),
        proposal(await newParticipant({}, 'otherCoach'), placementId, { idempotencyKey: 'shared-key-0001' }),
      );
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.coachId).toBe(actors.otherCoach.id);
    });
  });
});
