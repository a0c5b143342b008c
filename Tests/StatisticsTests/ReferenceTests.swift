import Statistics
import Testing

/// Every statistic against `Fixtures/reference.json` (scipy 1.17 / numpy, run once).
///
/// Tolerances: 1e-9 relative where GSL and the reference evaluate the same closed formula or
/// order statistic (summaries, dispersion index, linear fit, Chapman, Monte Carlo percentiles);
/// 1e-6 relative (1e-12 absolute) where both sides invert or integrate a distribution with their
/// own algorithms (chi-square, t, binomial and beta tails and quantiles).
@Suite("Statistics match independently computed reference values")
struct ReferenceTests {
    static let reference = Reference.values

    @Test(arguments: reference.summaries.map(\.name))
    func descriptiveSummary(name: String) throws {
        let expected = try #require(Self.reference.summaries.first { $0.name == name })
        let summary = try DescriptiveSummary(of: expected.values)
        #expect(summary.count == expected.values.count)
        #expect(isClose(summary.sum, expected.sum))
        #expect(isClose(summary.mean, expected.mean))
        #expect(isClose(summary.median, expected.median))
        #expect(zip(summary.quantiles, expected.quantiles).allSatisfy { isClose($0, $1) })
        #expect(isClose(summary.sampleVariance, expected.sampleVariance))
        #expect(summary.minimum == expected.minimum)
        #expect(summary.maximum == expected.maximum)
    }

    @Test(arguments: reference.dispersion.map(\.name))
    func dispersionTest(name: String) throws {
        let expected = try #require(Self.reference.dispersion.first { $0.name == name })
        let test = try #require(try DispersionTest(counts: expected.counts))
        #expect(isClose(test.index, expected.index))
        #expect(isClose(test.statistic, expected.statistic))
        #expect(isClose(test.pValue, expected.pValue, relative: 1e-6))
    }

    @Test(arguments: reference.trends.map(\.name))
    func linearTrend(name: String) throws {
        let expected = try #require(Self.reference.trends.first { $0.name == name })
        let trend = try #require(try LinearTrend(x: expected.x, y: expected.y))
        #expect(isClose(trend.slope, expected.slope))
        #expect(isClose(trend.intercept, expected.intercept, absolute: 1e-9))
        #expect(isClose(trend.standardError, expected.standardError))
        #expect(isClose(trend.lower, expected.lower, relative: 1e-6))
        #expect(isClose(trend.upper, expected.upper, relative: 1e-6))
        #expect(isClose(trend.pValue, expected.pValue, relative: 1e-6))
    }

    @Test(arguments: reference.heaping.indices)
    func heapingTest(index: Int) throws {
        let expected = Self.reference.heaping[index]
        let test = try HeapingTest(count: expected.count, heapedCount: expected.heaped)
        #expect(isClose(test.pValue, expected.pValue, relative: 1e-6), "\(expected.heaped) of \(expected.count)")
    }

    /// Exact (Clopper–Pearson) up to ``CountRatio/exactLimit``: 1e-6 relative; above it the
    /// log-normal approximation is held to 1e-5 relative of the exact bounds.
    @Test(arguments: reference.ratios.indices)
    func countRatio(index: Int) throws {
        let expected = Self.reference.ratios[index]
        let ratio = try CountRatio(numerator: expected.numerator, denominator: expected.denominator)
        let approximate = min(expected.numerator, expected.denominator) > CountRatio.exactLimit
        let tolerance = approximate ? 1e-5 : 1e-6
        #expect(isClose(ratio.lower, expected.lower, relative: tolerance), "\(expected.numerator):\(expected.denominator)")
        #expect(isClose(ratio.upper, expected.upper ?? .infinity, relative: tolerance), "\(expected.numerator):\(expected.denominator)")
    }

    /// Exact up to ``PoissonInterval/exactLimit`` (1e-8 relative); Wilson–Hilferty above it (1e-9 relative).
    @Test(arguments: reference.poisson.map(\.count))
    func poissonInterval(count: Int) throws {
        let expected = try #require(Self.reference.poisson.first { $0.count == count })
        let interval = try PoissonInterval(count: count)
        #expect(isClose(interval.lower, expected.lower, relative: 1e-8))
        #expect(isClose(interval.upper, expected.upper, relative: 1e-8))
    }

    @Test(arguments: reference.captureRecapture.indices)
    func captureRecapture(index: Int) throws {
        let expected = Self.reference.captureRecapture[index]
        let estimate = try CaptureRecapture(firstCount: expected.first, secondCount: expected.second, both: expected.both)
        #expect(isClose(estimate.lincolnPetersen, expected.lincolnPetersen))
        #expect(isClose(estimate.chapman, expected.chapman))
        #expect(isClose(estimate.chapmanVariance, expected.variance))
        // The normal quantile comes from GSL and scipy separately.
        #expect(isClose(estimate.lower, expected.lower, relative: 1e-8))
        #expect(isClose(estimate.upper, expected.upper, relative: 1e-8))
    }

    @Test(arguments: reference.monteCarlo.cases.indices)
    func monteCarloTotal(index: Int) throws {
        let expected = Self.reference.monteCarlo.cases[index]
        let ranges = Self.reference.monteCarlo.ranges.map { IncidentRange(low: $0[0]!, best: $0[1]!, high: $0[2]) }
        let total = try TotalUncertainty(ranges: ranges, shape: RangeShape(rawValue: expected.shape)!,
                                         draws: expected.draws, seed: expected.seed)
        #expect(isClose(total.lower, expected.percentiles[0]))
        #expect(isClose(total.median, expected.percentiles[1]))
        #expect(isClose(total.upper, expected.percentiles[2]))
        #expect(total.bestTotal == 235)
    }

    @Test(arguments: reference.changePoints.map(\.name))
    func changePoints(name: String) throws {
        let expected = try #require(Self.reference.changePoints.first { $0.name == name })
        let found = try ChangePoints(counts: expected.counts, dispersion: expected.dispersion)
        #expect(found.changes.map(\.index) == expected.changes.map(\.index))
        for (change, reference) in zip(found.changes, expected.changes) {
            #expect(isClose(change.meanBefore, reference.meanBefore))
            #expect(isClose(change.meanAfter, reference.meanAfter))
            #expect(isClose(change.statistic, reference.statistic, relative: 1e-9, absolute: 1e-9))
        }
    }
}
