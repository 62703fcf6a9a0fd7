import { graphql } from '../../gql';

graphql(`
  fragment InsightsTableParts on InsightsTable {
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

export const BottlenecksQuery = graphql(`
  query AnalystBottlenecks($by: InsightsBottleneckBreakdown!) {
    insightsBottlenecks(by: $by) {
      ...InsightsTableParts
    }
    insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: $by)
  }
`);

export const SupplyQuery = graphql(`
  query AnalystSupply($by: InsightsSupplyBreakdown!) {
    insightsSupplyDemand(by: $by) {
      ...InsightsTableParts
    }
    insightsChartSvg(figure: SUPPLY_DEMAND, supplyBy: $by)
    insightsDemandWithoutSupply {
      ...InsightsTableParts
    }
  }
`);

export const PipelineQuery = graphql(`
  query AnalystPipeline {
    insightsPipeline {
      ...InsightsTableParts
    }
    insightsChartSvg(figure: PIPELINE)
    insightsPipelineTimes {
      ...InsightsTableParts
    }
    insightsHoursBySource {
      ...InsightsTableParts
    }
    participation: insightsRisks(target: PARTICIPATION_800) {
      ...InsightsTableParts
    }
    map: insightsRisks(target: MAP) {
      ...InsightsTableParts
    }
  }
`);

export const UnlocksQuery = graphql(`
  query AnalystUnlocks {
    insightsUnlocks {
      ...InsightsTableParts
    }
    insightsChartSvg(figure: UNLOCKS)
  }
`);
