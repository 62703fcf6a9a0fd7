import {
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Navigate, Route, Routes } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
// Every insights table has the same selection: the AnalystTable fragment (documents.ts).
import type { AnalystTableFragment, InsightsChartLanguage } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale';
import { messageOr } from '../../i18n/messageOr';
import { CAPTION, captionText, hiddenFigures } from './captions';
import { FiguresState, useInsightsQuery } from './FiguresState';
import { BottlenecksQuery, PipelineQuery, SupplyQuery, UnlocksQuery } from './documents';
import { useChartLayout } from './useChartLayout';
import './analyst.css';

/**
 * The analyst's pages (issue 12): the insights snapshot as fixed tables, every figure suppressed by
 * the API ("< 5", "x", "–"), with a chart rendered on the server from the council report's
 * Vega-Lite spec beside each main table. The table is the accessible alternative to the chart.
 */
export default function AnalystPages() {
  return (
    <Routes>
      <Route index element={<Navigate replace to="bottlenecks" />} />
      <Route path="bottlenecks" element={<BottlenecksPage />} />
      <Route path="supply" element={<SupplyPage />} />
      <Route path="pipeline" element={<PipelinePage />} />
      <Route path="unlocks" element={<UnlocksPage />} />
    </Routes>
  );
}

/** The server draws the chart's axes and legend in the interface language. */
function useChartLanguage(): InsightsChartLanguage {
  return useLocale().locale === 'en' ? 'EN' : 'NL';
}

const BOTTLENECK_BY = ['ROUTE', 'COACHING_ORGANISATION', 'AREA', 'LANGUAGE_BAND'] as const;
const SUPPLY_BY = ['SECTOR', 'TYPE', 'LANGUAGE_THRESHOLD', 'AREA', 'WEEK_PART'] as const;
/** The supply columns the server's chart draws (insights-report.ts); the others are in the table only. */
const SUPPLY_CHARTED = ['FREE_SPOTS', 'FITTING_PARTICIPANTS'] as const;

function BottlenecksPage() {
  usePageTitle('analyst.bottlenecks.title');
  const [by, setBy] = useState<(typeof BOTTLENECK_BY)[number]>('ROUTE');
  const language = useChartLanguage();
  const layout = useChartLayout();
  const { data, fetching, error } = useInsightsQuery({
    query: BottlenecksQuery,
    variables: { by, language, layout },
  });
  return (
    <>
      <Heading1>
        <FormattedMessage id="analyst.bottlenecks.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="analyst.bottlenecks.intro" />
      </Paragraph>
      <BySwitch id="bottlenecks-by" value={by} options={BOTTLENECK_BY} onChange={setBy} />
      <FiguresState fetching={fetching && !data} error={error}>
        {data && (
          <>
            <Snapshot table={data.insightsBottlenecks} />
            <Chart
              svg={data.insightsChartSvg}
              table={data.insightsBottlenecks}
              caption={CAPTION.bottlenecks(by)}
            />
            <InsightsTable
              table={data.insightsBottlenecks}
              caption={CAPTION.bottlenecks(by)}
              rowTitle={`analyst.by.${by}`}
            />
          </>
        )}
      </FiguresState>
    </>
  );
}

