/**
 * Language pieces both adapters share: how a query is split into words, Dutch stop words,
 * synonyms, the words a sector is found by, and safe highlighting.
 */

/** Words a query may have; the rest is ignored (nobody types more into a search box). */
export const MAX_QUERY_WORDS = 8;
/** Longest word kept; longer "words" are cut (they are not Dutch words anyway). */
export const MAX_WORD_LENGTH = 40;

/**
 * Lower-cased words (letters and digits only) of a query, at most {@link MAX_QUERY_WORDS}.
 * Punctuation and operators are dropped, so the words are safe inside a tsquery or a Meilisearch q.
 */
export function queryWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_QUERY_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * Dutch stop words (the Snowball list, which PostgreSQL's `dutch` configuration also uses), for
 * Meilisearch. PostgreSQL drops them itself.
 */
export const DUTCH_STOP_WORDS: readonly string[] = [
  'de',
  'en',
  'van',
  'ik',
  'te',
  'dat',
  'die',
  'in',
  'een',
  'hij',
  'het',
  'niet',
  'zijn',
  'is',
  'was',
  'op',
  'aan',
  'met',
  'als',
  'voor',
  'had',
  'er',
  'maar',
  'om',
  'hem',
  'dan',
  'zou',
  'of',
  'wat',
  'mijn',
  'men',
  'dit',
  'zo',
  'door',
  'over',
  'ze',
  'zich',
  'bij',
  'ook',
  'tot',
  'je',
  'mij',
  'uit',
  'der',
  'daar',
  'haar',
  'naar',
  'heb',
  'hoe',
  'heeft',
  'hebben',
  'deze',
  'u',
  'want',
  'nog',
  'zal',
  'me',
  'zij',
  'nu',
  'ge',
  'geen',
  'omdat',
  'iets',
  'worden',
  'toch',
  'al',
  'waren',
  'veel',
  'meer',
  'doen',
  'toen',
  'moet',
  'ben',
  'zonder',
  'kan',
  'hun',
  'dus',
  'alles',
  'onder',
  'ja',
  'eens',
  'hier',
  'wie',
  'werd',
  'altijd',
  'doch',
  'wordt',
  'wezen',
  'kunnen',
  'ons',
  'zelf',
  'tegen',
  'na',
  'reeds',
  'wil',
  'kon',
  'niets',
  'uw',
  'iemand',
  'geweest',
  'andere',
];

/**
 * Groups of words that find each other. Meilisearch gets them as (mutual) synonyms; the
 * PostgreSQL adapter expands a query word into its group. Kept short on purpose: a synonym
 * that is too loose makes every search noisier.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['vrijwilligerswerk', 'vrijwilliger', 'vrijwilligers', 'vrijwillig', 'vrijwilligster'],
  ['kok', 'koken', 'keuken', 'kookstudio'],
  ['tuin', 'tuinieren', 'tuinman', 'hovenier', 'groenvoorziening'],
  ['schoonmaak', 'schoonmaken', 'schoonmaker', 'schoonmaakster'],
  ['kinderopvang', 'peuterspeelzaal', 'kinderdagverblijf', 'buitenschoolse'],
  ['winkel', 'supermarkt', 'detailhandel'],
  ['taalcafé', 'taalcafe', 'taalmaatje'],
  ['zorg', 'verzorging', 'zorgcentrum', 'verpleeghuis'],
];

const SYNONYMS_BY_WORD: ReadonlyMap<string, readonly string[]> = new Map(
  SYNONYM_GROUPS.flatMap((group) =>
    group.map((word) => [word, group.filter((other) => other !== word)] as const),
  ),
);

/** The other words of a word's synonym group (empty when it has none). */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS_BY_WORD.get(word) ?? [];
}

/** Mutual synonyms in Meilisearch's format: every word maps to the rest of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [word, others] of SYNONYMS_BY_WORD) out[word] = [...others];
  return out;
}

/** The Dutch words a sector is found by (its name; two-part sectors both parts). */
const SECTOR_WORDS: Readonly<Record<string, string>> = {
  ZORG: 'zorg',
  HORECA: 'horeca',
  DETAILHANDEL: 'detailhandel winkel',
  LOGISTIEK: 'logistiek',
  GROEN: 'groen',
  TECHNIEK: 'techniek',
  SCHOONMAAK: 'schoonmaak',
  KINDEROPVANG_ONDERWIJS: 'kinderopvang onderwijs',
  SPORT: 'sport',
  CULTUUR: 'cultuur',
  WELZIJN: 'welzijn',
  KRINGLOOP: 'kringloop',
  ADMINISTRATIE: 'administratie',
  BOUW: 'bouw',
  PRODUCTIE: 'productie',
  ONTMOETING_TAAL: 'ontmoeting taal',
};

export function sectorSearchText(sector: string | null | undefined): string {
  if (!sector) return '';
  return SECTOR_WORDS[sector] ?? sector.toLowerCase().replace(/_/g, ' ');
}

/** Marks the adapters ask their engine to put around matches; never present in stored text. */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_END = '\u0002';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as it goes into an index: without control characters (so the highlight marks stay unambiguous). */
export function cleanText(text: string): string;
export function cleanText(text: string | null): string | null;
export function cleanText(text: string | null): string | null {
  return text === null ? null : text.replace(CONTROL_CHARACTERS, '');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Engine output with {@link HIGHLIGHT_START}/{@link HIGHLIGHT_END} marks → HTML-escaped text with
 * `<mark>…</mark>`. Whatever an employer typed into a title can never become markup; marks are
 * balanced even if the engine's were not.
 */
export function renderHighlight(marked: string): string {
  let out = '';
  let open = false;
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === HIGHLIGHT_END) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += HTML_ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${out}</mark>` : out;
}

/** Plain text → HTML-escaped text (for results without highlighting). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** The first `maxChars` characters, cut at a word boundary, with an ellipsis when cut. */
export function leadingSnippet(text: string | null, maxChars = 200): string | null {
  if (!text) return null;
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
