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
    public func reconcile(_ records: [ClaimRecord]) -> ReconciledDataset {
        let claims = records.map(\.claim)
        let context = ReconciliationContext(claims: claims, policy: policy, thresholds: thresholds)
        // The rule families read the context and nothing else: run them on every core.
        let families: [@Sendable (ReconciliationContext) -> [Finding]] = [
            ClaimRules.findings(in:), PartRules.findings(in:), TotalRules.findings(in:), SourceRules.findings(in:),
        ]
        let results = ParallelSlots<[Finding]>(count: families.count)
        DispatchQueue.concurrentPerform(iterations: families.count) { index in
            results[index] = families[index](context)
        }
        let positions = Dictionary(claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let findings = Finding.ordered((0..<families.count).flatMap { results[$0] ?? [] }, positions: positions)
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
    let byID: [String: Claim]
    let statements: [Statement]
    /// Statement index by claim id (restatements map to their statement).
    let statementOf: [String: Int]
    let incidents: [Incident]
    let series: [Series]
    let policy: Policy
    let thresholds: Thresholds

    init(claims: [Claim], policy: Policy, thresholds: Thresholds) {
        self.claims = claims
        self.policy = policy
        self.thresholds = thresholds
        byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        statements = Statement.statements(of: claims)
        var statementOf: [String: Int] = [:]
        for (index, statement) in statements.enumerated() {
            for id in statement.claimIDs { statementOf[id] = index }
        }
        self.statementOf = statementOf
        series = Series.series(of: statements, byID: byID)
        incidents = IncidentClustering(statements: statements, byID: byID, window: thresholds.clusteringWindow)
            .incidents(policy: policy)
    }

    /// The claim a claim is part of, if it exists.
    func whole(of claim: Claim) -> Claim? { claim.partOf.flatMap { byID[$0] } }

    /// Whether the claim is a breakdown of a whole of the same category ("541 children" of 2,016).
    func isBreakdown(_ claim: Claim) -> Bool { whole(of: claim)?.category == claim.category }
}

/// Decides which incident statements describe the same event.
///
/// Statements are candidates for one incident when they share category and party, name
/// compatible regions (the same, or one naming a place inside the other: "Ganja" and "Javad
/// Khan district, Ganja") and their event days lie within a day of each other (restatements
/// often shift the date by one).
/// Two such statements merge when they come from different documents and give figures that can
/// describe the same count, or close figures (within 2 or a tenth), or — for events starting the
/// same day — figures of the same order (at most 3.5 times apart: rival or updated counts). Two
/// numbers in one document are different facts unless the document links them with `same_as`. A statement that is
/// `part_of` an incident claim (a breakdown: "including 7 children") is not an incident itself.
struct IncidentClustering {
    let statements: [Statement]
    let byID: [String: Claim]
    let window: Int

    func incidents(policy: Policy) -> [Incident] {
        var sets = DisjointSets(count: statements.count)
        var regions = RegionMatcher()
        let candidates = statements.indices.filter { isIncident(statements[$0]) }
        // Regions as small integers, so the pairwise loop compares numbers.
        var regionIDs: [String: Int] = [:]
        let regionOf = statements.map { statement -> Int in
            if let id = regionIDs[statement.regionKey] { return id }
            let id = regionIDs.count
            regionIDs[statement.regionKey] = id
            return id
        }
        let regionKeys = regionIDs.sorted { $0.value < $1.value }.map(\.key)
        let groups = Dictionary(grouping: candidates) { index -> String in
            let claim = statements[index].claim
            return "\(claim.category.rawValue)\u{1}\(claim.party ?? "")"
        }
        for key in groups.keys {
            let members = groups[key]!.compactMap { index in day(statements[index]).map { (index, $0) } }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            for position in members.indices {
                let (index, dayOfIndex) = members[position]
                var back = position - 1
                while back >= 0, position - back <= window, dayOfIndex - members[back].1 <= 1 {
                    let other = members[back].0
                    if sets.root(index) != sets.root(other),
                       regions.compatible(regionOf[index], regionOf[other], keys: regionKeys),
                       sameEvent(statements[index], statements[other]) {
                        sets.union(index, other)
                    }
                    back -= 1
                }
            }
        }
        var clusters: [Int: [Statement]] = [:]
        for index in candidates { clusters[sets.root(index), default: []].append(statements[index]) }
        return clusters.keys.sorted().map { Incident(statements: clusters[$0]!, policy: policy) }
    }

    func isIncident(_ statement: Statement) -> Bool {
        let claim = statement.claim
        guard claim.scope == .incident else { return false }
        if let whole = claim.partOf.flatMap({ byID[$0] }), whole.scope == .incident { return false }
        return true
    }

    /// The day an incident statement is about: its first event day, else its report day.
    func day(_ statement: Statement) -> Int? {
        statement.claim.eventStart?.firstDay ?? statement.claim.eventEnd?.firstDay ?? statement.claim.reportDate?.firstDay
    }

    /// Whether two statements with compatible regions describe the same event.
    func sameEvent(_ lhs: Statement, _ rhs: Statement) -> Bool {
        let (a, b) = (lhs.claim, rhs.claim)
        // Without a document id, the page's address identifies the document.
        if let first = a.document ?? a.url, let second = b.document ?? b.url, first == second { return false }
        if Figure(a).overlaps(Figure(b)) { return true }
        // Close figures (within 2, or a tenth) are two counts of one event: "13 soldiers" and "14 soldiers".
        let (small, large) = (min(a.value, b.value), max(a.value, b.value))
        if large - small <= max(2, large / 10) { return true }
        // Starting the same day, figures of the same order are rival or updated counts of one event
        // ("70" and "at least 130"; bodies recovered so far, 51 then 124); figures further apart
        // count different things ("one soldier" and "five in the vehicle").
        let sameStart = a.eventStart != nil && a.eventStart == b.eventStart
        return sameStart && small > 0 && Double(large) / Double(small) <= Self.rivalFigureRatio
    }

    /// How far apart two figures for the same days may be and still be rival counts of one event.
    static let rivalFigureRatio = 3.5

}

/// Region compatibility, each pair of regions decided once.
///
/// Equal region keys, or every word of the shorter one in the longer ("ganja" and "javad khan
/// district ganja"); no region matches only no region.
struct RegionMatcher {
    private var answers: [Int: Bool] = [:]

    mutating func compatible(_ lhs: Int, _ rhs: Int, keys: [String]) -> Bool {
        if lhs == rhs { return true }
        let pair = min(lhs, rhs) << 32 | max(lhs, rhs)
        if let known = answers[pair] { return known }
        let answer = Self.compatible(keys[lhs], keys[rhs])
        answers[pair] = answer
        return answer
    }

    static func compatible(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        if lhs.isEmpty || rhs.isEmpty { return false }
        let (shorter, longer) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        let words = Set(longer.split(separator: " "))
        return shorter.split(separator: " ").allSatisfy(words.contains)
    }
}
