import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { defaultPc4CsvPath, Pc4Table, TravelTimeEstimator, TravelTimeMatrix } from '@plekwijzer/geo';
import { PostcodeLookup } from './postcode-lookup.service.js';

/**
 * Nest wrapper around the pure geo library: the PC4 table and the travel-time estimator are
 * loaded once per process and shared.
 */
@Global()
@Module({
  providers: [
    PostcodeLookup,
    {
      provide: Pc4Table,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Pc4Table.fromFile(config.PC4_CSV_PATH ?? defaultPc4CsvPath()),
    },
    {
      provide: TravelTimeEstimator,
      inject: [AppConfig, Pc4Table],
      // With a matrix the table lets the estimator bound how far a matrix entry reaches (pruning).
      useFactory: (config: AppConfig, pc4Table: Pc4Table) =>
        new TravelTimeEstimator(
          {},
          config.TRAVEL_MATRIX_CSV
            ? { matrix: TravelTimeMatrix.fromFile(config.TRAVEL_MATRIX_CSV), pc4Table }
            : {},
        ),
    },
  ],
  exports: [Pc4Table, TravelTimeEstimator, PostcodeLookup],
})
export class GeoModule {}
