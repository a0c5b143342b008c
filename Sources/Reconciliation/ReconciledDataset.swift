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
    /// Most severe first, then by rule, then in input order (see ``Finding/ordered(_:positions:)``).
    public var findings: [Finding]
    /// Each claim id's place in the input, for ordering findings.
    public var claimPositions: ClaimPositions

    /// The findings with more added, in the dataset's order.
    public func addingFindings(_ more: [Finding]) -> ReconciledDataset {
        var dataset = self
        dataset.findings = Finding.merging(more, into: findings, positions: claimPositions)
        return dataset
    }

    /// How many findings there are of each severity.
    public var findingCounts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        return counts
    }
}
