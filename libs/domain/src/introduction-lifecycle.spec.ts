import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canMove,
  DECLINE_REASONS,
  END_REASONS,
  INTRODUCTION_LIFECYCLE,
  INTRODUCTION_STATUSES,
  introductionLifecycleTable,
  mayMakeMove,
  movesFrom,
  OCCUPYING_STATUSES,
  OPEN_STATUSES,
} from './introduction-lifecycle.js';
import { ROLES } from './role.js';

const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'INTRODUCTIONS.md');

describe('introduction lifecycle', () => {
  it('allows exactly the documented moves', () => {
    const moves = Object.fromEntries(INTRODUCTION_STATUSES.map((s) => [s, movesFrom(s)]));
    expect(moves).toEqual({
      PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
      ACCEPTED: ['STARTED', 'WITHDRAWN'],
      DECLINED: [],
      STARTED: ['COMPLETED', 'ENDED_EARLY', 'WITHDRAWN'],
      COMPLETED: [],
      ENDED_EARLY: [],
      WITHDRAWN: [],
    });
    expect(canMove('ACCEPTED', 'PROPOSED')).toBe(false);
  });

  it('has no way out of a final state and no way back into the initial one', () => {
    for (const s of INTRODUCTION_STATUSES) {
      if (!INTRODUCTION_LIFECYCLE[s].open) expect(movesFrom(s)).toEqual([]);
      expect(canMove(s, 'PROPOSED')).toBe(false);
    }
    expect(OPEN_STATUSES).toEqual(['PROPOSED', 'ACCEPTED', 'STARTED']);
    expect(OCCUPYING_STATUSES).toEqual(['ACCEPTED', 'STARTED']);
  });

  it('lets each side make only its own moves; admins make all, analysts none', () => {
    const who = (to: (typeof INTRODUCTION_STATUSES)[number]) => ROLES.filter((r) => mayMakeMove(r, to));
    expect(who('ACCEPTED')).toEqual(['ADMIN', 'EMPLOYER', 'PARTNER']);
    expect(who('DECLINED')).toEqual(['ADMIN', 'EMPLOYER', 'PARTNER']);
    expect(who('WITHDRAWN')).toEqual(['ADMIN', 'COACH']);
    expect(who('PROPOSED')).toEqual(['ADMIN', 'COACH']);
    for (const to of ['STARTED', 'COMPLETED', 'ENDED_EARLY'] as const)
      expect(who(to)).toEqual(['ADMIN', 'COACH', 'EMPLOYER', 'PARTNER']);
  });

  it('types the reasons of a decline and an early end', () => {
    expect(INTRODUCTION_LIFECYCLE.DECLINED.reasons).toBe('DECLINE_REASON');
    expect(INTRODUCTION_LIFECYCLE.ENDED_EARLY.reasons).toBe('END_REASON');
    expect(DECLINE_REASONS).toContain('NO_CAPACITY');
    expect(END_REASONS).toContain('FOUND_WORK');
  });

  it('is documented in docs/INTRODUCTIONS.md by the generated table', () => {
    const doc = readFileSync(DOC, 'utf8');
    const m = /<!-- lifecycle-table:start[^>]*-->\n([\s\S]*?)\n<!-- lifecycle-table:end -->/.exec(doc);
    expect(m?.[1]).toBe(introductionLifecycleTable());
  });
});
