import Statistics
import Testing

@Suite("Chi-square quantiles where GSL's own inversion fails")
struct ChiSquareQuantileTests {
    /// GSL 2.7's gsl_cdf_chisq_Pinv returns NaN for these; references from scipy.stats.chi2.ppf (scipy 1.17), run once.
    @Test(arguments: [
        (0.975, 5046.0, 5244.783323112631),
        (0.975, 13776.0, 14103.220548819232),
        (0.025, 22312.0, 21899.867045581148),
        (0.975, 50484.0, 51108.679751439886),
    ])
    func matchesReferenceValues(probability: Double, degreesOfFreedom: Double, expected: Double) throws {
        let value = try ChiSquare.quantile(probability, degreesOfFreedom: degreesOfFreedom)
        #expect(abs(value - expected) <= 1e-9 * expected)
    }

    @Test func poissonIntervalsOfLargeCountsExist() throws {
        // 25,241 deaths: the count whose interval once failed in a report.
        let interval = try PoissonInterval(count: 25_241)
        #expect(interval.lower < 25_241 && 25_241 < interval.upper)
        #expect(interval.upper - interval.lower < 700)
    }
}
