import Foundation

/// Days where the rate of a daily count series changes: binary segmentation on a Poisson likelihood.
///
/// A segment of L days with total S is scored by its maximised Poisson log-likelihood without the
/// constant −Σ ln xᵢ!: ℓ = S·ln(S/L) − S (0 when S = 0). Splitting a segment at t gains
/// G = ℓ(left) + ℓ(right) − ℓ(whole), and 2G/φ is the likelihood-ratio statistic for "one rate"
/// against "two rates", φ the ``dispersion`` (1 for Poisson counts; quasi-Poisson scaling for
/// over-dispersed ones). A split is accepted when 2G/φ exceeds the χ²₁ quantile at
/// 1 − α/(L − 1) (Bonferroni over the L − 1 candidate days of the segment; approximate, since the
/// split day is itself chosen). Best-first: of all current segments the best split is taken
/// next, until none is significant or ``maximumCount`` splits are made; ties go to the earliest day.
/// Segments are at least ``minimumSegmentLength`` days long.
///
/// Fewer than 2 × ``minimumSegmentLength`` days, or a series of zeros: no change points.
/// Over-dispersed series (see ``DispersionTest``) make the unscaled Poisson test far too eager:
/// pass their dispersion index as φ.
public struct ChangePoints: Sendable, Hashable {
    /// One change: the series' rate differs from `index` on.
    public struct Change: Sendable, Hashable {
        /// Position of the first day of the new segment.
        public let index: Int
        /// Mean daily count of the segment before (divisor: its number of days).
        public let meanBefore: Double
        /// Mean daily count of the segment from `index`.
        public let meanAfter: Double
        /// 2G/φ when the split was accepted.
        public let statistic: Double
        /// Whether the rate rises.
        public var isEscalation: Bool { meanAfter > meanBefore }
    }

    public static let minimumSegmentLength = 3
    public static let maximumCount = 5

    public let significance: Double
    /// The scale φ the likelihood ratios are divided by.
    public let dispersion: Double
    /// In order of day.
    public let changes: [Change]

    /// Segments the daily counts.
    ///
    /// - Throws: ``GSLError`` (domain) for a negative or non-finite count, a significance outside
    ///   (0, 1) or a dispersion below 1 or not finite.
    public init(counts: [Double], significance: Double = 0.05, dispersion: Double = 1) throws(GSLError) {
        guard counts.allSatisfy({ $0.isFinite && $0 >= 0 }), significance > 0, significance < 1,
              dispersion >= 1, dispersion.isFinite else {
            throw GSLError(code: GSLError.domainCode,
                           operation: "change points of counts that are not all finite and ≥ 0, or with dispersion \(dispersion)")
        }
        self.significance = significance
        self.dispersion = dispersion
        var prefix = [0.0]
        for count in counts { prefix.append(prefix.last! + count) }
        func score(_ start: Int, _ end: Int) -> Double {
            let total = prefix[end] - prefix[start]
            return total > 0 ? total * log(total / Double(end - start)) - total : 0
        }
        /// The best split of [start, end): position and 2G.
        func bestSplit(_ start: Int, _ end: Int) -> (index: Int, statistic: Double)? {
            let minimum = Self.minimumSegmentLength
            guard end - start >= 2 * minimum else { return nil }
            let whole = score(start, end)
            var best: (index: Int, statistic: Double)?
            for t in (start + minimum)...(end - minimum) {
                let statistic = 2 * (score(start, t) + score(t, end) - whole) / dispersion
                if statistic > (best?.statistic ?? -1) + 1e-9 { best = (t, statistic) }
            }
            return best
        }
        var segments = [(start: 0, end: counts.count)]
        var accepted: [(index: Int, statistic: Double)] = []
        while accepted.count < Self.maximumCount {
            var chosen: (segment: Int, index: Int, statistic: Double)?
            for (position, segment) in segments.enumerated() {
                guard let split = bestSplit(segment.start, segment.end) else { continue }
                let threshold = try ChiSquare.quantile(1 - significance / Double(segment.end - segment.start - 1), degreesOfFreedom: 1)
                guard split.statistic > threshold else { continue }
                if chosen == nil || split.statistic > chosen!.statistic + 1e-9 {
                    chosen = (position, split.index, split.statistic)
                }
            }
            guard let chosen else { break }
            let segment = segments[chosen.segment]
            segments.replaceSubrange(chosen.segment...chosen.segment,
                                     with: [(segment.start, chosen.index), (chosen.index, segment.end)])
            accepted.append((chosen.index, chosen.statistic))
        }
        accepted.sort { $0.index < $1.index }
        changes = accepted.map { split in
            let before = segments.first { $0.end == split.index }!
            let after = segments.first { $0.start == split.index }!
            return Change(index: split.index,
                          meanBefore: (prefix[before.end] - prefix[before.start]) / Double(before.end - before.start),
                          meanAfter: (prefix[after.end] - prefix[after.start]) / Double(after.end - after.start),
                          statistic: split.statistic)
        }
    }
}
