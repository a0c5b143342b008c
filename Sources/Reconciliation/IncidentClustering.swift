import ClaimModel
import Dispatch

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
    let byID: ClaimLookup
    let window: Int

    /// What the pairwise comparison reads of a statement, packed so that the loop over
    /// candidate pairs reads contiguous memory and compares integers.
    private struct Facts {
        /// The statement's index.
        var index: Int
        var day: Int
        /// The event's first day, `nil` when the claim gives none.
        var start: Int?
        var region: Int
        /// The document (or, without a document id, the page's address); `nil` when neither is known.
        var document: String?
        var figure: Figure
    }

    func incidents(policy: Policy) -> [Incident] {
        let candidates = statements.indices.filter { isIncident(statements[$0]) }
        var facts: [Facts] = []
        facts.reserveCapacity(candidates.count)
        // Per category and party, the statements' positions in `facts`; statements without a day
        // are incidents of their own.
        var groups: [Int: [Int]] = [:]
        var alone: [[Int]] = []
        for index in candidates {
            let statement = statements[index]
            let claim = statement.claim
            guard let day = Self.day(of: claim) else {
                alone.append([index])
                continue
            }
            let group = statement.labels.party * CasualtyCategory.allCases.count + claim.category.ordinal
            groups[group, default: []].append(facts.count)
            facts.append(Facts(index: index, day: day, start: claim.eventStart?.firstDay, region: statement.labels.region,
                               document: claim.document ?? claim.url, figure: Figure(claim)))
        }
        var regionKeys: [String] = []
        for statement in statements where statement.labels.region == regionKeys.count { regionKeys.append(statement.regionKey) }
        // Groups never merge with each other: cluster them on every core.
        let members = groups.keys.sorted().map { groups[$0]! }
        let clustered = ParallelSlots<[[Int]]>(count: members.count)
        let (allFacts, keys, window) = (facts, regionKeys, window)
        Parallelism.perform(iterations: members.count) { group in
            clustered[group] = Self.clusters(of: members[group], in: allFacts, regionKeys: keys, window: window)
        }
        // Each cluster's statements ascending; incidents in the order of their first statement.
        let clusters = ((0..<members.count).flatMap { clustered[$0]! } + alone).sorted { $0[0] < $1[0] }
        let made = ParallelSlots<[Incident]>(count: 8)
        let all = statements
        Parallelism.perform(iterations: 8) { piece in
            let range = clusters.count * piece / 8..<clusters.count * (piece + 1) / 8
            made[piece] = clusters[range].map { cluster in Incident(statements: cluster.map { all[$0] }, policy: policy) }
        }
        return (0..<8).flatMap { made[$0]! }
    }

    /// The clusters of one group's statements (each a list of statement indices, ascending):
    /// statements within a day of each other, at most `window` apart in day order, with
    /// compatible regions and figures that describe the same event, joined transitively.
    private static func clusters(of members: [Int], in facts: [Facts], regionKeys: [String], window: Int) -> [[Int]] {
        // Positions in `facts`, by day, then statement: the facts themselves are read in place.
        let order = members.sorted { (facts[$0].day, facts[$0].index) < (facts[$1].day, facts[$1].index) }
        var sets = DisjointSets(count: order.count)
        var regions = RegionMatcher(keys: regionKeys)
        for position in order.indices {
            let own = order[position]
            var back = position - 1
            while back >= 0, position - back <= window, facts[own].day - facts[order[back]].day <= 1 {
                let other = order[back]
                if regions.compatible(facts[own].region, facts[other].region), sameEvent(facts[own], facts[other]) {
                    sets.union(position, back)
                }
                back -= 1
            }
        }
        // Each cluster's statements, ascending: positions sorted by root, then statement.
        let byCluster = order.indices.map { (root: sets.root($0), statement: facts[order[$0]].index) }.sorted { ($0.root, $0.statement) < ($1.root, $1.statement) }
        var clusters: [[Int]] = []
        var start = 0
        while start < byCluster.count {
            var end = start + 1
            while end < byCluster.count, byCluster[end].root == byCluster[start].root { end += 1 }
            clusters.append(byCluster[start..<end].map(\.statement))
            start = end
        }
        return clusters
    }

    func isIncident(_ statement: Statement) -> Bool {
        let claim = statement.claim
        guard claim.scope == .incident else { return false }
        if let whole = claim.partOf.flatMap({ byID[$0] }), whole.scope == .incident { return false }
        return true
    }

    /// The day an incident claim is about: its first event day, else its report day.
    static func day(of claim: Claim) -> Int? {
        claim.eventStart?.firstDay ?? claim.eventEnd?.firstDay ?? claim.reportDate?.firstDay
    }

    /// Whether two statements with compatible regions describe the same event.
    private static func sameEvent(_ a: Facts, _ b: Facts) -> Bool {
        if let first = a.document, first == b.document { return false }
        if a.figure.overlaps(b.figure) { return true }
        // Close figures (within 2, or a tenth) are two counts of one event: "13 soldiers" and "14 soldiers".
        let (small, large) = (min(a.figure.value, b.figure.value), max(a.figure.value, b.figure.value))
        if large - small <= max(2, large / 10) { return true }
        // Starting the same day, figures of the same order are rival or updated counts of one event
        // ("70" and "at least 130"; bodies recovered so far, 51 then 124); figures further apart
        // count different things ("one soldier" and "five in the vehicle").
        let sameStart = a.start != nil && a.start == b.start
        return sameStart && small > 0 && Double(large) / Double(small) <= rivalFigureRatio
    }

    /// How far apart two figures for the same days may be and still be rival counts of one event.
    static let rivalFigureRatio = 3.5
}

/// Region compatibility, each pair of regions decided once.
///
/// Equal region keys, or every word of the shorter one in the longer ("ganja" and "javad khan
/// district ganja"); no region matches only no region.
struct RegionMatcher {
    private let keys: [String]
    /// Answers for pairs of region ids: 0 unknown, 1 compatible, 2 not. A square table while the
    /// dataset names few regions; a dictionary beyond.
    private var table: [UInt8]
    private var answers: [Int: Bool] = [:]
    private static let tableLimit = 2048

    init(keys: [String]) {
        self.keys = keys
        table = keys.count <= Self.tableLimit ? [UInt8](repeating: 0, count: keys.count * keys.count) : []
    }

    mutating func compatible(_ lhs: Int, _ rhs: Int) -> Bool {
        if lhs == rhs { return true }
        if !table.isEmpty {
            let cell = lhs * keys.count + rhs
            if table[cell] != 0 { return table[cell] == 1 }
            let answer = Self.compatible(keys[lhs], keys[rhs])
            table[cell] = answer ? 1 : 2
            table[rhs * keys.count + lhs] = answer ? 1 : 2
            return answer
        }
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
