import { graphql } from '../../gql';

// Each table's selection is spelled out in every query: the operations are validated one by one
// (documents.spec.ts), so a shared fragment would stand alone there.

export const BottlenecksQuery = graphql(`
  query AnalystBottlenecks($by: InsightsBottleneckBreakdown!) {
    insightsBottlenecks(by: $by) {
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
    insightsChartSvg(figure: BOTTLENECKS, bottleneckBy: $by)
  }
`);

export const SupplyQuery = graphql(`
  query AnalystSupply($by: InsightsSupplyBreakdown!) {
    insightsSupplyDemand(by: $by) {
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
    insightsChartSvg(figure: SUPPLY_DEMAND, supplyBy: $by)
    insightsDemandWithoutSupply {
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
  }
`);

export const PipelineQuery = graphql(`
  query AnalystPipeline {
    insightsPipeline {
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
    insightsChartSvg(figure: PIPELINE)
    insightsPipelineTimes {
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
    insightsHoursBySource {
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
    participation: insightsRisks(target: PARTICIPATION_800) {
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
    map: insightsRisks(target: MAP) {
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
  }
`);

export const UnlocksQuery = graphql(`
  query AnalystUnlocks {
    insightsUnlocks {
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
    insightsChartSvg(figure: UNLOCKS)
  }
`);
