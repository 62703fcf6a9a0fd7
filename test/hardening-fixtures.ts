import type { TestApp } from '@plekwijzer/test-support';

import { day, participantInput, placeInput } from '@plekwijzer/testing';

// The shared builders (libs/testing), under the short names these tests use.
export { day };
export const place = (overrides: Record<string, unknown> = {}) => placeInput(overrides);
export const participant = (overrides: Record<string, unknown> = {}) => participantInput(overrides);

export const PROPOSE = `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id status } } }`;

/** Small helpers over a TestApp for the hardening tests. */
export function helpers(t: TestApp, tokens: { coach: string; employer: string }) {
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
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
    async newParticipant(overrides: Record<string, unknown> = {}): Promise<string> {
      const { createParticipant } = await ok<{ createParticipant: { participant: { id: string } } }>(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participant(overrides) },
        tokens.coach,
      );
      return createParticipant.participant.id;
    },
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
