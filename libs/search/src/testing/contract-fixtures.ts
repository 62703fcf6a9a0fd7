import type { SearchDocument } from '../types.js';

/** PC4 centroids from data/nl-pc4-centroids.csv (Bron: CBS). */
export const PC4 = {
  '3811': { lat: 52.15561, lon: 5.38758 }, // Amersfoort binnenstad
  '3813': { lat: 52.16996, lon: 5.38523 },
  '3821': { lat: 52.17491, lon: 5.42653 },
  '3824': { lat: 52.19993, lon: 5.38012 },
  '3831': { lat: 52.121, lon: 5.45452 }, // Leusden, ≈ 6 km from 3811
  '3512': { lat: 52.09072, lon: 5.12403 }, // Utrecht, ≈ 19 km from 3811
} as const;

const ORG_A = '0a5f5a55-0000-4000-8000-00000000000a';
const ORG_B = '0a5f5a55-0000-4000-8000-00000000000b';

let n = 0;
function doc(
  fields: Omit<
    SearchDocument,
    'id' | 'organisationId' | 'organisationName' | 'location' | 'city' | 'publishedAt'
  > &
    Partial<Pick<SearchDocument, 'organisationId' | 'organisationName'>>,
): SearchDocument {
  n++;
  const district = fields.district as keyof typeof PC4;
  return {
    id: `5ea4c000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationId: ORG_A,
    organisationName: 'Werkbedrijf Eemland',
    city: district === '3831' ? 'Leusden' : district === '3512' ? 'Utrecht' : 'Amersfoort',
    location: PC4[district],
    // Distinct dates, newest last in this list.
    publishedAt: new Date(Date.UTC(2026, 0, 1 + n, 9, 0, 0)).toISOString(),
    ...fields,
  };
}

/**
 * Ten published places the contract suite indexes. Each relevance test has one intended
 * first hit; the filters and facets are checked against these documents by plain TypeScript.
 */
export const CONTRACT_DOCUMENTS = {
  magazijn: doc({
    type: 'WERKERVARINGSPLEK',
    title: 'Medewerker magazijn',
    sector: 'LOGISTIEK',
    languageLevel: 'A2',
    childcare: 'NONE',
    compensation: 'PAID',
    district: '3824',
    description: 'Orderpicken en dozen inpakken in ons magazijn aan de rand van de stad.',
  }),
  fietsenmaker: doc({
    type: 'PARTICIPATIEPLEK',
    title: 'Fietsenmaker in de werkplaats',
    sector: 'TECHNIEK',
    languageLevel: 'A1',
    childcare: 'NONE',
    compensation: 'NONE',
    district: '3811',
    description: 'Banden plakken, remmen afstellen en fietsen repareren samen met een ervaren monteur.',
  }),
  kinderboerderij: doc({
    type: 'VRIJWILLIGERSWERK',
    title: 'Vrijwilligerswerk op de kinderboerderij',
    sector: 'GROEN',
    languageLevel: 'NONE',
    childcare: 'CHILDREN_WELCOME',
    compensation: 'VOLUNTEER_ALLOWANCE',
    district: '3813',
    description: 'Dieren verzorgen en kinderen rondleiden. Je eigen kinderen mogen mee.',
  }),
  keuken: doc({
    type: 'TAALSTAGE',
    title: 'Hulpkok in de keuken',
    sector: 'HORECA',
    languageLevel: 'A2',
    childcare: 'ON_SITE',
    compensation: 'NONE',
    district: '3811',
    description: 'Samen eten bereiden voor de buurt: groenten snijden, soep maken en afwassen.',
  }),
  park: doc({
    type: 'PARTICIPATIEPLEK',
    title: 'Tuinonderhoud in het park',
    sector: 'GROEN',
    languageLevel: 'A1',
    childcare: 'NONE',
    compensation: 'NONE',
    district: '3831',
    description: 'Snoeien, maaien en onkruid wieden in de tuinen van het park.',
  }),
  taalcafe: doc({
    type: 'VRIJWILLIGERSWERK',
    title: 'Gastvrouw bij het taalcafé',
    sector: 'ONTMOETING_TAAL',
    languageLevel: 'A1',
    childcare: 'CHILDREN_WELCOME',
    compensation: 'VOLUNTEER_ALLOWANCE',
    district: '3811',
    description: 'Koffie schenken en gesprekken voeren met vrijwilligers en bezoekers.',
  }),
  kantoor: doc({
    type: 'STAGE',
    title: 'Administratief medewerker',
    sector: 'ADMINISTRATIE',
    languageLevel: 'B1',
    childcare: 'NONE',
    compensation: 'PAID',
    district: '3512',
    description: 'Post sorteren, het archief bijhouden en de telefoon aannemen.',
  }),
  voedselbank: doc({
    type: 'VRIJWILLIGERSWERK',
    title: 'Uitgifte van pakketten',
    sector: 'WELZIJN',
    languageLevel: 'A1',
    childcare: 'NONE',
    compensation: 'NONE',
    district: '3821',
    organisationId: ORG_B,
    organisationName: 'Voedselbank Amersfoort',
    description: 'Pakketten klaarzetten en uitdelen op vrijdagmiddag.',
  }),
  chauffeur: doc({
    type: 'PROEFPLAATSING',
    title: 'Chauffeur bezorgdienst',
    sector: 'LOGISTIEK',
    languageLevel: 'B1',
    childcare: 'NONE',
    compensation: 'PAID',
    district: '3821',
    description: 'Pakjes bezorgen in de regio en af en toe helpen in het magazijn.',
  }),
  schilder: doc({
    type: 'WERKERVARINGSPLEK',
    title: 'Schilder & behanger <script>',
    sector: 'BOUW',
    languageLevel: 'A2',
    childcare: 'NONE',
    compensation: 'PAID',
    district: '3813',
    description: 'Muren <b>schilderen</b> en behangen in nieuwbouwwoningen.',
  }),
} satisfies Record<string, SearchDocument>;

export type ContractKey = keyof typeof CONTRACT_DOCUMENTS;
export const ALL_CONTRACT_DOCUMENTS: SearchDocument[] = Object.values(CONTRACT_DOCUMENTS);
export const CONTRACT_ORGANISATION_B = ORG_B;

export function keyOf(id: string): ContractKey | undefined {
  return (Object.keys(CONTRACT_DOCUMENTS) as ContractKey[]).find((k) => CONTRACT_DOCUMENTS[k].id === id);
}
