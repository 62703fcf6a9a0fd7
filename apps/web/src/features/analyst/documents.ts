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

// Each chart comes without its Dutch title: the page captions it from the catalogue (captions.ts).
export const BottlenecksQuery = graphql(`
  query AnalystBottlenecks($by: InsightsBottleneckBreakdown!) {
    insightsBottlenecks(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: $by, titled: false)
  }
`);

export const SupplyQuery = graphql(`
  query AnalystSupply($by: InsightsSupplyBreakdown!) {
    insightsSupplyDemand(by: $by) {
      ...AnalystTable
    }
    insightsChartSvg(figure: SUPPLY_DEMAND, supplyBy: $by, titled: false)
    insightsDemandWithoutSupply {
      ...AnalystTable
    }
  }
`);

export const PipelineQuery = graphql(`
  query AnalystPipeline {
    insightsPipeline {
      ...AnalystTable
    }
    insightsChartSvg(figure: PIPELINE, titled: false)
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
  query AnalystUnlocks {
    insightsUnlocks {
      ...AnalystTable
    }
    insightsChartSvg(figure: UNLOCKS, titled: false)
  }
`);
