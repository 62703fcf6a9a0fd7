import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { GraphQLDate } from '@plekwijzer/graphql';
import { enumOf } from '@plekwijzer/domain';
import { CHART_LAYOUTS } from '@plekwijzer/insights';
import { CHART_FIGURES, CHART_LANGUAGES } from './insights-report.js';
import { BOTTLENECK_BREAKDOWNS, RISK_TARGETS, SUPPLY_BREAKDOWNS } from './insights.service.js';

const FIGURE_STATUSES = ['SHOWN', 'SMALL', 'PROTECTED', 'WITHHELD'] as const;
export const FigureStatus = enumOf(FIGURE_STATUSES);
export const BottleneckBreakdown = enumOf(BOTTLENECK_BREAKDOWNS);
export const SupplyBreakdown = enumOf(SUPPLY_BREAKDOWNS);
export const RiskTarget = enumOf(RISK_TARGETS);
export const ChartFigure = enumOf(CHART_FIGURES);
export const ChartLanguage = enumOf(CHART_LANGUAGES);
export const ChartLayout = enumOf(CHART_LAYOUTS);

registerEnumType(ChartLayout, {
  name: 'InsightsChartLayout',
  description: 'How insightsChartSvg lays out its chart: for a wide screen or the report, or for a phone.',
  valuesMap: {
    WIDE: {
      description:
        'A 560 px wide plot with the legend on its right, about 800 px in all (default; the council report’s).',
    },
    NARROW: {
      description:
        'For a phone, to be shown at its own size: at most 320 px wide in all, each group’s label above its bar, the legend below the plot in one column, long labels over lines.',
    },
  },
});

registerEnumType(ChartLanguage, {
  name: 'InsightsChartLanguage',
  description: 'The language insightsChartSvg draws its axis titles and labels and its legend in.',
  valuesMap: {
    NL: { description: 'Dutch, as in the council report (default).' },
    EN: {
      description:
        'English; names (organisations, municipalities) and quarters as in the table. A drawn title (titled) stays Dutch.',
    },
  },
});

registerEnumType(ChartFigure, {
  name: 'InsightsChartFigure',
  description: 'The figures insightsChartSvg draws.',
  valuesMap: {
    BOTTLENECKS: { description: 'insightsBottlenecks (by bottleneckBy).' },
    SUPPLY_DEMAND: {
      description: 'insightsSupplyDemand (by supplyBy): free spots and fitting participants.',
    },
    PIPELINE: { description: 'insightsPipeline.' },
    UNLOCKS: { description: 'insightsUnlocks: one bar per change, split by route.' },
  },
});

registerEnumType(RiskTarget, {
  name: 'InsightsRiskTarget',
  description: 'The hours targets whose risk insightsRisks counts.',
  valuesMap: {
    PARTICIPATION_800: {
      description: 'The 800 participation hours of the Z-route (other routes: NOT_APPLICABLE).',
    },
    MAP: { description: 'The MAP practice hours (module arbeidsmarkt en participatie).' },
  },
});

registerEnumType(FigureStatus, {
  name: 'InsightsFigureStatus',
  description: 'Whether a figure is published, and if not why (small-cell suppression).',
  valuesMap: {
    SHOWN: { description: 'Published: at least k people (or places), and safe to show.' },
    SMALL: { description: 'Fewer than k: shown as "< k" (primary suppression).' },
    PROTECTED: {
      description:
        'At least k, hidden ("x") so that a small figure cannot be worked out from the totals (secondary suppression).',
    },
    WITHHELD: {
      description:
        'The whole table is withheld ("–"): the group is so small that no figure can be shown safely.',
    },
  },
});

registerEnumType(BottleneckBreakdown, {
  name: 'InsightsBottleneckBreakdown',
  description: 'The fixed ways to split the bottleneck table.',
  valuesMap: {
    ROUTE: { description: 'By learning route (leerroute).' },
    COACHING_ORGANISATION: {
      description:
        'By the coach’s organisation; organisations with fewer than k participants together as OTHER.',
    },
    AREA: {
      description:
        'By municipality of the home PC4 (Bron: CBS); municipalities with fewer than k participants together as OTHER.',
    },
    LANGUAGE_BAND: { description: 'By speaking level: NONE, A1, A2, B1_PLUS.' },
  },
});

registerEnumType(SupplyBreakdown, {
  name: 'InsightsSupplyBreakdown',
  description: 'The fixed ways to split supply and demand.',
  valuesMap: {
    SECTOR: { description: 'By the place’s sector.' },
    TYPE: { description: 'By the kind of place (participatieplek, stage, …).' },
    LANGUAGE_THRESHOLD: { description: 'By the highest language level the place requires.' },
    AREA: { description: 'By the municipality of the place (Bron: CBS).' },
    WEEK_PART: {
      description:
        'By part of the week its shifts or windows reach into (weekday MORNING 06–12, AFTERNOON 12–18, EVENING 18–24, WEEKEND); a place can be in several, so there are no column totals.',
    },
  },
});

@ObjectType('InsightsFigure', { description: 'One count, after small-cell suppression.' })
export class InsightsFigureModel {
  @Field(() => Int, { nullable: true, description: 'The count; null when it is suppressed.' })
  value: number | null;

