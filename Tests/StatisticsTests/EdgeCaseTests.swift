import Statistics
import Testing

@Suite("Edge cases: empty, one value, all equal, zeros, huge counts")
struct EdgeCaseTests {
    @Test func emptyInputHasNoMeanRatherThanGSLsZero() throws {
        let summary = try DescriptiveSummary(of: [])
        #expect(summary.count == 0)
        #expect(summary.sum == 0)
        #expect(summary.mean == nil)
        #expect(summary.median == nil)
        #expect(summary.quantiles.isEmpty)
        #expect(summary.sampleVariance == nil)
        #expect(summary.maximum == nil)
        #expect(try DescriptiveSummary.quantiles([0.5], of: []).isEmpty)
    }

    @Test func oneValueHasNoSampleVarianceRatherThanGSLsNaN() throws {
        let summary = try DescriptiveSummary(of: [7])
        #expect(summary.mean == 7)
        #expect(summary.median == 7)
        #expect(summary.quantiles == [7, 7, 7, 7, 7])
        #expect(summary.sampleVariance == nil)
    }

    @Test func theCallersValuesAreNotSortedInPlace() throws {
        let values: [Double] = [3, 1, 2]
        _ = try DescriptiveSummary(of: values)
        #expect(values == [3, 1, 2])
    }

    @Test func allEqualValues() throws {
        let summary = try DescriptiveSummary(of: [5, 5, 5, 5])
        #expect(summary.sampleVariance == 0)
        let dispersion = try #require(try DispersionTest(counts: [5, 5, 5, 5]))
        #expect(dispersion.index == 0)
        #expect(dispersion.pValue == 1)
        let trend = try #require(try LinearTrend(x: [0, 1, 2, 3], y: [5, 5, 5, 5]))
        #expect(trend.slope == 0)
        #expect(trend.standardError == 0)
        #expect(trend.lower == 0 && trend.upper == 0)
        #expect(trend.pValue == 1)
        #expect(try ChangePoints(counts: [5, 5, 5, 5, 5, 5, 5, 5]).changes.isEmpty)
    }

    @Test func zeroCounts() throws {
        #expect(try DispersionTest(counts: [0, 0, 0]) == nil)
        #expect(try ChangePoints(counts: Array(repeating: 0, count: 30)).changes.isEmpty)
        let none = try CountRatio(numerator: 0, denominator: 0)
        #expect(none.ratio == nil)
        #expect(none.lower == 0 && none.upper == .infinity)
        #expect(!none.isImplausible(outside: 0.1...1))
        let heaping = try HeapingTest(figures: [1, 2, 3, 5])
        #expect(heaping.count == 0 && heaping.pValue == nil && !heaping.isHeaped())
        let total = try TotalUncertainty(ranges: [])
        #expect(total.lower == 0 && total.median == 0 && total.upper == 0)
        let zeroRange = try TotalUncertainty(ranges: [IncidentRange(low: 0, best: 0, high: nil)])
        #expect(zeroRange.upper == 0)
        let recapture = try CaptureRecapture(firstCount: 0, secondCount: 0, both: 0)
        #expect(recapture.chapman == 0 && recapture.lower == 0 && recapture.upper == 0)
    }

    @Test func tooFewPoints() throws {
        #expect(try DispersionTest(counts: [4]) == nil)
        #expect(try DispersionTest(counts: []) == nil)
        #expect(try LinearTrend(x: [0, 1], y: [1, 2]) == nil)
        #expect(try LinearTrend(x: [3, 3, 3], y: [1, 2, 3]) == nil)
        #expect(try ChangePoints(counts: []).changes.isEmpty)
        #expect(try ChangePoints(counts: [9]).changes.isEmpty)
    }