function SupplyPage() {
  usePageTitle('analyst.supply.title');
  const [by, setBy] = useState<(typeof SUPPLY_BY)[number]>('SECTOR');
  const language = useChartLanguage();
  const layout = useChartLayout();
  const { data, fetching, error } = useInsightsQuery({
    query: SupplyQuery,
    variables: { by, language, layout },
  });
  return (
    <>
      <Heading1>
        <FormattedMessage id="analyst.supply.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="analyst.supply.intro" />
      </Paragraph>
      <BySwitch id="supply-by" value={by} options={SUPPLY_BY} onChange={setBy} />
      <FiguresState fetching={fetching && !data} error={error}>
        {data && (
          <>
            <Snapshot table={data.insightsSupplyDemand} />
            <Chart
              svg={data.insightsChartSvg}
              table={data.insightsSupplyDemand}
              caption={CAPTION.supply(by)}
              columns={SUPPLY_CHARTED}
            />
            <InsightsTable
              table={data.insightsSupplyDemand}
              caption={CAPTION.supply(by)}
              rowTitle={`analyst.by.${by}`}
            />
            <Heading2>
              <FormattedMessage id="analyst.supply.gapTitle" />
            </Heading2>
            <Paragraph>
              <FormattedMessage id="analyst.supply.gapIntro" />
            </Paragraph>
            <InsightsTable
              table={data.insightsDemandWithoutSupply}
              caption={CAPTION.demandWithoutSupply}
              rowTitle="analyst.row.group"
            />
          </>
        )}
      </FiguresState>
    </>
  );
}

function PipelinePage() {
  usePageTitle('analyst.pipeline.title');
  const { data, fetching, error } = useInsightsQuery({
    query: PipelineQuery,
    variables: { language: useChartLanguage(), layout: useChartLayout() },
  });
  return (
    <>
      <Heading1>
        <FormattedMessage id="analyst.pipeline.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="analyst.pipeline.intro" />
      </Paragraph>
      <FiguresState fetching={fetching && !data} error={error}>
        {data && (
          <>
            <Snapshot table={data.insightsPipeline} />
            <Chart svg={data.insightsChartSvg} table={data.insightsPipeline} caption={CAPTION.pipeline} />
            <InsightsTable
              table={data.insightsPipeline}
              caption={CAPTION.pipeline}
              rowTitle="analyst.row.quarter"
            />
            <Heading2>
              <FormattedMessage id="analyst.pipeline.timesTitle" />
            </Heading2>
            <InsightsTable
              table={data.insightsPipelineTimes}
              caption={CAPTION.pipelineTimes}
              rowTitle="analyst.row.quarter"
            />
            <Heading2>
              <FormattedMessage id="analyst.pipeline.hoursTitle" />
            </Heading2>
            <InsightsTable
              table={data.insightsHoursBySource}
              caption={CAPTION.hoursBySource}
              rowTitle="analyst.row.quarter"
            />
            <Heading2>
              <FormattedMessage id="analyst.pipeline.risksTitle" />
            </Heading2>
            <InsightsTable
              table={data.participation}
              caption={CAPTION.risks('PARTICIPATION_800')}
              rowTitle="analyst.row.risk"
            />
            <InsightsTable table={data.map} caption={CAPTION.risks('MAP')} rowTitle="analyst.row.risk" />
          </>
        )}
      </FiguresState>
    </>
  );
}

function UnlocksPage() {
  usePageTitle('analyst.unlocks.title');
  const { data, fetching, error } = useInsightsQuery({
    query: UnlocksQuery,
    variables: { language: useChartLanguage(), layout: useChartLayout() },
  });
  return (
    <>
      <Heading1>
        <FormattedMessage id="analyst.unlocks.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="analyst.unlocks.intro" />
      </Paragraph>
      <FiguresState fetching={fetching && !data} error={error}>
        {data && (
          <>
            <Snapshot table={data.insightsUnlocks} />
            <Chart svg={data.insightsChartSvg} table={data.insightsUnlocks} caption={CAPTION.unlocks} />
            <InsightsTable
              table={data.insightsUnlocks}
              caption={CAPTION.unlocks}
              rowTitle="analyst.by.ROUTE"
            />
          </>
        )}
      </FiguresState>
    </>
  );
}

