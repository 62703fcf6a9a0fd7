import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { buildSchema, GraphQLEnumType } from 'graphql';

/**
 * The message catalogues: Dutch (default) and English have the same keys, every message is valid
 * ICU with the same arguments in both languages, and every message id the code uses exists.
 */
const root = join(process.cwd(), 'apps/web/src');
const nl = JSON.parse(readFileSync(join(root, 'i18n/messages/nl.json'), 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync(join(root, 'i18n/messages/en.json'), 'utf8')) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}
const code = sources(root).map((f) => readFileSync(f, 'utf8'));

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    out.add(e.value);
    if ('options' in e) for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.keys(nl))('%s is valid ICU with the same arguments in both languages', (key) => {
    const args = (text: string) => [...argumentsOf(parse(text))].sort();
    expect(args(en[key])).toEqual(args(nl[key]));
    expect(nl[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
  });

  it('contain every message id the code uses', () => {
    // Any string in the code that looks like an id of one of the catalogues' namespaces
    // ('matches.whyScore', also inside `cond ? 'a.b' : 'a.c'`) must be a key.
    const namespaces = new Set(Object.keys(nl).map((k) => k.split('.')[0]));
    const candidate = /["'`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)["'`]/g;
    const used = new Set(
      code
        .flatMap((c) => [...c.matchAll(candidate)].map((m) => m[1]))
        .filter((id) => namespaces.has(id.split('.')[0])),
    );
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((id) => !(id in nl))).toEqual([]);
  });

  it('have a message for every prefix of an id built at run time (`risk.${risk}`)', () => {
    const prefixes = new Set(
      code.flatMap((c) => [...c.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1])),
    );
    expect(prefixes.size).toBeGreaterThan(0);
    expect([...prefixes].filter((p) => !Object.keys(nl).some((k) => k.startsWith(p)))).toEqual([]);
  });

  // A value the API adds to one of these enums would otherwise show as a missing message.
  const ENUM_PREFIXES: Record<string, string> = {
    MatchCriterion: 'criterion.',
    ScoreComponent: 'scoreComponent.',
    IntroductionStatus: 'introductionStatus.',
    PlacementType: 'placementType.',
    TravelMode: 'travelMode.',
    LearningRoute: 'route.',
    RiskLevel: 'risk.',
    Role: 'role.',
    DeclineReason: 'declineReason.',
    EndReason: 'endReason.',
    Sector: 'sector.',
    PhysicalLoad: 'physicalLoad.',
    TargetGroup: 'targetGroup.',
    LanguageLevel: 'languageLevel.',
  };
  const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
  it.each(Object.entries(ENUM_PREFIXES))(
    'have a message for every value of %s in schema.gql',
    (name, prefix) => {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const missing = (type as GraphQLEnumType).getValues().filter((v) => !(`${prefix}${v.name}` in nl));
      expect(missing.map((v) => v.name)).toEqual([]);
    },
  );
});
