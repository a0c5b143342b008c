internal import CGSL

/// The ratio of two counts (killed to wounded) with an exact confidence interval.
///
/// Treating a and b as independent Poisson counts, a given a + b is Binomial(a + b, p) with
/// p = ρ / (1 + ρ), ρ the true ratio. The Clopper–Pearson interval for p,
/// p_L = B⁻¹(α/2; a, b + 1) (0 when a = 0), p_U = B⁻¹(1 − α/2; a + 1, b) (1 when b = 0),
/// with B⁻¹ the beta quantile (GSL), maps to ρ_L = p_L / (1 − p_L), ρ_U = p_U / (1 − p_U).
/// When b = 0 the ratio and the upper bound are `+infinity`; when a = b = 0 nothing is known:
/// ratio `nil`, interval 0 … +infinity.
public struct CountRatio: Sendable, Hashable {
    public let numerator: Int
    public let denominator: Int
    public let confidence: Double
    /// a / b; `nil` when both are zero.
    public let ratio: Double?
    public let lower: Double
    public let upper: Double

    /// - Throws: ``GSLError`` (domain) for a negative count or a confidence outside (0, 1).
    public init(numerator a: Int, denominator b: Int, confidence: Double = 0.95) throws(GSLError) {
        guard a >= 0, b >= 0, confidence > 0, confidence < 1 else {
            throw GSLError(code: GSLError.domainCode, operation: "a ratio of \(a) to \(b) at confidence \(confidence)")
        }
        numerator = a
        denominator = b
        self.confidence = confidence
        let alpha = 1 - confidence
        let (x, y) = (Double(a), Double(b))
        ratio = a == 0 && b == 0 ? nil : (b == 0 ? .infinity : x / y)
        let pLow = a == 0 ? 0 : try GSLBoundary.finite("the beta quantile B⁻¹(\(alpha / 2); \(a), \(b + 1))") {
            gsl_cdf_beta_Pinv(alpha / 2, x, y + 1)
        }
        let pHigh = b == 0 ? 1 : try GSLBoundary.finite("the beta quantile B⁻¹(\(1 - alpha / 2); \(a + 1), \(b))") {
            gsl_cdf_beta_Pinv(1 - alpha / 2, x + 1, y)
        }
        lower = pLow / (1 - pLow)
        upper = pHigh >= 1 ? .infinity : pHigh / (1 - pHigh)
    }

    /// Whether the whole interval lies outside `plausible`: the data contradict every plausible ratio.
    public func isImplausible(outside plausible: ClosedRange<Double>) -> Bool {
        ratio != nil && (lower > plausible.upperBound || upper < plausible.lowerBound)
    }
}
