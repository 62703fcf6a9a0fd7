export * from './types.js';
export { CsvDataError } from './csv.js';
export { parsePostcode, type PostcodeParseResult } from './postcode.js';
export { Pc4Table, PC4_CSV_HEADER, defaultPc4CsvPath, type Pc4ResolveResult } from './pc4-table.js';
export { EARTH_RADIUS_KM, haversineKm } from './haversine.js';
export { boundingBoxAround, isInBoundingBox, type GeoBoundingBox } from './bounding-box.js';
export {
  DEFAULT_TRAVEL_COEFFICIENTS,
  resolveTravelCoefficients,
  type ModeCoefficients,
  type PublicTransportCoefficients,
  type TravelCoefficientOverrides,
  type TravelCoefficients,
} from './travel-coefficients.js';
export {
  TRAVEL_TIME_MATRIX_HEADER,
  TravelTimeMatrix,
  pc4Key,
  type TravelTimeMatrixEntry,
} from './travel-time-matrix.js';
export {
  ROUNDING_SLACK_MINUTES,
  TravelTimeEstimator,
  type TravelTimeEstimatorOptions,
} from './travel-time-estimator.js';
