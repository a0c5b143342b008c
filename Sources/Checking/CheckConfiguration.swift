import ClaimModel
import Reconciliation

/// What `tally check` checks and when it fails: from `.tally.yml`, overridden by command-line options.
public struct CheckConfiguration: Sendable {
    /// The lowest severity that fails the check; `nil` never fails (`--fail-on never`).
    public var failOn: Severity? = .error
    /// Rule ids (or prefixes, `total.` for all `total.*` rules) to keep; empty keeps all.
    public var rules: [String] = []
    /// Rule ids or prefixes to drop.
    public var skipRules: [String] = []
    /// Severity per rule id (or prefix), replacing the rule's own.
    public var severities: [String: Severity] = [:]
    public var thresholds = Thresholds()
    public var policy: Policy = .range
    /// The vague-number profile for article texts in the inputs (`tally` or `acled`), if set.
    public var vagueProfile: String?
    /// How many findings to list at most; counts always cover all of them.
    public var maxFindings: Int?

    public init() {}

    /// Whether a rule id passes `rules` and `skipRules` (prefix match).
    public func includes(rule: String) -> Bool {
        if !rules.isEmpty && !rules.contains(where: { rule.hasPrefix($0) }) { return false }
        return !skipRules.contains { rule.hasPrefix($0) }
    }

    /// The severity a finding is reported with: the longest matching override, else its own.
    public func severity(of finding: Finding) -> Severity {
        let match = severities.keys.filter { finding.rule.hasPrefix($0) }.max { $0.count < $1.count }
        return match.flatMap { severities[$0] } ?? finding.severity
    }
}