function BySwitch<T extends string>({
  id,
  value,
  options,
  onChange,
}: {
  id: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
}) {
  const intl = useIntl();
  return (
    <FormField className="pw-analyst-by">
      <FormLabel htmlFor={id}>
        <FormattedMessage id="analyst.by.label" />
      </FormLabel>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <SelectOption key={o} value={o}>
            {intl.formatMessage({ id: `analyst.by.${o}` })}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function Snapshot({ table }: { table: AnalystTableFragment }) {
  const k = table.snapshot.suppressionK;
  return (
    <Paragraph className="pw-muted">
      <FormattedMessage
        id="analyst.snapshot"
        values={{
          date: <FormattedDate value={table.snapshot.computedAt} dateStyle="long" timeStyle="short" />,
          k,
        }}
      />
    </Paragraph>
  );
}

/** A table's caption from the catalogue, in the reader's language (the API's title as a fallback). */
function useCaption(): (id: string, table: AnalystTableFragment) => string {
  const intl = useIntl();
  return (id, table) => captionText(intl.messages, (i) => intl.formatMessage({ id: i }), id, table);
}

/**
 * The server's SVG as an image (img-src allows data:), drawn without a title: the figure's caption
 * gives its title and how many figures it leaves out, in the reader's language, and the image's
 * alt names it. The table below is its text alternative.
 */
function Chart({
  svg,
  table,
  caption,
  columns,
}: {
  svg: string;
  table: AnalystTableFragment;
  caption: string;
  columns?: readonly string[];
}) {
  const intl = useIntl();
  const title = useCaption()(caption, table);
  return (
    <figure className="pw-analyst-chart">
      <figcaption>
        <span className="pw-analyst-chart-title">{title}</span>
        <span className="pw-muted">
          <FormattedMessage id="analyst.chart.hidden" values={{ count: hiddenFigures(table, columns) }} />
        </span>
      </figcaption>
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        alt={intl.formatMessage({ id: 'analyst.chart.alt' }, { title })}
      />
    </figure>
  );
}

/** A key's words in the reader's language; the API's Dutch label for names and quarters. */
/**
 * A row's or column's words: the catalogue's for a known key; for a composed key ("Afgewezen:
 * taal") or one the workspace does not know yet, the API's label in the workspace's language (its
 * English one where the key has English words; a name is the same in every language).
 */
function useKeyLabel(): (labelled: { key: string; label: string; labelEn?: string | null }) => string {
  const intl = useIntl();
  return ({ key, label, labelEn }) =>
    messageOr(intl, `analyst.key.${key}`, intl.locale.startsWith('en') && labelEn ? labelEn : label);
}

function InsightsTable({
  table,
  caption,
  rowTitle,
}: {
  table: AnalystTableFragment;
  caption: string;
  rowTitle: string;
}) {
  const intl = useIntl();
  const labelOf = useKeyLabel();
  const title = useCaption()(caption, table);
  const hasRowTotals = table.rows.some((r) => r.total !== null && r.total !== undefined);
  const totalText = intl.formatMessage({ id: 'analyst.total' });
  return (
    // A wide table scrolls sideways on a phone: the region takes keyboard focus so it can be scrolled.
    <div className="pw-table-scroll pw-analyst-table" role="region" aria-label={title} tabIndex={0}>
      <Table className="pw-table">
        <TableCaption>{title}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{intl.formatMessage({ id: rowTitle })}</TableHeaderCell>
            {table.columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col">
                {labelOf(c)}
              </TableHeaderCell>
            ))}
            {hasRowTotals && <TableHeaderCell scope="col">{totalText}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={table.columns.length + 1}>
                <FormattedMessage id="analyst.empty" />
              </TableCell>
            </TableRow>
          )}
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{labelOf(row)}</TableHeaderCell>
              {row.cells.map((cell, i) => (
                <TableCell key={table.columns[i].key} className="pw-analyst-figure">
                  {cell.display}
                </TableCell>
              ))}
              {hasRowTotals && <TableCell className="pw-analyst-figure">{row.total?.display}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
        {table.columnTotals && (
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{totalText}</TableHeaderCell>
              {table.columnTotals.map((f, i) => (
                <TableCell key={table.columns[i].key} className="pw-analyst-figure">
                  {f.display}
                </TableCell>
              ))}
              {hasRowTotals && (
                <TableCell className="pw-analyst-figure">{table.grandTotal?.display}</TableCell>
              )}
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </div>
  );
}
