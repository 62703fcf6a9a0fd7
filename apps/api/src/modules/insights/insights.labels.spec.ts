import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEMENT_TYPES, SECTORS } from '@plekwijzer/domain';
import { englishLabelOf, labelOf } from './insights.labels.js';

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
