import Statistics

/// The choices behind a statistics run; the defaults make every report reproducible.
public struct StatisticsSettings: Sendable, Hashable {
    /// Seed of the Monte Carlo generator.
    public var seed: UInt32 = TotalUncertainty.defaultSeed
    /// Number of simulated totals.
    public var draws: Int = TotalUncertainty.defaultDraws
    /// Groups of more incidents than this use the normal approximation of their total instead of
    /// a simulation (the central limit theorem makes it accurate there, and simulating a large
    /// dataset's groups would take minutes).
    public var simulationLimit: Int = 2_000
    /// Draws × incidents over all simulated groups stays under this (about a second of simulation):
    /// large datasets get fewer draws per group, never fewer than 1,000.
    public var simulationBudget: Int = 50_000_000
    /// How an incident's count is drawn within its range.
    public var shape: RangeShape = .uniform
    /// Significance level of the tests that raise findings.
    public var significance: Double = 0.05
    /// Killed-to-wounded ratios whose whole 95 % interval lies outside this range are flagged.
    /// Wars of the last century wound three to four people for each one killed (about 0.25–0.33);
    /// bombardment of civilians and disasters kill more per wounded, hence the generous bounds.
    public var plausibleRatio: ClosedRange<Double> = 0.1...1.0

    public init() {}
}
