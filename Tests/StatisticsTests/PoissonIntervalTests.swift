import Statistics
import Testing

@Suite("Exact Poisson intervals through GSL")
struct PoissonIntervalTests {
    /// Reference values: ½·chi2.ppf(0.025, 2k) and ½·chi2.ppf(0.975, 2k+2) from scipy.stats 1.17, run once.
    @Test(arguments: [
        (0, 0.0, 3.6889),
        (1, 0.0253, 5.5716),
        (9, 4.1154, 17.0848),
        (33, 22.7157, 46.3443),
        (58, 44.0418, 74.9784),
        (1000, 938.973, 1063.9521),
    ])
    func matchesReferenceValues(count: Int, lower: Double, upper: Double) throws {
        let interval = try PoissonInterval(count: count)
        // The references are rounded to 4 decimals.
        #expect(abs(interval.lower - lower) <= 1e-4 + 1e-9 * lower)
        #expect(abs(interval.upper - upper) <= 1e-4 + 1e-9 * upper)
    }

    @Test func rejectsImpossibleArgumentsWithATypedError() {
        #expect(throws: GSLError.self) { try PoissonInterval(count: -1) }
        #expect(throws: GSLError.self) { try PoissonInterval(count: 5, confidence: 1.5) }
    }
}
