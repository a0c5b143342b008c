internal import CGSL

/// A least-squares straight line y = intercept + slope·x, with a confidence interval for the slope.
///
/// Fitted by GSL's `gsl_fit_linear`. The residual variance is s² = Σ(yᵢ − ŷᵢ)² / (n − 2)
/// (divisor n − 2), the slope's standard error √(s² / Σ(xᵢ − x̄)²), and the interval
/// slope ± t₁₋α/₂,ₙ₋₂ · standardError (Student's t quantile from GSL). The p-value is the
/// two-sided P(|Tₙ₋₂| > |slope / standardError|); 1 for a zero slope with zero error, 0 for a
/// non-zero slope with zero error (a perfect fit).
///
/// Undefined, and `nil` from the initialiser, for fewer than three points or when every x is equal.
public struct LinearTrend: Sendable, Hashable {
    public let count: Int
    public let intercept: Double
    /// Change in y per unit of x (per day for a daily series).
    public let slope: Double
    public let standardError: Double
    public let confidence: Double
    public let lower: Double
    public let upper: Double
    public let pValue: Double

    /// Fits the line through the points (xᵢ, yᵢ).
    ///
    /// - Throws: ``GSLError`` (domain) when the lists differ in length, a value is not finite or
    ///   the confidence is outside (0, 1); GSL's own status otherwise.
    public init?(x: [Double], y: [Double], confidence: Double = 0.95) throws(GSLError) {
        guard x.count == y.count, x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite), confidence > 0, confidence < 1 else {
            throw GSLError(code: GSLError.domainCode, operation: "a linear trend of \(x.count) x and \(y.count) y values")
        }
        let n = x.count
        guard n >= 3, let first = x.first, x.contains(where: { $0 != first }) else { return nil }
        var c0 = 0.0, c1 = 0.0, cov00 = 0.0, cov01 = 0.0, cov11 = 0.0, sumsq = 0.0
        try GSLBoundary.check("a linear fit of \(n) points") {
            x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    gsl_fit_linear(xs.baseAddress, 1, ys.baseAddress, 1, n, &c0, &c1, &cov00, &cov01, &cov11, &sumsq)
                }
            }
        }
        guard c0.isFinite, c1.isFinite, cov11.isFinite else {
            throw GSLError(code: GSLError.rangeCode, operation: "a linear fit of \(n) points")
        }
        count = n
        intercept = c0
        slope = c1
        standardError = Swift.max(0, cov11).squareRoot()
        self.confidence = confidence
        let degrees = Double(n - 2)
        let t = try GSLBoundary.finite("Student's t quantile with \(degrees) degrees of freedom") {
            gsl_cdf_tdist_Pinv(1 - (1 - confidence) / 2, degrees)
        }
        lower = slope - t * standardError
        upper = slope + t * standardError
        if standardError > 0 {
            let statistic = abs(slope / standardError)
            pValue = try GSLBoundary.finite("Student's t tail at \(statistic)") { 2 * gsl_cdf_tdist_Q(statistic, degrees) }
        } else {
            pValue = slope == 0 ? 1 : 0
        }
    }
}
