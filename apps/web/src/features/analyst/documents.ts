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
      labelEn
    }
    rows {
      key
      label
      labelEn
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
// its axes and legend are drawn in the reader's language, laid out for the screen (useChartLayout).
export const BottlenecksQuery = graphql(`
  query AnalystBottlenecks(
    $by: InsightsBottleneckBreakdown!
    $language: InsightsChartLanguage!
    $layout: InsightsChartLayout!
  ) {
    insightsBottlenecks(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(
      figure: BOTTLENECKS
      bottleneckBy: $by
      titled: false
      language: $language
      layout: $layout
    )
  }
`);

export const SupplyQuery = graphql(`
  query AnalystSupply(
    $by: InsightsSupplyBreakdown!
    $language: InsightsChartLanguage!
    $layout: InsightsChartLayout!
  ) {
    insightsSupplyDemand(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(
      figure: SUPPLY_DEMAND
      supplyBy: $by
      titled: false
      language: $language
      layout: $layout
    )
    insightsDemandWithoutSupply {
      ...AnalystTable
    }
  }
`);

export const PipelineQuery = graphql(`
  query AnalystPipeline($language: InsightsChartLanguage!, $layout: InsightsChartLayout!) {
    insightsPipeline {
      ...AnalystTable
    }
    insightsChartSvg(figure: PIPELINE, titled: false, language: $language, layout: $layout)
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
  query AnalystUnlocks($language: InsightsChartLanguage!, $layout: InsightsChartLayout!) {
    insightsUnlocks {
      ...AnalystTable
    }
    insightsChartSvg(figure: UNLOCKS, titled: false, language: $language, layout: $layout)
  }
`);
