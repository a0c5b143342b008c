import ClaimModel
import Dispatch
import Foundation
import Reconciliation

/// One finding as `tally check` reports it: its severity after configuration, where each claim
/// involved was read, its fingerprint, and whether a baseline accepts it.
public struct CheckedFinding: Sendable {
    public var finding: Finding
    public var severity: Severity
    /// The finding's stable identity (``Fingerprint/of(_:)``), computed when asked for: most
    /// findings of a large dataset are counted, not listed.
    public var fingerprint: String { Fingerprint.of(finding) }
    public var isBaselined: Bool
    /// Where the dataset's claims were read; looked up only for the findings a report lists.
    let directory: ClaimDirectory

    /// Each claim involved with the file and line it was read from (`nil` when unknown).
    public var claims: [(id: String, location: InputLocation?, quote: String?)] {
        finding.claimIDs.map { id in
            let record = directory.record(id)
            return (id: id, location: record?.origin, quote: record?.claim.quote)
        }
    }

    /// The place to show the finding at: its first claim's.
    public var location: InputLocation? {
        finding.claimIDs.lazy.compactMap { self.directory.record($0)?.origin }.first
    }
}

/// The records of a checked dataset by claim id, shared by all its findings.
final class ClaimDirectory: Sendable {
    let records: [ClaimRecord]
    let positions: ClaimPositions

    init(records: [ClaimRecord], positions: ClaimPositions) {
        self.records = records
        self.positions = positions
    }

    func record(_ id: String) -> ClaimRecord? { positions[id].map { records[$0] } }
}

/// The outcome of `tally check`.
public struct CheckResult: Sendable {
    public var configuration: CheckConfiguration
    /// Every finding kept by the rule filters, most severe first, baselined ones included.
    public var findings: [CheckedFinding] { newFindings + baselinedFindings }
    /// Findings that count: kept by the filters and not accepted by the baseline, most severe first.
    public let newFindings: [CheckedFinding]
    /// Findings the baseline accepts, most severe first.
    public let baselinedFindings: [CheckedFinding]
    public var claimCount: Int
    public var fileCount: Int
    /// New findings per severity.
    public let counts: [Severity: Int]

    public var baselinedCount: Int { baselinedFindings.count }

    /// Every finding kept by the filters, baselined ones included.
    public var findingCount: Int { newFindings.count + baselinedFindings.count }

    /// Whether any new finding is at or above the failure threshold.
    public var fails: Bool {
        guard let threshold = configuration.failOn else { return false }
        return counts.contains { $0.key >= threshold && $0.value > 0 }
    }

    /// The findings to list: new ones first, at most `maxFindings`.
    public var listed: [CheckedFinding] {
        let limit = configuration.maxFindings ?? Int.max
        return Array(newFindings.prefix(limit)) + baselinedFindings.prefix(max(0, limit - newFindings.count))
    }

    /// Checks a reconciled dataset under a configuration and an optional baseline.
    public init(dataset: ReconciledDataset, configuration: CheckConfiguration, baseline: Baseline? = nil) {
        let accepted = baseline?.fingerprints ?? []
        // Rule filters and severity overrides are decided once per rule, not once per finding.
        var decisions: [String: (included: Bool, severity: Severity?)] = [:]
        for rule in Set(dataset.findings.map(\.rule)) {
            decisions[rule] = (configuration.includes(rule: rule), configuration.overriddenSeverity(of: rule))
        }
        let ruleDecisions = decisions
        // Fingerprints and claim locations are computed on every core: a large dataset has
        // hundreds of thousands of findings.
        let findings = dataset.findings
        let directory = ClaimDirectory(records: dataset.records, positions: dataset.claimPositions)
        let pieces = Swift.max(1, Swift.min(findings.count / 20_000, Parallelism.workers * 4))
        let slots = ParallelSlots<[CheckedFinding]>(count: pieces)
        Parallelism.perform(iterations: pieces) { piece in
            let range = findings.count * piece / pieces..<findings.count * (piece + 1) / pieces
            var checked: [CheckedFinding] = []
            checked.reserveCapacity(range.count)
            for finding in findings[range] {
                let decision = ruleDecisions[finding.rule]!
                guard decision.included else { continue }
                checked.append(CheckedFinding(finding: finding, severity: decision.severity ?? finding.severity,
                                              isBaselined: !accepted.isEmpty && accepted.contains(Fingerprint.of(finding)),
                                              directory: directory))
            }
            slots[piece] = checked
        }
        var checked = (0..<pieces).flatMap { slots[$0]! }
        // By effective severity; within one, the dataset's own order (rule, then input order).
        if decisions.values.contains(where: { $0.severity != nil }) {
            checked = checked.indices.sorted { (checked[$1].severity, $0) < (checked[$0].severity, $1) }.map { checked[$0] }
        }
        self.configuration = configuration
        if accepted.isEmpty {
            self.newFindings = checked
            self.baselinedFindings = []
        } else {
            self.newFindings = checked.filter { !$0.isBaselined }
            self.baselinedFindings = checked.filter(\.isBaselined)
        }
        var counts: [Severity: Int] = [:]
        for item in newFindings { counts[item.severity, default: 0] += 1 }
        self.counts = counts
        self.claimCount = dataset.records.count
        // Records of one file are contiguous: compare with the previous before hashing.
        var files: Set<String> = []
        var previous: String?
        dataset.records.withUnsafeBufferPointer { records in
            for index in records.indices where records[index].origin.file != previous {
                previous = records[index].origin.file
                files.insert(records[index].origin.file)
            }
        }
        self.fileCount = files.count
    }

    /// A baseline accepting every finding of this result.
    public func baseline() -> Baseline {
        Baseline(entries: findings.map { item in
            Baseline.Entry(fingerprint: item.fingerprint, rule: item.finding.rule, claims: item.finding.claimIDs,
                           message: item.finding.message)
        })
    }
}