  @Field(() => FigureStatus, { description: 'Published or suppressed, and why.' })
  status: (typeof FIGURE_STATUSES)[number];

  @Field({ description: 'What to print: the number, "< 5", "x" or "–".' })
  display: string;
}

@ObjectType('InsightsColumn', { description: 'A column of an insights table.' })
export class InsightsColumnModel {
  @Field({ description: 'Stable key (a criterion, a status, a measure, …).' })
  key: string;

  @Field({ description: 'Dutch label for reports.' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description:
      'English label, for a key that has English words; null for a name or a quarter, whose label is the same in every language.',
  })
  labelEn: string | null;
}

@ObjectType('InsightsRow', { description: 'A row of an insights table.' })
export class InsightsRowModel {
  @Field({
    description:
      'Stable key (a route, an organisation id, a municipality, a quarter, …; OTHER for small groups together).',
  })
  key: string;

  @Field({ description: 'Dutch label for reports.' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description:
      'English label, for a key that has English words; null for a name or a quarter, whose label is the same in every language.',
  })
  labelEn: string | null;

  @Field(() => [InsightsFigureModel], { description: 'One figure per column, in column order.' })
  cells: InsightsFigureModel[];

  @Field(() => InsightsFigureModel, {
    nullable: true,
    description: 'The row total, for tables whose columns split the row’s people; null otherwise.',
  })
  total: InsightsFigureModel | null;
}

@ObjectType('InsightsSnapshot', { description: 'The computed snapshot insights are read from.' })
export class InsightsSnapshotModel {
  @Field(() => GraphQLISODateTime, { description: 'When the snapshot was completed.' })
  computedAt: Date;

  @Field(() => GraphQLDate, { description: 'The day the matching was computed for (Amsterdam).' })
  referenceDate: string;

  @Field(() => Int, { description: 'How long the refresh took, in milliseconds.' })
  durationMs: number;

  @Field(() => Int, { description: 'Published places in the snapshot.' })
  places: number;

  @Field(() => InsightsFigureModel, {
    description: 'Active participants (integration term not over), suppressed like every count of people.',
  })
  activeParticipants: InsightsFigureModel;

  @Field(() => Int, { description: 'k: counts below it are suppressed.' })
  suppressionK: number;
}

@ObjectType('InsightsTable', {
  description:
    'One fixed table of the insights snapshot. Every figure has gone through small-cell suppression; the same table always hides the same figures, whoever asks.',
})
export class InsightsTableModel {
  @Field({ description: 'Dutch title.' })
  title: string;

  @Field(() => InsightsSnapshotModel, { description: 'The snapshot the figures come from.' })
  snapshot: InsightsSnapshotModel;

  @Field(() => [InsightsColumnModel], { description: 'The columns, in order.' })
  columns: InsightsColumnModel[];

  @Field(() => [InsightsRowModel], { description: 'The rows, in order.' })
  rows: InsightsRowModel[];

  @Field(() => [InsightsFigureModel], { nullable: true, description: 'The total of each column.' })
  columnTotals: InsightsFigureModel[] | null;

  @Field(() => InsightsFigureModel, {
    nullable: true,
    description: 'The total of the table, when rows and columns both add up.',
  })
  grandTotal: InsightsFigureModel | null;
}

@ObjectType('PlaceInsightsResult', {
  description:
    'For an employer or partner, about one of its own places: how many active participants fit it now, and how many more would if it changed one step. Counts only, suppressed ("< 5").',
})
export class PlaceInsightsModel {
  @Field(() => ID, { description: 'The place.' })
  placementId: string;

  @Field({ description: 'The place’s title.' })
  title: string;

  @Field(() => GraphQLISODateTime, { description: 'When the figures were computed (the insights snapshot).' })
  computedAt: Date;

  @Field(() => InsightsFigureModel, { description: 'Active participants who fit the place now.' })
  fittingParticipants: InsightsFigureModel;

  @Field(() => InsightsFigureModel, {
    description:
      'More participants who would fit if every required language skill were one level lower (among the places each participant almost fits).',
  })
  moreIfLanguageLowered: InsightsFigureModel;

  @Field(() => InsightsFigureModel, {
    description:
      'More participants who would fit if the same hours could be worked within windows an hour wider on each side.',
  })
  moreIfHoursWidened: InsightsFigureModel;

  @Field(() => InsightsFigureModel, {
    description: 'More participants who would fit if the place offered childcare on site (children 0–12).',
  })
  moreIfChildcareOffered: InsightsFigureModel;
}

@InputType({ description: 'How to run the refresh.' })
export class RefreshInsightsInput {
  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Wait until the new snapshot is written and return it (small data sets, tests). Otherwise the refresh runs in the background.',
  })
  @IsOptional()
  @IsBoolean()
  wait: boolean;
}

@ObjectType({ description: 'The result of refreshInsights.' })
export class RefreshInsightsPayload {
  @Field({
    description:
      'With `wait`: true when this call computed the snapshot, false when another run (another replica) held the lock and writes it. Without `wait`: true, the refresh was set off.',
  })
  started: boolean;

  @Field(() => InsightsSnapshotModel, {
    nullable: true,
    description: 'The new snapshot, when `wait` was true.',
  })
  snapshot: InsightsSnapshotModel | null;
}
