import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { FindField, useDebounced } from '../../app/FindField';
import { LoadMore } from '../../app/LoadMore';
import { QueryState } from '../../app/QueryState';
import { usePageTitle } from '../../app/usePageTitle';
import { useUser } from '../../auth/session';
import type { SearchPlacesQuery as SearchPlacesResult } from '../../gql/graphql';
import { useConnectionPages } from '../../graphql/useConnectionPages';
import { WhyNotChecks } from '../coach/matches/WhyNot';
import { SearchCaseloadQuery, SearchPlacesQuery } from './documents';
import {
  cumulativeLevelCounts,
  facetOptions,
  hasFilters,
  isSelected,
  LANGUAGE_LEVELS,
  LIST_FACETS,
  markedParts,
  RADII,
  readSearch,
  searchVariables,
  toggle,
  writeSearch,
  type ListFacet,
  type SearchState,
} from './search';
import './search.css';

const PAGE_SIZE = 10;
/** The facets shown as tick boxes, in this order. */
const SHOWN_FACETS: readonly ListFacet[] = ['TYPE', 'SECTOR', 'CHILDCARE', 'COMPENSATION', 'DISTRICT'];

type Hit = SearchPlacesResult['searchPlacements']['edges'][number]['node'];

/** The words of a facet value: the catalogues' names, or the postcode area itself. */
function facetValueLabel(facet: ListFacet, value: string): { id: string } | string {
  switch (facet) {
    case 'TYPE':
      return { id: `employer.type.${value}` };
    case 'SECTOR':
      return { id: `employer.sector.${value}` };
    case 'CHILDCARE':
      return { id: `employer.childcare.${value}` };
    case 'COMPENSATION':
      return { id: `search.compensation.${value}` };
    default:
      return value;
  }
}

/**
 * "Plekken zoeken": every signed-in user finds published places by Dutch words (word forms and
 * typos forgiven), narrows them by facets with their counts, and pages through the results. A
 * coach can open "why not for my client?" on any result.
 */
export function SearchPage() {
  usePageTitle('search.title');
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearch(params), [params]);
  const key = params.toString();
  return (
    <>
      <Heading1>
        <FormattedMessage id="search.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="search.intro" />
      </Paragraph>
      <SearchForm key={`form-${key}`} state={state} onSearch={(next) => setParams(writeSearch(next))} />
      <Results searchKey={key} state={state} onChange={(next) => setParams(writeSearch(next))} />
    </>
  );
}

