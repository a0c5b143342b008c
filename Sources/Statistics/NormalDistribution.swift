internal import CGSL

/// The standard normal distribution.
public enum NormalDistribution {
    /// The z with P(Z ≤ z) = `probability`.
    ///
    /// - Throws: ``GSLError`` (domain) when `probability` is outside (0, 1).
    public static func quantile(_ probability: Double) throws(GSLError) -> Double {
        let operation = "the normal quantile at \(probability)"
        guard probability > 0, probability < 1 else { throw GSLError(code: GSLError.domainCode, operation: operation) }
        return try GSLBoundary.finite(operation) { gsl_cdf_ugaussian_Pinv(probability) }
    }
}
