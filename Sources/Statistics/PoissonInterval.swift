/// An exact (Garwood) confidence interval for the mean of a Poisson count.
///
/// For an observed count k and confidence 1 − α:
/// lower = ½·χ²(α/2; 2k), upper = ½·χ²(1 − α/2; 2k + 2), with lower = 0 when k = 0.
/// For k = 58 at 95 % this is 44.04–74.98; for k = 0 it is 0–3.689.
///
/// Above ``exactLimit`` GSL's chi-square quantile returns NaN, and the Wilson–Hilferty
/// approximation is used: lower = k(1 − 1/(9k) − z/(3√k))³, upper = (k + 1)(1 − 1/(9(k + 1)) + z/(3√(k + 1)))³,
/// z the normal quantile at 1 − α/2 (within 2e-10 of the exact bounds, relatively, at that size).
public struct PoissonInterval: Sendable, Hashable {
    /// Above this count the Wilson–Hilferty approximation replaces the chi-square quantiles.
    public static let exactLimit = 100_000

    /// The observed count.
    public let count: Int
    /// The confidence level, e.g. 0.95.
    public let confidence: Double
    public let lower: Double
    public let upper: Double

    /// Computes the interval through GSL's chi-square quantiles.
    ///
    /// - Throws: ``GSLError`` (domain) for a negative count or a confidence outside (0, 1).
    public init(count: Int, confidence: Double = 0.95) throws(GSLError) {
        guard count >= 0, confidence > 0, confidence < 1 else {
            throw GSLError(code: GSLError.domainCode,
                           operation: "a Poisson interval for count \(count) at confidence \(confidence)")
        }
        let alpha = 1 - confidence
        let k = Double(count)
        self.count = count
        self.confidence = confidence
        if count > Self.exactLimit {
            let z = try NormalDistribution.quantile(1 - alpha / 2)
            func cube(_ x: Double) -> Double { x * x * x }
            self.lower = k * cube(1 - 1 / (9 * k) - z / (3 * k.squareRoot()))
            self.upper = (k + 1) * cube(1 - 1 / (9 * (k + 1)) + z / (3 * (k + 1).squareRoot()))
            return
        }
        self.lower = count == 0 ? 0 : try ChiSquare.quantile(alpha / 2, degreesOfFreedom: 2 * k) / 2
        self.upper = try ChiSquare.quantile(1 - alpha / 2, degreesOfFreedom: 2 * k + 2) / 2
    }
}
