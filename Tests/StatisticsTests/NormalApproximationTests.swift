import Statistics
import Testing

@Suite("The normal approximation of a large total agrees with the simulation")
struct NormalApproximationTests {
    /// 3,000 incidents with ranges like "5 to 12", "at least 3", exact 7: varied, bounded.
    static let ranges: [IncidentRange] = (0..<3_000).map { index in
        switch index % 3 {
        case 0: IncidentRange(low: 5, best: 8, high: 12)
        case 1: IncidentRange(low: 3, best: 3, high: nil)
        default: IncidentRange(low: 7, best: 7, high: 7)
        }
    }

    @Test(arguments: RangeShape.allCases)
    func percentilesAgreeWithinAFractionOfTheSpread(shape: RangeShape) throws {
        let simulated = try TotalUncertainty(ranges: Self.ranges, shape: shape, draws: 4_000)
        let approximated = try TotalUncertainty(normalApproximationOf: Self.ranges, shape: shape)
        let spread = simulated.upper - simulated.lower
        #expect(abs(approximated.median - simulated.median) < 0.05 * spread)
        #expect(abs(approximated.lower - simulated.lower) < 0.05 * spread)
        #expect(abs(approximated.upper - simulated.upper) < 0.05 * spread)
        #expect(approximated.draws == 0)
        #expect(approximated.bestTotal == simulated.bestTotal)
    }

    @Test func uniformMeanAndVarianceByHand() throws {
        // 100 ranges 0–12 uniform: mean 600, variance 100 × 144 / 12 = 1200, 1.959964 × √1200 = 67.895.
        let total = try TotalUncertainty(normalApproximationOf: Array(repeating: IncidentRange(low: 0, best: 6, high: 12), count: 100))
        #expect(abs(total.median - 600) < 1e-9)
        #expect(abs(total.upper - 667.8951) < 1e-3)
        #expect(abs(total.lower - 532.1049) < 1e-3)
    }

    @Test func invalidRangesAreRefused() {
        #expect(throws: GSLError.self) { try TotalUncertainty(normalApproximationOf: [IncidentRange(low: 5, best: 3, high: 9)]) }
    }
}
