import ClaimModel

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
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
    /// Orders findings most severe first, then by rule and claims, so output is stable.
    public static func severityOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.claimIDs.lexicographicallyPrecedes(rhs.claimIDs)
    }
}
