internal import CGSL

/// The chi-square distribution.
public enum ChiSquare {
    /// The quantile: the x with P(X ≤ x) = `probability` for `degreesOfFreedom` degrees of freedom.
    ///
    /// - Precondition-free: invalid arguments throw rather than reach GSL.
    /// - Throws: ``GSLError`` (domain) when `probability` is outside [0, 1) or `degreesOfFreedom` ≤ 0.
    public static func quantile(_ probability: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        let operation = "the chi-square quantile at \(probability) with \(degreesOfFreedom) degrees of freedom"
        guard probability >= 0, probability < 1, degreesOfFreedom > 0, degreesOfFreedom.isFinite else {
            throw GSLError(code: GSLError.domainCode, operation: operation)
        }
        return try GSLBoundary.finite(operation) { gsl_cdf_chisq_Pinv(probability, degreesOfFreedom) }
    }

    /// The upper tail P(X > x).
    public static func upperTail(_ x: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        let operation = "the chi-square upper tail at \(x) with \(degreesOfFreedom) degrees of freedom"
        guard x.isFinite, degreesOfFreedom > 0, degreesOfFreedom.isFinite else {
            throw GSLError(code: GSLError.domainCode, operation: operation)
        }
        return try GSLBoundary.finite(operation) { gsl_cdf_chisq_Q(x, degreesOfFreedom) }
    }
}
