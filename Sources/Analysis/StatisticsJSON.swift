import ClaimModel
import Foundation
import Reconciliation
import Statistics

/// The documented JSON form of a dataset's statistics (`tally stats --format json`).
///
/// Top level: `settings` (seed, draws, shape, significance, plausible_ratio), `groups`, `daily`,
/// `heaping`, `ratios`, `capture_recapture` (or null), `findings`. Open bounds and infinite
/// interval ends are `null`. Keys are sorted, so output is byte-stable.
public enum StatisticsJSON {
    struct Document: Encodable {
        var settings: Settings
        var groups: [GroupJSON]
        var daily: [DailyJSON]
        var heaping: [HeapingJSON]
        var ratios: [RatioJSON]
        var capture_recapture: RecaptureJSON?
        var findings: [FindingJSON]
    }

    struct Settings: Encodable {
        var seed: UInt32, draws: Int, shape: String, significance: Double, plausible_ratio: [Double]
    }

    struct Interval: Encodable {
        var lower: Double?, upper: Double?
        init(_ lower: Double, _ upper: Double) {
            self.lower = lower.isFinite ? lower : nil
            self.upper = upper.isFinite ? upper : nil
        }
    }

    struct SummaryJSON: Encodable {
        var count: Int, sum: Double?, mean: Double?, median: Double?
        var quantiles: [String: Double]
        var sample_variance: Double?, maximum: Double?

        init(_ summary: DescriptiveSummary, additive: Bool = true) {
            count = summary.count
            sum = additive ? summary.sum : nil
            mean = summary.mean
            median = summary.median
            quantiles = Dictionary(uniqueKeysWithValues: zip(DescriptiveSummary.quantileLevels.map { "q\($0)" }, summary.quantiles))
            sample_variance = summary.sampleVariance
            maximum = summary.maximum
        }
    }

    struct GroupJSON: Encodable {
        var party: String?, category: String, scope: String, period: String
        var figures: SummaryJSON
        var low_sum: Double?, high_sum: Double?
        var count_interval: Interval?
        var total_interval: TotalJSON?
    }

    struct TotalJSON: Encodable { var best: Double, lower: Double, median: Double, upper: Double }

    struct DailyJSON: Encodable {
        var party: String?, category: String, first_day: String, last_day: String
        var values: [Double]
        var summary: SummaryJSON
        var dispersion: DispersionJSON?
        var trend: TrendJSON?
        var change_points: [ChangeJSON]
    }

    struct DispersionJSON: Encodable { var index: Double, statistic: Double, degrees_of_freedom: Int, p_value: Double }
    struct TrendJSON: Encodable { var slope_per_day: Double, intercept: Double, standard_error: Double, interval: Interval, p_value: Double }
    struct ChangeJSON: Encodable { var day: String, mean_before: Double, mean_after: Double, statistic: Double, escalation: Bool }

    struct HeapingJSON: Encodable {
        var source: String?
        var figures: Int
        var ending_in_0_or_5: Int
        var share: Double?
        var expected_share: Double
        var p_value: Double?
    }

    struct RatioJSON: Encodable {
        var party: String?
        var killed: Int
        var wounded: Int
        var killed_basis: String
        var wounded_basis: String
        var ratio: Double?
        var interval: Interval
        var implausible: Bool
    }

    struct RecaptureJSON: Encodable {
        var first_source: String, second_source: String, first_count: Int, second_count: Int, both: Int, observed: Int
        var lincoln_petersen: Double?, chapman: Double, chapman_variance: Double, missed_by_both: Double
        var interval: Interval
        var assumptions: String
    }

    struct FindingJSON: Encodable {
        var rule: String, severity: String, message: String, expected: String?, observed: String?, claims: [String]
    }

    /// The statistics as pretty-printed JSON with sorted keys, ending in a newline.
    public static func text(of statistics: DatasetStatistics) -> String {
        let settings = statistics.settings
        let document = Document(
            settings: Settings(seed: settings.seed, draws: settings.draws, shape: settings.shape.rawValue,
                               significance: settings.significance,
                               plausible_ratio: [settings.plausibleRatio.lowerBound, settings.plausibleRatio.upperBound]),
            groups: statistics.groups.map { group in
                GroupJSON(party: group.key.party, category: group.key.category.rawValue, scope: group.key.scope.rawValue,
                          period: group.key.period, figures: SummaryJSON(group.summary, additive: group.key.scope == .incident),
                          low_sum: group.lowSum, high_sum: group.highSum,
                          count_interval: group.countInterval.map { Interval($0.lower, $0.upper) },
                          total_interval: group.total.map { TotalJSON(best: $0.bestTotal, lower: $0.lower, median: $0.median, upper: $0.upper) })
            },
            daily: statistics.daily.map { series in
                DailyJSON(party: series.party, category: series.category.rawValue,
                          first_day: Number.day(series.firstDay), last_day: Number.day(series.firstDay + series.values.count - 1),
                          values: series.values, summary: SummaryJSON(series.summary),
                          dispersion: series.dispersion.map {
                              DispersionJSON(index: $0.index, statistic: $0.statistic, degrees_of_freedom: $0.degreesOfFreedom, p_value: $0.pValue)
                          },
                          trend: series.trend.map {
                              TrendJSON(slope_per_day: $0.slope, intercept: $0.intercept, standard_error: $0.standardError,
                                        interval: Interval($0.lower, $0.upper), p_value: $0.pValue)
                          },
                          change_points: series.changePoints.changes.map {
                              ChangeJSON(day: Number.day(series.firstDay + $0.index), mean_before: $0.meanBefore,
                                         mean_after: $0.meanAfter, statistic: $0.statistic, escalation: $0.isEscalation)
                          })
            },
            heaping: statistics.heaping.map {
                HeapingJSON(source: $0.source, figures: $0.test.count, ending_in_0_or_5: $0.test.heapedCount,
                            share: $0.test.share, expected_share: HeapingTest.expectedShare, p_value: $0.test.pValue)
            },
            ratios: statistics.ratios.map {
                RatioJSON(party: $0.party, killed: $0.killed, wounded: $0.wounded,
                          killed_basis: $0.killedBasis, wounded_basis: $0.woundedBasis,
                          ratio: $0.ratio.ratio.flatMap { $0.isFinite ? $0 : nil },
                          interval: Interval($0.ratio.lower, $0.ratio.upper), implausible: $0.isImplausible)
            },
            capture_recapture: statistics.captureRecapture.map { recapture in
                let e = recapture.estimate
                return RecaptureJSON(first_source: recapture.firstSource, second_source: recapture.secondSource,
                                     first_count: e.firstCount, second_count: e.secondCount, both: e.both, observed: e.observed,
                                     lincoln_petersen: e.lincolnPetersen, chapman: e.chapman, chapman_variance: e.chapmanVariance,
                                     missed_by_both: e.missedByBoth, interval: Interval(e.lower, e.upper),
                                     assumptions: CaptureRecapture.assumptions)
            },
            findings: statistics.findings.map {
                FindingJSON(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message,
                            expected: $0.expected, observed: $0.observed, claims: $0.claimIDs)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
