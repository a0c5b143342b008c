/// Whether daily counts vary more than a Poisson process would: the index of dispersion and its chi-square test.
///
/// For counts x₁ … xₙ with mean x̄ (divisor n) and sample variance s² (divisor n − 1):
/// index D = s² / x̄ (1 for a Poisson process), statistic X² = (n − 1)·s² / x̄ = Σ(xᵢ − x̄)² / x̄,
/// which is approximately χ² with n − 1 degrees of freedom when the counts are Poisson;
/// the p-value is the upper tail P(χ²ₙ₋₁ > X²) (one-sided: over-dispersion only).
///
/// Undefined, and `nil` from the initialiser, for fewer than two counts or a mean of zero.
public struct DispersionTest: Sendable, Hashable {
    public let count: Int
    public let mean: Double
    /// Divisor n − 1.
    public let sampleVariance: Double
    /// s² / x̄.
    public let index: Double
    /// (n − 1)·s² / x̄.
    public let statistic: Double
    public let degreesOfFreedom: Int
    /// P(χ²ₙ₋₁ > statistic).
    public let pValue: Double

    /// Tests the counts; `nil` when fewer than two or all zero.
    ///
    /// - Throws: ``GSLError`` (domain) for a negative or non-finite count.
    public init?(counts: [Double]) throws(GSLError) {
        guard counts.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw GSLError(code: GSLError.domainCode, operation: "a dispersion test of counts that are not all finite and ≥ 0")
        }
        let summary = try DescriptiveSummary(of: counts)
        guard let mean = summary.mean, mean > 0, let variance = summary.sampleVariance else { return nil }
        count = counts.count
        self.mean = mean
        sampleVariance = variance
        index = variance / mean
        degreesOfFreedom = count - 1
        statistic = Double(degreesOfFreedom) * index
        pValue = try ChiSquare.upperTail(statistic, degreesOfFreedom: Double(degreesOfFreedom))
    }

    /// Whether over-dispersion is significant at `level`.
    public func isOverdispersed(at level: Double = 0.05) -> Bool { pValue < level }
}
