import ClaimModel
import Dispatch

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info, warning, error

    /// 0 for info, 1 for warning, 2 for error.
    public var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Something reconciliation noticed about the claims: an inconsistency, or a merge it made.
///
/// Every finding names its rule, says in a sentence what it means, gives the expected and the
/// observed figure where there is one, and lists the claims involved, so no number disappears
/// unexplained.
public struct Finding: Sendable, Hashable {
    /// The rule's id, e.g. `parts.subset`.
    public var rule: String
    public var severity: Severity
    /// One sentence a reader can act on.
    public var message: String
    /// What the rule expected ("≤ 58"), if it compares figures.
    public var expected: String?
    /// What was found ("61").
    public var observed: String?
    /// The claims involved, the most relevant first.
    public var claimIDs: [String]

    public init(rule: String, severity: Severity, message: String, expected: String? = nil,
                observed: String? = nil, claimIDs: [String]) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.expected = expected
        self.observed = observed
        self.claimIDs = claimIDs
    }
}

extension Finding {
    /// Findings most severe first, then by rule, then in the input order of their claims
    /// (`positions`: each claim id's place in the input), so output is stable and reads in file order.
    ///
    /// Sorts integer keys rather than comparing strings: a large dataset has hundreds of thousands of findings.
    public static func ordered(_ findings: [Finding], positions: ClaimPositions) -> [Finding] {
        let ruleRank = Dictionary(uniqueKeysWithValues: Set(findings.map(\.rule)).sorted().enumerated().map { ($1, $0) })
        // The keys look up claim positions by id: computed in pieces on every core.
        let pieces = max(1, min(findings.count / 50_000, 8))
        let slots = ParallelSlots<[(Int, Int, Int, Int)]>(count: pieces)
        Parallelism.perform(iterations: pieces) { piece in
            slots[piece] = findings[findings.count * piece / pieces..<findings.count * (piece + 1) / pieces].map { finding in
                let first = finding.claimIDs.first.flatMap { positions[$0] } ?? Int.max
                let second = finding.claimIDs.dropFirst().first.flatMap { positions[$0] } ?? Int.max
                return (-finding.severity.rank, ruleRank[finding.rule]!, first, second)
            }
        }
        let keys = (0..<pieces).flatMap { slots[$0]! }
        let order = findings.indices.sorted { lhs, rhs in
            let (a, b) = (keys[lhs], keys[rhs])
            return (a.0, a.1, a.2, a.3, lhs) < (b.0, b.1, b.2, b.3, rhs)
        }
        return order.map { findings[$0] }
    }

    /// `sorted` (in the order of ``ordered(_:positions:)``) with `more` put in their places, after
    /// any equal ones: the same as ordering `sorted + more`, without sorting the many again.
    public static func merging(_ more: [Finding], into sorted: [Finding], positions: ClaimPositions) -> [Finding] {
        func key(_ finding: Finding) -> (Int, String, Int, Int) {
            (-finding.severity.rank, finding.rule,
             finding.claimIDs.first.flatMap { positions[$0] } ?? Int.max,
             finding.claimIDs.dropFirst().first.flatMap { positions[$0] } ?? Int.max)
        }
        var merged: [Finding] = []
        merged.reserveCapacity(sorted.count + more.count)
        var start = 0
        for finding in ordered(more, positions: positions) {
            let wanted = key(finding)
            var (low, high) = (start, sorted.count)
            while low < high {
                let middle = (low + high) / 2
                if wanted < key(sorted[middle]) { high = middle } else { low = middle + 1 }
            }
            merged += sorted[start..<low]
            merged.append(finding)
            start = low
        }
        merged += sorted[start...]
        return merged
    }

    /// Orders findings most severe first, then by rule and claims, so output is stable.
    public static func severityOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.claimIDs.lexicographicallyPrecedes(rhs.claimIDs)
    }
}
