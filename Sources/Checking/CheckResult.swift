import ClaimModel
import Reconciliation

/// One finding as `tally check` reports it: its severity after configuration, where each claim
/// involved was read, its fingerprint, and whether a baseline accepts it.
public struct CheckedFinding: Sendable {
    public var finding: Finding
    public var severity: Severity
    /// Each claim involved with the file and line it was read from (`nil` when unknown).
    public var claims: [(id: String, location: InputLocation?, quote: String?)]
    public var fingerprint: String
    public var isBaselined: Bool

    /// The place to show the finding at: its first claim's.
    public var location: InputLocation? { claims.lazy.compactMap(\.location).first }
}

/// The outcome of `tally check`.
public struct CheckResult: Sendable {
    public var configuration: CheckConfiguration
    /// Every finding kept by the rule filters, most severe first, baselined ones included.
    public var findings: [CheckedFinding]
    public var claimCount: Int
    public var fileCount: Int

    /// Findings that count: kept by the filters and not accepted by the baseline.
    public var newFindings: [CheckedFinding] { findings.filter { !$0.isBaselined } }

    /// New findings per severity.
    public var counts: [Severity: Int] { Dictionary(grouping: newFindings, by: \.severity).mapValues(\.count) }

    public var baselinedCount: Int { findings.count - newFindings.count }

    /// Whether any new finding is at or above the failure threshold.
    public var fails: Bool {
        guard let threshold = configuration.failOn else { return false }
        return newFindings.contains { $0.severity >= threshold }
    }

    /// The findings to list: new ones first, at most `maxFindings`.
    public var listed: ArraySlice<CheckedFinding> {
        let ordered = newFindings + findings.filter(\.isBaselined)
        return ordered.prefix(configuration.maxFindings ?? Int.max)
    }

    /// Checks a reconciled dataset under a configuration and an optional baseline.
    public init(dataset: ReconciledDataset, configuration: CheckConfiguration, baseline: Baseline? = nil) {
        let accepted = baseline?.fingerprints ?? []
        let records = Dictionary(dataset.records.map { ($0.claim.id, $0) }, uniquingKeysWith: { first, _ in first })
        var checked: [CheckedFinding] = []
        for finding in dataset.findings where configuration.includes(rule: finding.rule) {
            let fingerprint = Fingerprint.of(finding)
            let claims = finding.claimIDs.map { id in
                (id: id, location: records[id]?.origin, quote: records[id]?.claim.quote)
            }
            checked.append(CheckedFinding(finding: finding, severity: configuration.severity(of: finding), claims: claims,
                                          fingerprint: fingerprint, isBaselined: accepted.contains(fingerprint)))
        }
        // By effective severity; within one, the dataset's own order (rule, then input order).
        checked = checked.indices.sorted { (checked[$1].severity, $0) < (checked[$0].severity, $1) }.map { checked[$0] }
        self.configuration = configuration
        self.findings = checked
        self.claimCount = dataset.records.count
        self.fileCount = Set(dataset.records.map(\.origin.file)).count
    }

    /// A baseline accepting every finding of this result.
    public func baseline() -> Baseline {
        Baseline(entries: findings.map { item in
            Baseline.Entry(fingerprint: item.fingerprint, rule: item.finding.rule, claims: item.finding.claimIDs,
                           message: item.finding.message)
        })
    }
}
