internal import CGSL

/// Whether figures end in 0 or 5 more often than chance: a sign of rounded, estimated figures.
///
/// Among n eligible figures (those ≥ ``minimumValue``: below 10 the last digit is the whole
/// figure and not uniform), k end in 0 or 5. Without heaping a last digit is uniform, so the
/// expected share is 2/10 = 20 %. The p-value is the exact one-sided binomial tail
/// P(X ≥ k) for X ~ Binomial(n, 0.2) (GSL's `gsl_cdf_binomial_Q(k − 1, 0.2, n)`; 1 when k = 0).
///
/// No eligible figures: n = 0, share and p-value `nil`.
public struct HeapingTest: Sendable, Hashable {
    /// The share of last digits 0 and 5 expected without heaping.
    public static let expectedShare = 0.2
    /// Figures below this are left out.
    public static let minimumValue = 10

    /// Eligible figures.
    public let count: Int
    /// Eligible figures ending in 0 or 5.
    public let heapedCount: Int
    public var share: Double? { count == 0 ? nil : Double(heapedCount) / Double(count) }
    /// P(X ≥ heapedCount), X ~ Binomial(count, 0.2).
    public let pValue: Double?

    /// Tests the figures.
    ///
    /// - Throws: ``GSLError`` (domain) for more than 2³² − 1 eligible figures (GSL counts in `unsigned int`).
    public init(figures: [Int]) throws(GSLError) {
        let eligible = figures.filter { $0 >= Self.minimumValue }
        let heaped = eligible.filter { $0 % 5 == 0 }.count
        try self.init(count: eligible.count, heapedCount: heaped)
    }

    /// Tests k heaped figures among n eligible ones.
    ///
    /// - Throws: ``GSLError`` (domain) unless 0 ≤ k ≤ n ≤ 2³² − 1.
    public init(count: Int, heapedCount: Int) throws(GSLError) {
        guard count >= 0, heapedCount >= 0, heapedCount <= count, count <= Int(UInt32.max) else {
            throw GSLError(code: GSLError.domainCode, operation: "a heaping test of \(heapedCount) in \(count) figures")
        }
        self.count = count
        self.heapedCount = heapedCount
        if count == 0 {
            pValue = nil
        } else if heapedCount == 0 {
            pValue = 1
        } else {
            pValue = try GSLBoundary.finite("the binomial tail P(X ≥ \(heapedCount)) of \(count) at 0.2") {
                gsl_cdf_binomial_Q(UInt32(heapedCount - 1), Self.expectedShare, UInt32(count))
            }
        }
    }

    /// Whether heaping is significant at `level`.
    public func isHeaped(at level: Double = 0.05) -> Bool { (pValue ?? 1) < level }
}
