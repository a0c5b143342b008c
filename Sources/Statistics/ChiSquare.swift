internal import CGSL

/// The chi-square distribution.
public enum ChiSquare {
    /// The quantile: the x with P(X ≤ x) = `probability` for `degreesOfFreedom` degrees of freedom.
    ///
    /// GSL's `gsl_cdf_chisq_Pinv` fails to converge for some arguments (from about 5,000 degrees of
    /// freedom, sporadically: 0.975 with 5,046 returns NaN). Then the quantile is found by
    /// bisection on GSL's distribution function (the lower tail below the median, the upper tail
    /// above it, for accuracy), to a relative width of 1e-13.
    ///
    /// - Precondition-free: invalid arguments throw rather than reach GSL.
    /// - Throws: ``GSLError`` (domain) when `probability` is outside [0, 1) or `degreesOfFreedom` ≤ 0.
    public static func quantile(_ probability: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        let operation = "the chi-square quantile at \(probability) with \(degreesOfFreedom) degrees of freedom"
        guard probability >= 0, probability < 1, degreesOfFreedom > 0, degreesOfFreedom.isFinite else {
            throw GSLError(code: GSLError.domainCode, operation: operation)
        }
        GSLBoundary.prepare()
        let direct = gsl_cdf_chisq_Pinv(probability, degreesOfFreedom)
        if direct.isFinite { return direct }
        return try bisection(probability, degreesOfFreedom: degreesOfFreedom, operation: operation)
    }

    private static func bisection(_ probability: Double, degreesOfFreedom k: Double, operation: String) throws(GSLError) -> Double {
        if probability == 0 { return 0 }
        let complement = 1 - probability
        // Below the median compare lower tails, above it upper tails: each stays accurate where small.
        func isBelow(_ x: Double) -> Bool {
            probability <= 0.5 ? gsl_cdf_chisq_P(x, k) < probability : gsl_cdf_chisq_Q(x, k) > complement
        }
        var low = 0.0
        var high = k + 10 * (2 * k).squareRoot() + 100
        while isBelow(high) { high *= 2 }
        for _ in 0..<300 where high - low > 1e-13 * high {
            let middle = (low + high) / 2
            if isBelow(middle) { low = middle } else { high = middle }
        }
        let result = (low + high) / 2
        guard result.isFinite else { throw GSLError(code: GSLError.convergenceCode, operation: operation) }
        return result
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