/** The words and the radius: typed, then searched on submit (the facets apply at once). */
function SearchForm({ state, onSearch }: { state: SearchState; onSearch: (next: SearchState) => void }) {
  const intl = useIntl();
  const [text, setText] = useState(state.text);
  const [postcode, setPostcode] = useState(state.postcode);
  const [km, setKm] = useState(state.km ?? 5);
  return (
    <form
      role="search"
      aria-label={intl.formatMessage({ id: 'search.formLabel' })}
      className="pw-search-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ ...state, text, postcode, km: postcode.trim() ? km : undefined });
      }}
    >
      <FormField className="pw-search-form__text">
        <FormLabel htmlFor="search-text">
          <FormattedMessage id="search.text" />
        </FormLabel>
        <FormFieldDescription id="search-text-hint">
          <FormattedMessage id="search.textHint" />
        </FormFieldDescription>
        <Textbox
          id="search-text"
          type="search"
          value={text}
          aria-describedby="search-text-hint"
          onChange={(e) => setText(e.target.value)}
        />
      </FormField>
      <FormField className="pw-search-form__postcode">
        <FormLabel htmlFor="search-postcode">
          <FormattedMessage id="search.postcode" />
        </FormLabel>
        <Textbox
          id="search-postcode"
          value={postcode}
          autoComplete="postal-code"
          className="pw-short"
          onChange={(e) => setPostcode(e.target.value)}
        />
      </FormField>
      <FormField className="pw-search-form__km">
        <FormLabel htmlFor="search-km">
          <FormattedMessage id="search.radius" />
        </FormLabel>
        <Select id="search-km" value={String(km)} onChange={(e) => setKm(Number(e.target.value))}>
          {RADII.map((r) => (
            <SelectOption key={r} value={String(r)}>
              {intl.formatMessage({ id: 'search.km' }, { km: r })}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        <FormattedMessage id="search.submit" />
      </Button>
    </form>
  );
}

function Results({
  searchKey,
  state,
  onChange,
}: {
  searchKey: string;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) {
  const intl = useIntl();
  // The cursors of the pages seen so far: page n starts after cursors[n - 1].
  const [cursors, setCursors] = useState<string[]>([]);
  // A new search starts at the first page.
  const [pagedSearch, setPagedSearch] = useState(searchKey);
  if (pagedSearch !== searchKey) {
    setPagedSearch(searchKey);
    setCursors([]);
  }
  const page = cursors.length;
  const variables = useMemo(
    () => ({ ...searchVariables(state), first: PAGE_SIZE, after: cursors[page - 1] }),
    [state, cursors, page],
  );
  // urql keeps the last answer while the next one loads (fetching): the facets stay under the
  // pointer, and the count waits for the new answer.
  const [{ data, fetching, error }] = useQuery({ query: SearchPlacesQuery, variables });
  const result = data?.searchPlacements;
  const facet = (name: string) => result?.facets.find((f) => f.facet === name)?.values ?? [];
  const levels = cumulativeLevelCounts(facet('LANGUAGE_LEVEL'));
  const hits = result?.edges.map((e) => e.node) ?? [];
  const filtered = hasFilters(state);
  const [facetsOpen, setFacetsOpen] = useState(false);

  return (
    <div className="pw-search">
      <aside
        className={`pw-search__facets${facetsOpen ? '' : ' pw-search__facets--closed'}`}
        aria-labelledby="search-facets"
      >
        <Heading2 id="search-facets">
          <FormattedMessage id="search.facets" />
        </Heading2>
        {/* On a phone the filters fold away above the results; from 60rem they are always shown. */}
        <Button
          appearance="secondary-action-button"
          className="pw-search__facets-toggle"
          aria-expanded={facetsOpen}
          aria-controls="search-facet-body"
          onClick={() => setFacetsOpen(!facetsOpen)}
        >
          <FormattedMessage id={facetsOpen ? 'search.hideFilters' : 'search.showFilters'} />
        </Button>
        <div id="search-facet-body" className="pw-search__facet-body">
          <FormField>
            <FormLabel htmlFor="search-level">
              <FormattedMessage id="search.facet.LANGUAGE_LEVEL" />
            </FormLabel>
            <FormFieldDescription id="search-level-hint">
              <FormattedMessage id="search.levelHint" />
            </FormFieldDescription>
            <Select
              id="search-level"
              aria-describedby="search-level-hint"
              value={state.maxLanguageLevel ?? ''}
              onChange={(e) =>
                onChange({
                  ...state,
                  maxLanguageLevel: (e.target.value || undefined) as SearchState['maxLanguageLevel'],
                })
              }
            >
              <SelectOption value="">{intl.formatMessage({ id: 'search.anyLevel' })}</SelectOption>
              {LANGUAGE_LEVELS.map((level) => (
                <SelectOption key={level} value={level}>
                  {intl.formatMessage(
                    { id: 'search.levelOption' },
                    { level, count: levels[level], hasCount: String(!state.maxLanguageLevel) },
                  )}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          {SHOWN_FACETS.map((name) => {
            const selected = state[LIST_FACETS[name].field] as string[];
            const options = facetOptions(facet(name), selected);
            if (options.length === 0) return null;
            return (
              <Fieldset key={name} className="pw-search__facet">
                <FieldsetLegend>
                  <FormattedMessage id={`search.facet.${name}`} />
                </FieldsetLegend>
                {options.map(({ value, count }) => {
                  const id = `facet-${name}-${value}`;
                  const label = facetValueLabel(name, value);
                  return (
                    <FormField type="checkbox" key={value}>
                      <Checkbox
                        id={id}
                        checked={isSelected(state, name, value)}
                        onChange={() => onChange(toggle(state, name, value))}
                      />
                      <FormLabel htmlFor={id} type="checkbox">
                        {typeof label === 'string' ? label : intl.formatMessage(label)}{' '}
                        <span className="pw-muted">({count})</span>
                      </FormLabel>
                    </FormField>
                  );
                })}
              </Fieldset>
            );
          })}
          {filtered && (
            <Button appearance="subtle-button" onClick={() => onChange(clearFilters(state))}>
              <FormattedMessage id="search.clearFilters" />
            </Button>
          )}
        </div>
      </aside>
      <section className="pw-search__results" aria-labelledby="search-results">
        <Heading2 id="search-results">
          <FormattedMessage id="search.results" />
        </Heading2>
        <Paragraph role="status" className="pw-result-count">
          {fetching && result && <FormattedMessage id="search.searching" />}
          {!fetching && result && (
            <FormattedMessage
              id={result.totalIsExact ? 'search.count' : 'search.countAbout'}
              values={{
                count: result.totalCount,
                page: page + 1,
                pages: Math.ceil(result.totalCount / PAGE_SIZE),
              }}
            />
          )}
        </Paragraph>
        <QueryState fetching={fetching && !data} error={error}>
          {result && hits.length === 0 ? (
            <EmptyAdvice state={state} onClear={() => onChange(clearFilters(state))} />
          ) : (
            <ol className="pw-plain-list pw-search__list" start={page * PAGE_SIZE + 1} aria-busy={fetching}>
              {hits.map((hit) => (
                <li key={hit.placement.id}>
                  <HitCard hit={hit} />
                </li>
              ))}
            </ol>
          )}
          {result && (page > 0 || result.pageInfo.hasNextPage) && (
            <nav aria-label={intl.formatMessage({ id: 'search.paging' })}>
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  disabled={page === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  <FormattedMessage id="search.previous" />
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={!result.pageInfo.hasNextPage || !result.pageInfo.endCursor}
                  onClick={() => setCursors([...cursors, result.pageInfo.endCursor!])}
                >
                  <FormattedMessage id="search.next" />
                </Button>
              </ButtonGroup>
            </nav>
          )}
        </QueryState>
      </section>
    </div>
  );
}

function clearFilters(state: SearchState): SearchState {
  return {
    text: state.text,
    types: [],
    sectors: [],
    childcare: [],
    compensation: [],
    districts: [],
    postcode: '',
  };
}

/** Nothing found: what to try, and a button that removes every filter when there are any. */
function EmptyAdvice({ state, onClear }: { state: SearchState; onClear: () => void }) {
  const filtered = hasFilters(state);
  return (
    <Alert type="info">
      <Heading3>
        <FormattedMessage id="search.empty.title" />
      </Heading3>
      <UnorderedList>
        {state.text.trim() && (
          <UnorderedListItem>
            <FormattedMessage id="search.empty.words" />
          </UnorderedListItem>
        )}
        {filtered && (
          <UnorderedListItem>
            <FormattedMessage id="search.empty.filters" />
          </UnorderedListItem>
        )}
        {state.postcode.trim() && (
          <UnorderedListItem>
            <FormattedMessage id="search.empty.radius" />
          </UnorderedListItem>
        )}
        <UnorderedListItem>
          <FormattedMessage id="search.empty.later" />
        </UnorderedListItem>
      </UnorderedList>
      {filtered && (
        <Button appearance="secondary-action-button" onClick={onClear}>
          <FormattedMessage id="search.clearFilters" />
        </Button>
      )}
    </Alert>
  );
}

function Marked({ html }: { html: string }) {
  return (
    <>{markedParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}

/** The highest level a place requires in any skill, for a one-line summary. */
function highestRequired(hit: Hit): string | undefined {
  const required = hit.placement.languageRequirements.filter((r) => r.required).map((r) => r.level);
  return [...LANGUAGE_LEVELS].reverse().find((l) => required.includes(l));
}

function HitCard({ hit }: { hit: Hit }) {
  const intl = useIntl();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const p = hit.placement;
  const headingId = `hit-${p.id}`;
  const level = highestRequired(hit);
  const facts = [
    intl.formatMessage({ id: `employer.type.${p.type}` }),
    p.sector ? intl.formatMessage({ id: `employer.sector.${p.sector}` }) : undefined,
    p.location ? `${p.location.city} (${p.location.postcode})` : undefined,
    intl.formatMessage({ id: `search.compensation.${p.compensation}` }),
    p.childcare.kind !== 'NONE'
      ? intl.formatMessage({ id: `employer.childcare.${p.childcare.kind}` })
      : undefined,
    level
      ? intl.formatMessage({ id: 'search.level' }, { level })
      : intl.formatMessage({ id: 'search.noLevel' }),
  ].filter(Boolean);
  return (
    <article className="pw-card pw-search-hit" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        <Marked html={hit.titleHighlighted} />
      </Heading3>
      <Paragraph className="pw-muted">{facts.join(' · ')}</Paragraph>
      {hit.snippet && (
        <Paragraph>
          <Marked html={hit.snippet} />
        </Paragraph>
      )}
      {p.openToRoutes.length > 0 && (
        <Paragraph small>
          <FormattedMessage
            id="search.routes"
            values={{
              routes: intl.formatList(p.openToRoutes.map((r) => intl.formatMessage({ id: `route.${r}` }))),
            }}
          />
        </Paragraph>
      )}
      {user.role === 'COACH' && (
        <>
          <Button
            appearance="subtle-button"
            aria-expanded={open}
            aria-controls={open ? `${headingId}-why` : undefined}
            onClick={() => setOpen(!open)}
          >
            <FormattedMessage id={open ? 'search.whyNot.hide' : 'search.whyNot.show'} />
            <span className="pw-visually-hidden">: {p.title}</span>
          </Button>
          {open && (
            <div id={`${headingId}-why`}>
              <WhyNotForClient placementId={p.id} />
            </div>
          )}
        </>
      )}
    </article>
  );
}

/** A client as the picker shows them: the nickname, if any, with the client reference. */
function clientLabel(c: { nickname?: string | null; clientReference: string }): string {
  return c.nickname ? `${c.nickname} (${c.clientReference})` : c.clientReference;
}

/**
 * The coach picks a client of the caseload; every check of this place against them follows. A
 * coach with many clients narrows the picker by part of a name or client reference (asked of the
 * API); what remains comes a page at a time (graphql/useConnectionPages.ts): with more than a
 * page, the picker says how many it holds and "Meer laden" adds the rest to it, the focus back on
 * the picker. The chosen client stays chosen, and one of the options, whatever is typed after.
 */
function WhyNotForClient({ placementId }: { placementId: string }) {
  const intl = useIntl();
  const [chosen, setChosen] = useState<{ id: string; label: string }>();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const selectId = `why-client-${placementId}`;
  const pages = useConnectionPages({
    query: SearchCaseloadQuery,
    variables: { search: search || null },
    connection: (d) => d.caseload,
    name: selectId,
  });
  const { data, fetching, error } = pages;
  const clients = pages.nodes.map((c) => ({ id: c.id, label: clientLabel(c) }));
  const options = chosen && !clients.some((c) => c.id === chosen.id) ? [...clients, chosen] : clients;
  const answered = search !== '' && search === text.trim() && !fetching && data !== undefined;
  // Just loaded clients are options of the picker: the focus goes to the picker itself.
  const justLoaded = clients.some((c) => pages.rowProps(c.id)['data-new-row'] !== undefined);
  const describedBy = pages.hasNextPage ? `${selectId}-more` : undefined;
  return (
    <>
      <FindField
        id={`${selectId}-find`}
        label={<FormattedMessage id="search.whyNot.find" />}
        hint={<FormattedMessage id="search.whyNot.findHint" />}
        value={text}
        onChange={setText}
        found={
          answered ? <FormattedMessage id="search.whyNot.found" values={{ count: pages.totalCount }} /> : null
        }
      />
      <QueryState fetching={fetching && !data} error={error}>
        <FormField>
          <FormLabel htmlFor={selectId}>
            <FormattedMessage id="search.whyNot.client" />
          </FormLabel>
          {describedBy && (
            <FormFieldDescription id={describedBy}>
              <FormattedMessage
                id={search ? 'search.whyNot.clientsShownFound' : 'search.whyNot.clientsShown'}
                values={{ shown: clients.length, count: pages.totalCount }}
              />
            </FormFieldDescription>
          )}
          <Select
            id={selectId}
            value={chosen?.id ?? ''}
            aria-describedby={describedBy}
            data-new-row={justLoaded ? pages.name : undefined}
            onChange={(e) => setChosen(options.find((c) => c.id === e.target.value))}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'search.whyNot.choose' })}</SelectOption>
            {options.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {c.label}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {pages.paged && <LoadMore pages={pages} />}
        {chosen && (
          <WhyNotChecks participantId={chosen.id} placementId={placementId} stretchLanguage={false} />
        )}
      </QueryState>
    </>
  );
}
