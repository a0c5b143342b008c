internal import CGSL

/// Descriptive statistics of a list of figures, computed by GSL on a sorted scratch copy.
///
/// For values x₁ … xₙ:
/// - `sum` = Σxᵢ, `mean` = Σxᵢ / n (divisor n);
/// - `sampleVariance` = Σ(xᵢ − mean)² / (n − 1) (divisor n − 1, the unbiased estimator);
/// - `quantile(p)` interpolates linearly between order statistics: with h = (n − 1)·p,
///   x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (GSL's `quantile_from_sorted_data`, numpy's default
///   `linear` method); the `median` is `quantile(0.5)`.
///
/// Empty input gives `count` 0, `sum` 0 and `nil` for every other statistic (GSL itself would
/// answer 0.0 for the mean of nothing). One value gives a `nil` sample variance (GSL: NaN).
public struct DescriptiveSummary: Sendable, Hashable {
    /// The quantile levels reported in ``quantiles``.
    public static let quantileLevels: [Double] = [0.025, 0.25, 0.5, 0.75, 0.975]

    public let count: Int
    public let sum: Double
    public let mean: Double?
    public let median: Double?
    /// The quantiles at ``quantileLevels``, in that order; empty for empty input.
    public let quantiles: [Double]
    /// Divisor n − 1; `nil` for fewer than two values.
    public let sampleVariance: Double?
    public let minimum: Double?
    public let maximum: Double?

    /// Summarises the values.
    ///
    /// - Throws: ``GSLError`` (domain) when a value is not finite, (range) when a statistic overflows.
    /// - Complexity: O(n log n), for the sort.
    public init(of values: [Double]) throws(GSLError) {
        guard values.allSatisfy(\.isFinite) else {
            throw GSLError(code: GSLError.domainCode, operation: "a summary of values that are not all finite")
        }
        count = values.count
        guard !values.isEmpty else {
            sum = 0
            mean = nil
            median = nil
            quantiles = []
            sampleVariance = nil
            minimum = nil
            maximum = nil
            return
        }
        let sorted = Self.sortedCopy(values)
        let n = sorted.count
        sum = try GSLBoundary.finite("the sum of \(n) values") {
            // Pairwise-stable enough for counts; GSL has no plain sum, so mean × n would lose exactness.
            sorted.reduce(0, +)
        }
        mean = try GSLBoundary.finite("the mean of \(n) values") {
            sorted.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, n) }
        }
        quantiles = try Self.quantileLevels.map { (level: Double) throws(GSLError) -> Double in
            try Self.quantile(level, ofSorted: sorted)
        }
        median = quantiles[2]
        sampleVariance = n < 2 ? nil : try GSLBoundary.finite("the sample variance of \(n) values") {
            sorted.withUnsafeBufferPointer { gsl_stats_variance($0.baseAddress, 1, n) }
        }
        minimum = sorted.first
        maximum = sorted.last
    }

    /// The quantiles at each level ∈ [0, 1] of the values, linear interpolation as above; empty for empty input.
    ///
    /// - Throws: ``GSLError`` (domain) for a level outside [0, 1] or a value that is not finite.
    public static func quantiles(_ levels: [Double], of values: [Double]) throws(GSLError) -> [Double] {
        guard levels.allSatisfy({ $0 >= 0 && $0 <= 1 }), values.allSatisfy(\.isFinite) else {
            throw GSLError(code: GSLError.domainCode, operation: "quantiles at \(levels)")
        }
        guard !values.isEmpty else { return [] }
        let sorted = sortedCopy(values)
        return try levels.map { (level: Double) throws(GSLError) -> Double in try quantile(level, ofSorted: sorted) }
    }

    /// A sorted copy, sorted by GSL (GSL's median sorts in place, so callers' arrays are never passed).
    static func sortedCopy(_ values: [Double]) -> [Double] {
        GSLBoundary.prepare()
        var sorted = values
        let n = sorted.count
        sorted.withUnsafeMutableBufferPointer { gsl_sort($0.baseAddress, 1, n) }
        return sorted
    }

    /// GSL's interpolated quantile of sorted, non-empty, finite values.
    static func quantile(_ level: Double, ofSorted sorted: [Double]) throws(GSLError) -> Double {
        precondition(!sorted.isEmpty)
        let n = sorted.count
        return try GSLBoundary.finite("the \(level) quantile of \(n) values") {
            sorted.withUnsafeBufferPointer { gsl_stats_quantile_from_sorted_data($0.baseAddress, 1, n, level) }
        }
    }
}
