import ClaimModel

/// The result of reconciliation: what happened, how sure we are, and where figures do not add up.
public struct ReconciledDataset: Sendable {
    public var policy: Policy
    public var thresholds: Thresholds
    /// Every claim, with where it was read.
    public var records: [ClaimRecord]
    public var incidents: [Incident]
    public var series: [Series]
    public var periodTotals: [PeriodTotal]
    /// Most severe first.
    public var findings: [Finding]

    /// How many findings there are of each severity.
    public var findingCounts: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }
}
