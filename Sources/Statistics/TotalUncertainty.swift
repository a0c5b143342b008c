internal import CGSL

/// One incident's figure as a range: the lowest, best and highest count the sources allow.
public struct IncidentRange: Sendable, Hashable {
    public var low: Double
    public var best: Double
    /// `nil` when the range is open above ("at least 40"); see ``TotalUncertainty/openUpperFactor``.
    public var high: Double?

    public init(low: Double, best: Double, high: Double?) {
        self.low = low
        self.best = best
        self.high = high
    }
}

/// How a count is drawn within its range.
public enum RangeShape: String, Sendable, Hashable, CaseIterable {
    /// Every value in [low, high] equally likely.
    case uniform
    /// A triangle on [low, high] peaking at the best figure.
    case triangular
}

/// The uncertainty of a total of incident figures, by Monte Carlo simulation.
///
/// Each draw takes one value per incident within its [low, high] range, by inverting the
/// distribution function at a uniform u from GSL's MT19937 seeded with ``seed``: uniform
/// low + u·(high − low); triangular with mode c = best, a = low, b = high:
/// a + √(u(b − a)(c − a)) when u < (c − a)/(b − a), else b − √((1 − u)(b − a)(b − c)).
/// The total of a draw is the sum over incidents (in the given order, one uniform each); the
/// 2.5 %, 50 % and 97.5 % percentiles of the ``draws`` totals are reported, interpolated as in
/// ``DescriptiveSummary`` (numpy's `linear`).
///
/// Open bounds: a range open above is closed at ``openUpperFactor`` × best (at least low), i.e.
/// "at least 40" is read as 40–80. A range with low = best = high contributes exactly its figure.
/// No ranges: every percentile is 0.
///
/// The same ranges, shape, draws and seed give the same numbers on every machine.
public struct TotalUncertainty: Sendable, Hashable {
    /// The default seed, so reports are reproducible without a `--seed`.
    public static let defaultSeed: UInt32 = 20_200_227
    /// The default number of simulated totals.
    public static let defaultDraws = 10_000
    /// The most draws one simulation makes (the totals are kept in memory to take percentiles).
    public static let maximumDraws = 10_000_000
    /// The factor that closes an open upper bound: high = factor × best.
    public static let openUpperFactor = 2.0

    public let shape: RangeShape
    public let draws: Int
    public let seed: UInt32
    /// The sum of the best figures.
    public let bestTotal: Double
    /// The 2.5 % percentile of the simulated totals.
    public let lower: Double
    public let median: Double
    /// The 97.5 % percentile of the simulated totals.
    public let upper: Double

    /// Simulates the total.
    ///
    /// - Throws: ``GSLError`` (domain) for a non-finite or negative figure, a range with
    ///   low > best or best > high, or draws outside 1…``maximumDraws``; (no memory) when GSL cannot allocate.
    /// - Complexity: O(draws × ranges + draws log draws).
    public init(ranges: [IncidentRange], shape: RangeShape = .uniform, draws: Int = defaultDraws,
                seed: UInt32 = defaultSeed) throws(GSLError) {
        let closed = try ranges.map { (range: IncidentRange) throws(GSLError) -> (low: Double, best: Double, high: Double) in
            let high = range.high ?? Swift.max(range.low, Self.openUpperFactor * range.best)
            guard range.low.isFinite, range.best.isFinite, high.isFinite, range.low >= 0,
                  range.low <= range.best, range.best <= high else {
                throw GSLError(code: GSLError.domainCode,
                               operation: "a total over the range \(range.low)–\(range.best)–\(String(describing: range.high))")
            }
            return (range.low, range.best, high)
        }
        guard (1...Self.maximumDraws).contains(draws) else {
            throw GSLError(code: GSLError.domainCode, operation: "a simulated total with \(draws) draws")
        }
        self.shape = shape
        self.draws = draws
        self.seed = seed
        bestTotal = ranges.reduce(0) { $0 + $1.best }
        var totals = [Double](repeating: 0, count: draws)
        try SeededGenerator.withGenerator(seed: seed) { generator throws(GSLError) in
            for draw in 0..<draws {
                var total = 0.0
                for range in closed {
                    total += Self.value(in: range, shape: shape, at: generator.uniform())
                }
                totals[draw] = total
            }
        }
        let percentiles = try DescriptiveSummary.quantiles([0.025, 0.5, 0.975], of: totals)
        lower = percentiles[0]
        median = percentiles[1]
        upper = percentiles[2]
    }

    /// The same percentiles from the normal approximation instead of a simulation (``draws`` is 0):
    /// the total of many independent bounded figures is close to normal (central limit theorem),
    /// with mean Σ E[Xᵢ] and variance Σ Var[Xᵢ] — uniform: (a+b)/2 and (b−a)²/12; triangular:
    /// (a+b+c)/3 and (a²+b²+c²−ab−ac−bc)/18. Used for groups too large to simulate quickly.
    ///
    /// - Throws: ``GSLError`` (domain) for the same invalid ranges as the simulation.
    public init(normalApproximationOf ranges: [IncidentRange], shape: RangeShape = .uniform) throws(GSLError) {
        var mean = 0.0
        var variance = 0.0
        for range in ranges {
            let high = range.high ?? Swift.max(range.low, Self.openUpperFactor * range.best)
            guard range.low.isFinite, range.best.isFinite, high.isFinite, range.low >= 0,
                  range.low <= range.best, range.best <= high else {
                throw GSLError(code: GSLError.domainCode,
                               operation: "a total over the range \(range.low)–\(range.best)–\(String(describing: range.high))")
            }
            let (a, c, b) = (range.low, range.best, high)
            switch shape {
            case .uniform:
                mean += (a + b) / 2
                variance += (b - a) * (b - a) / 12
            case .triangular:
                mean += (a + b + c) / 3
                variance += (a * a + b * b + c * c - a * b - a * c - b * c) / 18
            }
        }
        let z = try NormalDistribution.quantile(0.975)
        let spread = z * variance.squareRoot()
        self.shape = shape
        self.draws = 0
        self.seed = 0
        bestTotal = ranges.reduce(0) { $0 + $1.best }
        lower = Swift.max(0, mean - spread)
        median = mean
        upper = mean + spread
    }

    /// The inverse distribution function of the shape on the range, at u ∈ [0, 1).
    static func value(in range: (low: Double, best: Double, high: Double), shape: RangeShape, at u: Double) -> Double {
        let (a, c, b) = range
        let width = b - a
        guard width > 0 else { return a }
        switch shape {
        case .uniform:
            return a + u * width
        case .triangular:
            if u < (c - a) / width {
                return a + (u * width * (c - a)).squareRoot()
            }
            return b - ((1 - u) * width * (b - c)).squareRoot()
        }
    }
}
