export { pairRoundsByPeriod, areaTrends, periodKey, type Period, type TrendPoint, type AreaTrend } from './periods';
export {
  compareRounds,
  warningChangeText,
  type RoundComparison,
  type AreaChange,
  type ItemChange,
  type ChangeLine,
  type WarningChange,
} from './compare-rounds';