    @Test func hugeCounts() throws {
        let summary = try DescriptiveSummary(of: [9e15, 9e15, 9e15])
        #expect(summary.mean == 9e15)
        #expect(summary.sampleVariance == 0)
        let heaping = try HeapingTest(count: Int(UInt32.max), heapedCount: 1_000_000_000)
        #expect(heaping.pValue.map { $0 >= 0 && $0 <= 1 } == true)
        #expect(throws: GSLError.self) { try HeapingTest(count: Int(UInt32.max) + 1, heapedCount: 0) }
        let ratio = try CountRatio(numerator: 2_000_000_000, denominator: 1_000_000_000)
        #expect(ratio.lower < 2 && ratio.upper > 2)
        let change = try ChangePoints(counts: [1e9, 1e9, 1e9, 1e9, 3e9, 3e9, 3e9, 3e9])
        #expect(change.changes.map(\.index) == [4])
        // Squares of 1e200 overflow: a typed error, not NaN or infinity in a report.
        #expect(throws: GSLError.self) { try DescriptiveSummary(of: [1e200, -1e200, 3e200]) }
    }

    @Test func invalidInputThrowsBeforeReachingGSL() {
        #expect(throws: GSLError.self) { try DescriptiveSummary(of: [1, .nan]) }
        #expect(throws: GSLError.self) { try DescriptiveSummary.quantiles([1.5], of: [1, 2]) }
        #expect(throws: GSLError.self) { try DispersionTest(counts: [-1, 2]) }
        #expect(throws: GSLError.self) { try LinearTrend(x: [1, 2, 3], y: [1, 2]) }
        #expect(throws: GSLError.self) { try LinearTrend(x: [1, 2, 3], y: [1, 2, 3], confidence: 1) }
        #expect(throws: GSLError.self) { try ChangePoints(counts: [.infinity]) }
        #expect(throws: GSLError.self) { try HeapingTest(count: 3, heapedCount: 4) }
        #expect(throws: GSLError.self) { try CountRatio(numerator: -1, denominator: 3) }
        #expect(throws: GSLError.self) { try CaptureRecapture(firstCount: 3, secondCount: 4, both: 5) }
        #expect(throws: GSLError.self) { try TotalUncertainty(ranges: [IncidentRange(low: 5, best: 3, high: 9)]) }
        #expect(throws: GSLError.self) { try TotalUncertainty(ranges: [IncidentRange(low: 1, best: 3, high: 2)]) }
        #expect(throws: GSLError.self) { try TotalUncertainty(ranges: [], draws: 0) }
        #expect(throws: GSLError.self) { try TotalUncertainty(ranges: [], draws: Int.max) }
    }

    @Test func noInputMakesGSLAbortTheProcess() async {
        await #expect(processExitsWith: .success) {
            _ = try? DescriptiveSummary(of: [1e308, 1e308])
            _ = try? DescriptiveSummary(of: [1e200, -1e200, 3e200])
            _ = try? DispersionTest(counts: [1e308, 0, 1e308])
            _ = try? LinearTrend(x: [0, 1e308, -1e308], y: [1e308, 1, 0])
            _ = try? ChangePoints(counts: [1e308, 1e308, 1e308, 0, 0, 0, 1e308])
            _ = try? HeapingTest(count: Int(UInt32.max), heapedCount: Int(UInt32.max))
            _ = try? CountRatio(numerator: Int.max, denominator: Int.max)
            _ = try? CountRatio(numerator: Int.max, denominator: 5)
            _ = try? CountRatio(numerator: 100_000, denominator: Int.max)
            _ = try? CountRatio(numerator: 1, denominator: 1, confidence: 1e-300)
            _ = try? CaptureRecapture(firstCount: Int.max / 2, secondCount: Int.max / 2, both: 0)
            _ = try? TotalUncertainty(ranges: [IncidentRange(low: 0, best: 1e308, high: nil)], draws: 3)
            _ = try? PoissonInterval(count: Int.max)
            _ = try? ChiSquare.quantile(0.5, degreesOfFreedom: 1e-300)
        }
    }

    @Test func theSameSeedGivesTheSameTotalAndAnotherSeedAnother() throws {
        let ranges = [IncidentRange(low: 10, best: 12, high: 30), IncidentRange(low: 0, best: 4, high: nil)]
        let first = try TotalUncertainty(ranges: ranges, shape: .triangular, seed: 1)
        let again = try TotalUncertainty(ranges: ranges, shape: .triangular, seed: 1)
        let other = try TotalUncertainty(ranges: ranges, shape: .triangular, seed: 2)
        #expect(first == again)
        #expect(first != other)
        #expect(first.lower >= 10 && first.upper <= 38)
    }
}
