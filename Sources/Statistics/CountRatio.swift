internal import CGSL
import Foundation

/// The ratio of two counts (killed to wounded) with a confidence interval.
///
/// Treating a and b as independent Poisson counts, a given a + b is Binomial(a + b, p) with
/// p = ρ / (1 + ρ), ρ the true ratio. The exact (Clopper–Pearson) interval for p,
/// p_L = B⁻¹(α/2; a, b + 1) (0 when a = 0), p_U = B⁻¹(1 − α/2; a + 1, b) (1 when b = 0),
/// maps to ρ_L = p_L / (1 − p_L), ρ_U = p_U / (1 − p_U). B⁻¹ is found by bisection on GSL's beta
/// distribution function (GSL's own `gsl_cdf_beta_Pinv` returns NaN or never returns for
/// unbalanced or large arguments); a zero count uses the closed forms
/// p_U = 1 − (α/2)^(1/b), p_L = (α/2)^(1/a).
///
/// When both counts exceed ``exactLimit`` GSL's beta function loses accuracy, and the
/// log-normal interval exp(ln(a/b) ± z·√(1/a + 1/b)) is used instead (within 1e-5 of the
/// exact bounds, relatively, at that size).
///
/// When b = 0 the ratio and the upper bound are `+infinity`; when a = b = 0 nothing is known:
/// ratio `nil`, interval 0 … +infinity.
public struct CountRatio: Sendable, Hashable {
    /// Above this, in both counts, the log-normal approximation replaces the exact interval.
    public static let exactLimit = 100_000

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
        if a > Self.exactLimit && b > Self.exactLimit {
            let z = try NormalDistribution.quantile(1 - alpha / 2)
            let spread = z * (1 / x + 1 / y).squareRoot()
            lower = exp(log(x / y) - spread)
            upper = exp(log(x / y) + spread)
            return
        }
        let pLow: Double
        if a == 0 {
            pLow = 0
        } else if b == 0 {
            pLow = pow(alpha / 2, 1 / x)
        } else {
            pLow = try Self.betaQuantile(alpha / 2, x, y + 1)
        }
        let pHigh: Double
        if b == 0 {
            pHigh = 1
        } else if a == 0 {
            pHigh = 1 - pow(alpha / 2, 1 / y)
        } else {
            pHigh = try Self.betaQuantile(1 - alpha / 2, x + 1, y)
        }
        lower = pLow / (1 - pLow)
        upper = pHigh >= 1 ? .infinity : pHigh / (1 - pHigh)
    }

    /// The x in (0, 1) with P(X ≤ x) = `probability` for X ~ Beta(a, b), by bisection: at most
    /// 1,100 halvings (enough to reach the smallest subnormal), stopping when the midpoint no longer moves.
    static func betaQuantile(_ probability: Double, _ a: Double, _ b: Double) throws(GSLError) -> Double {
        GSLBoundary.prepare()
        var low = 0.0, high = 1.0
        for _ in 0..<1_100 {
            let middle = (low + high) / 2
            if middle <= low || middle >= high { break }
            let cumulative = gsl_cdf_beta_P(middle, a, b)
            guard cumulative.isFinite else {
                throw GSLError(code: GSLError.domainCode, operation: "the beta distribution Beta(\(a), \(b)) at \(middle)")
            }
            if cumulative < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// Whether the whole interval lies outside `plausible`: the data contradict every plausible ratio.
    public func isImplausible(outside plausible: ClosedRange<Double>) -> Bool {
        ratio != nil && (lower > plausible.upperBound || upper < plausible.lowerBound)
    }
}
