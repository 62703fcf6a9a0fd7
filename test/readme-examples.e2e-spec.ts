import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DefinitionNode } from 'graphql';
import { projectRoot } from '@plekwijzer/config';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { InsightsRefresher } from '@plekwijzer/api/modules/insights/insights-refresh.service.js';
import { SearchIndexer } from '@plekwijzer/api/modules/search/search-indexer.service.js';

/**
 * Every ```graphql block of the README runs against the demo set, in README order, as the user the
 * README names, and must answer without errors and without an empty list where the README shows
 * results. Each operation is named; EXAMPLES below says who runs it and where its ids come from
 * (the demo's ids are generated, so they cannot be written into the README).
 */
interface Operation {
  name: string;
  document: string;
}

function readmeOperations(): Operation[] {
  const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => {
    const definitions = parse(block).definitions;
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    return definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => ({
        name: op.name?.value ?? '(unnamed)',
        document: print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] as DefinitionNode[] }),
      }));
  });
}

type Who = 'coach' | 'place' | 'analyst';
interface State {
  participantId: string;
  placementId: string;
  today: string;
  introductionId?: string;
  entryId?: string;
  subscriptionId?: string;
}
interface Example {
  as: Who;
  variables?: (s: State) => Record<string, unknown>;
  after?: (data: Record<string, unknown>, s: State) => void;
  /** Lists that may be empty, as dotted paths without indexes, and why. */
  mayBeEmpty?: Record<string, string>;
}

const EXAMPLES: Record<string, Example> = {
  PlacesNearby: {
    as: 'coach',
    mayBeEmpty: {
      'placements.edges.node.schedule.shifts': 'a place with a flexible window has no fixed shifts',
    },
  },
  Matches: { as: 'coach', variables: (s) => ({ id: s.participantId }) },
  Propose: {
    as: 'coach',
    variables: (s) => ({ participantId: s.participantId, placementId: s.placementId }),
    after: (data, s) => {
      s.introductionId = (data.proposeIntroduction as { introduction: { id: string } }).introduction.id;
    },
  },
  Proposed: { as: 'place' },
  Accept: { as: 'place', variables: (s) => ({ id: s.introductionId }) },
  Start: { as: 'place', variables: (s) => ({ id: s.introductionId, today: s.today }) },
  LogHours: {
    as: 'place',
    variables: (s) => ({ id: s.introductionId, today: s.today }),
    after: (data, s) => {
      s.entryId = (data.logHours as { hoursEntry: { id: string } }).hoursEntry.id;
    },
  },
  Approve: { as: 'coach', variables: (s) => ({ entryId: s.entryId }) },
  LogPvtHours: { as: 'coach', variables: (s) => ({ participantId: s.participantId, today: s.today }) },
  Progress: { as: 'coach' },
  Subscribe: {
    as: 'place',
    after: (data, s) => {
      s.subscriptionId = (data.createWebhookSubscription as { subscription: { id: string } }).subscription.id;
    },
  },
  Deliveries: {
    as: 'place',
    variables: (s) => ({ id: s.subscriptionId }),
    mayBeEmpty: {
      'webhookDeliveries.edges':
        'a new subscription has had nothing delivered yet (no dispatcher runs in tests)',
    },
  },
  PostPlace: { as: 'place' },
  Search: { as: 'coach' },
  Bottlenecks: { as: 'analyst' },
};

/** Dotted paths (without indexes) of the empty lists in an answer. */
function emptyLists(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [path];
    return value.flatMap((item) => emptyLists(item, path));
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => emptyLists(v, path ? `${path}.${k}` : k));
  return [];
}

type User = { id: string; role: string; organisation_id: string; display_name: string };

describe('the README’s GraphQL examples', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  let state: State;
  const operations = readmeOperations();

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    // A running service indexes the demo within a second; tests drive the indexer themselves.
    await t.app.get(SearchIndexer).runOnce();
    const users: User[] = await t.dataSource.query(
      'SELECT id, role, organisation_id, display_name FROM users',
    );
    // The coach of the README's story, and her first Z-route client with a match that counts
    // towards the 800 hours at a place whose organisation has a demo user (who plays "the place").
    const coach = users.find((u) => u.role === 'COACH' && u.display_name === 'Fatima Bouzid')!;
    tokens.coach = await t.tokenFor(coach);
    // The analyst reads insights; a running service computes the first snapshot shortly after start.
    tokens.analyst = await t.tokenFor(users.find((u) => u.role === 'ANALYST')!);
    await t.app.get(InsightsRefresher).refresh(null);
    const clients: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM participants WHERE coach_id = $1 AND route = 'Z_ROUTE' AND consent_to_be_proposed ORDER BY client_reference`,
      [coach.id],
    );
    for (const client of clients) {
      const res = await t.gql<{
        matchesForParticipant: {
          matches: Array<{
            countsTowardsZRouteHours: boolean | null;
            placement: { id: string; organisationId: string };
          }>;
          nearMisses: unknown[];
        };
      }>(
        `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { countsTowardsZRouteHours placement { id organisationId } } nearMisses { failedCriterion } } }`,
        { id: client.id },
        tokens.coach,
      );
      const r = res.data!.matchesForParticipant;
      if (r.nearMisses.length === 0) continue;
      for (const m of r.matches) {
        const place = users.find(
          (u) =>
            u.organisation_id === m.placement.organisationId &&
            (u.role === 'EMPLOYER' || u.role === 'PARTNER'),
        );
        if (m.countsTowardsZRouteHours && place && !state) {
          tokens.place = await t.tokenFor(place);
          state = {
            participantId: client.id,
            placementId: m.placement.id,
            today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
          };
        }
      }
      if (state) break;
    }
    expect(state).toBeDefined();
  }, 180_000);
  afterAll(() => t.close());

  it('are all named, and each has an entry here (and no entry is left without its example)', () => {
    const names = operations.map((o) => o.name);
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect([...names].sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('run against the demo, in README order, without errors and with results wherever lists are shown', async () => {
    for (const operation of operations) {
      const example = EXAMPLES[operation.name];
      const res = await t.gql(operation.document, example.variables?.(state) ?? {}, tokens[example.as]);
      expect({ operation: operation.name, errors: res.errors }).toEqual({
        operation: operation.name,
        errors: undefined,
      });
      const empty = emptyLists(res.data).filter((path) => !(path in (example.mayBeEmpty ?? {})));
      expect({ operation: operation.name, empty }).toEqual({ operation: operation.name, empty: [] });
      example.after?.(res.data!, state);
    }
  });
});
