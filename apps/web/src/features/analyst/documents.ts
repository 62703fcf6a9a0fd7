import { graphql } from '../../gql';

/** What every insights table shows: its cells as displayed (suppressed where small), totals, snapshot. */
export const AnalystTableFields = graphql(`
  fragment AnalystTable on InsightsTable {
    title
    snapshot {
      computedAt
      suppressionK
    }
    columns {
      key
      label
    }
    rows {
      key
      label
      cells {
        value
        status
        display
      }
      total {
        display
      }
    }
    columnTotals {
      display
    }
    grandTotal {
      display
    }
  }
`);

// Each chart comes without its Dutch title: the page captions it from the catalogue (captions.ts);
// its axes and legend are drawn in the reader's language.
export const BottlenecksQuery = graphql(`
  query AnalystBottlenecks($by: InsightsBottleneckBreakdown!, $language: InsightsChartLanguage!) {
    insightsBottlenecks(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: $by, titled: false, language: $language)
  }
`);

export const SupplyQuery = graphql(`
  query AnalystSupply($by: InsightsSupplyBreakdown!, $language: InsightsChartLanguage!) {
    insightsSupplyDemand(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(figure: SUPPLY_DEMAND, supplyBy: $by, titled: false, language: $language)
    insightsDemandWithoutSupply {
      ...AnalystTable
    }
  }
`);

export const PipelineQuery = graphql(`
  query AnalystPipeline($language: InsightsChartLanguage!) {
    insightsPipeline {
      ...AnalystTable
    }
    insightsChartSvg(figure: PIPELINE, titled: false, language: $language)
    insightsPipelineTimes {
      ...AnalystTable
    }
    insightsHoursBySource {
      ...AnalystTable
    }
    participation: insightsRisks(target: PARTICIPATION_800) {
      ...AnalystTable
    }
    map: insightsRisks(target: MAP) {
      ...AnalystTable
    }
  }
`);

export const UnlocksQuery = graphql(`
  query AnalystUnlocks($language: InsightsChartLanguage!) {
    insightsUnlocks {
      ...AnalystTable
    }
    insightsChartSvg(figure: UNLOCKS, titled: false, language: $language)
  }
`);
