import ClaimModel
import Dispatch

/// Turns claims into incidents, running-total series, period totals and findings.
///
/// Pure: the same claims and settings give the same result, in the same order.
public struct Reconciler: Sendable {
    public var policy: Policy
    public var thresholds: Thresholds

    public init(policy: Policy = .range, thresholds: Thresholds = Thresholds()) {
        self.policy = policy
        self.thresholds = thresholds
    }

    /// Reconciles the claims of a dataset.
    ///
    /// - Complexity: O(n log n) in the number of claims.
    public func reconcile(_ records: [ClaimRecord]) -> ReconciledDataset { reconcile(records, positions: nil) }

    /// Reconciles validated claims, reusing the id index their validation built.
    public func reconcile(_ claims: ClaimSet.Validated) -> ReconciledDataset { reconcile(claims.records, positions: claims.positions) }

    private func reconcile(_ records: [ClaimRecord], positions known: ClaimPositions?) -> ReconciledDataset {
        let claims = records.map(\.claim)
        var timer = PhaseTimer()
        let context = ReconciliationContext(claims: claims, positions: known, policy: policy, thresholds: thresholds)
        timer.mark("reconcile: context")
        // The rules read the context and nothing else: their tasks run at once on every core,
        // the longest started first; findings are joined in task order, then put in order.
        let tasks: [@Sendable () -> [Finding]] = [{ ClaimRules.findings(in: context) }, { PartRules.findings(in: context) }]
            + TotalRules.tasks(in: context) + SourceRules.tasks(in: context)
        // Measured at a million claims: the incidents' source rules, the two halves of
        // `total.delta`, then the rest.
        let longestFirst = [6, 2, 3, 7, 4, 5, 1, 0]
        assert(Set(longestFirst) == Set(tasks.indices))
        let results = ParallelSlots<[Finding]>(count: tasks.count)
        Parallelism.perform(iterations: tasks.count) { turn in
            results[longestFirst[turn]] = tasks[longestFirst[turn]]()
        }
        timer.mark("reconcile: rules")
        let positions = context.byID.positions
        let findings = Finding.ordered((0..<tasks.count).flatMap { results[$0] ?? [] }, positions: positions)
        timer.mark("reconcile: order findings")
        return ReconciledDataset(policy: policy, thresholds: thresholds, records: records,
                                 incidents: context.incidents, series: context.series,
                                 periodTotals: PeriodTotal.totals(in: context), findings: findings, claimPositions: positions)
    }
}

/// Tolerances and thresholds the rules use; each is documented where it is applied.
public struct Thresholds: Sendable, Hashable {
    /// Sources whose figures for one incident differ by at most this share of the larger figure
    /// (or by at most ``disagreementAbsolute``) are reported as info, not warning.
    public var disagreementShare: Double = 0.10
    public var disagreementAbsolute: Int = 2
    /// A running total exceeding its known incidents by more than this share of itself (the
    /// incidents explain less than a tenth of it) is a warning
    /// (a wrong period or scope is likely), provided the residual is at least ``residualMinimum``.
    public var residualShare: Double = 0.9
    public var residualMinimum: Int = 10
    /// …and provided at least this many incidents are known inside the period: a disaster toll
    /// with one known avalanche inside it says nothing about the toll's period.
    public var residualIncidentMinimum: Int = 5
    /// At most this many earlier statements are compared when clustering one incident.
    public var clusteringWindow: Int = 64

    public init() {}
}

/// Everything the rules share, computed once.
struct ReconciliationContext: Sendable {
    let claims: [Claim]
    let byID: ClaimLookup
    let statements: [Statement]
    let incidents: [Incident]
    /// The incidents by party, category and role, for the running-total rules.
    let incidentIndex: IncidentIndex
    let series: [Series]
    let policy: Policy
    let thresholds: Thresholds

    init(claims: [Claim], positions: ClaimPositions? = nil, policy: Policy, thresholds: Thresholds) {
        self.claims = claims
        self.policy = policy
        self.thresholds = thresholds
        var timer = PhaseTimer()
        byID = ClaimLookup(claims, positions: positions)
        timer.mark("context: by id")
        statements = Statement.statements(of: claims, positions: byID.positions)
        timer.mark("context: statements")
        series = Series.series(of: statements, byID: byID)
        timer.mark("context: series")
        incidents = IncidentClustering(statements: statements, byID: byID, window: thresholds.clusteringWindow)
            .incidents(policy: policy)
        timer.mark("context: incidents")
        incidentIndex = IncidentIndex(incidents)
        timer.mark("context: incident index")
    }

    /// The claim a claim is part of, if it exists.
    func whole(of claim: Claim) -> Claim? { claim.partOf.flatMap { byID[$0] } }

    /// Whether the claim is a breakdown of a whole of the same category ("541 children" of 2,016).
    func isBreakdown(_ claim: Claim) -> Bool { whole(of: claim)?.category == claim.category }
}
