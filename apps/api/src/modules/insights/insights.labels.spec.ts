import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEMENT_TYPES, SECTORS } from '@plekwijzer/domain';
import { englishLabelOf, labelOf, labelsOf } from './insights.labels.js';

/** The web workspace's words for the same keys (its tables say them beside the chart). */
const catalogue = (language: 'nl' | 'en') =>
  JSON.parse(
    readFileSync(join(process.cwd(), `apps/web/src/i18n/messages/${language}.json`), 'utf8'),
  ) as Record<string, string>;
const nl = catalogue('nl');
const en = catalogue('en');

describe('the insights labels of sectors and kinds of place', () => {
  // Supply and demand by sector or by kind of place: rows once read "KINDEROPVANG_ONDERWIJS".
  it.each([...SECTORS, ...PLACEMENT_TYPES])(
    '%s has words in Dutch and English, the same as the web says',
    (key) => {
      expect(labelOf(key)).not.toBe(key);
      expect(labelOf(key)).toBe(nl[`analyst.key.${key}`]);
      expect(englishLabelOf(key)).toBe(en[`analyst.key.${key}`]);
      expect(englishLabelOf(key)).not.toBe(key);
    },
  );
});

describe('the insights labels of composed keys', () => {
  it('name a decline or early end for childcare as a reason, not as people who need childcare', () => {
    // The pipeline's columns are "STATUS:REASON"; CHILDCARE is a decline reason as well.
    expect(labelOf('DECLINED:CHILDCARE')).toBe('Afgewezen: kinderopvang');
    expect(englishLabelOf('DECLINED:CHILDCARE')).toBe('Declined: childcare');
    expect(labelOf('DECLINED:LANGUAGE')).toBe('Afgewezen: taal');
    expect(englishLabelOf('ENDED_EARLY:FOUND_WORK')).toBe('Ended early: found work');
  });

  it('name a route split by childcare as the route with or without childcare needed', () => {
    expect(labelOf('Z_ROUTE:CHILDCARE')).toBe('Z-route, met kinderopvang nodig');
    expect(englishLabelOf('Z_ROUTE:NO_CHILDCARE')).toBe('Z-route, no childcare needed');
  });

  it('have no English words for a name, and keep an unknown key as it is in Dutch', () => {
    expect(englishLabelOf('Gemeente Leusden')).toBeUndefined();
    expect(labelOf('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(labelsOf('DECLINED:CHILDCARE')).toEqual({
      key: 'DECLINED:CHILDCARE',
      label: 'Afgewezen: kinderopvang',
      labelEn: 'Declined: childcare',
    });
    expect(labelsOf('0b0e7f9a-1111-4222-8333-944445555666').labelEn).toBeNull();
  });
});
