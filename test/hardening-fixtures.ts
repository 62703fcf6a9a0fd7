import type { TestApp } from '@plekwijzer/test-support';

import { day, participantInput, placeInput } from '@plekwijzer/testing';

// The shared builders (libs/testing), under the short names these tests use.
export { day };
export const place = (overrides: Record<string, unknown> = {}) => placeInput(overrides);
export const participant = (overrides: Record<string, unknown> = {}) => participantInput(overrides);

export const PROPOSE = `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id status } } }`;

/** Small helpers over a TestApp for the hardening tests. */
export function helpers(t: TestApp, tokens: { coach: string; employer: string }) {
  const { ok } = t;
  return {
    ok,
    async newPlace(overrides: Record<string, unknown> = {}): Promise<string> {
      const { createPlacement } = await ok<{ createPlacement: { placement: { id: string } } }>(
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
        { input: place(overrides) },
        tokens.employer,
      );
      await ok(
        `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
        { id: createPlacement.placement.id },
        tokens.employer,
      );
      return createPlacement.placement.id;
    },
    newParticipant: (overrides: Record<string, unknown> = {}): Promise<string> =>
      t.createParticipant(tokens.coach, overrides),
    propose(participantId: string, placementId: string) {
      return t.gql<{ proposeIntroduction: { introduction: { id: string; status: string } } }>(
        PROPOSE,
        { input: { participantId, placementId, consentConfirmed: true } },
        tokens.coach,
      );
    },
    async auditCount(where: string, params: unknown[]): Promise<number> {
      const rows: Array<{ n: string }> = await t.dataSource.query(
        `SELECT count(*) AS n FROM audit_log WHERE ${where}`,
        params,
      );
      return Number(rows[0].n);
    },
  };
}
