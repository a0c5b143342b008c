internal import CGSL
import Foundation

/// How many incidents two sources missed between them: two-sample capture–recapture.
///
/// Source 1 lists n₁ incidents, source 2 lists n₂, m are on both lists; S = n₁ + n₂ − m are known.
/// - Lincoln–Petersen: N̂ = n₁n₂ / m (`nil` when m = 0).
/// - Chapman (less biased, defined for m = 0): N̂ = (n₁ + 1)(n₂ + 1)/(m + 1) − 1, with variance
///   (n₁ + 1)(n₂ + 1)(n₁ − m)(n₂ − m) / ((m + 1)²(m + 2)).
/// - Interval: Chao's log-normal interval, which never falls below S: with f₀ = N̂ − S and
///   C = exp(z·√ln(1 + var/f₀²)), N ∈ [S + f₀/C, S + f₀·C]; [S, S] when f₀ ≤ 0.
///
/// Assumptions, printed with every estimate: the population of incidents is closed over the
/// period, the two sources report independently of each other, every incident is equally likely
/// to be reported by a source, and incidents were matched across sources without error.
public struct CaptureRecapture: Sendable, Hashable {
    public static let assumptions = "closed population (no incidents added or removed over the period), "
        + "independent sources, equal reporting probability for every incident, perfect matching of incidents across sources"

    public let firstCount: Int
    public let secondCount: Int
    public let both: Int
    public let confidence: Double
    /// n₁ + n₂ − m.
    public let observed: Int
    public let lincolnPetersen: Double?
    public let chapman: Double
    public let chapmanVariance: Double
    /// Chapman estimate minus the observed incidents: those missed by both sources.
    public var missedByBoth: Double { chapman - Double(observed) }
    public let lower: Double
    public let upper: Double

    /// - Throws: ``GSLError`` (domain) unless 0 ≤ m ≤ min(n₁, n₂) and 0 < confidence < 1.
    public init(firstCount n1: Int, secondCount n2: Int, both m: Int, confidence: Double = 0.95) throws(GSLError) {
        guard n1 >= 0, n2 >= 0, m >= 0, m <= min(n1, n2), confidence > 0, confidence < 1 else {
            throw GSLError(code: GSLError.domainCode,
                           operation: "a capture–recapture estimate from \(n1) and \(n2) with \(m) in common")
        }
        firstCount = n1
        secondCount = n2
        both = m
        self.confidence = confidence
        observed = n1 + n2 - m
        let (a, b, c) = (Double(n1), Double(n2), Double(m))
        lincolnPetersen = m == 0 ? nil : a * b / c
        chapman = (a + 1) * (b + 1) / (c + 1) - 1
        chapmanVariance = (a + 1) * (b + 1) * (a - c) * (b - c) / ((c + 1) * (c + 1) * (c + 2))
        let z = try GSLBoundary.finite("the normal quantile at \(1 - (1 - confidence) / 2)") {
            gsl_cdf_ugaussian_Pinv(1 - (1 - confidence) / 2)
        }
        let f0 = chapman - Double(observed)
        if f0 <= 0 {
            lower = Double(observed)
            upper = Double(observed)
        } else {
            let spread = exp(z * gsl_log1p(chapmanVariance / (f0 * f0)).squareRoot())
            lower = Double(observed) + f0 / spread
            upper = Double(observed) + f0 * spread
        }
        guard chapman.isFinite, chapmanVariance.isFinite, upper.isFinite else {
            throw GSLError(code: GSLError.rangeCode, operation: "a capture–recapture estimate from \(n1) and \(n2)")
        }
    }
}
