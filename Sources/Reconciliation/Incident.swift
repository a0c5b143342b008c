import ClaimModel

/// One event as reconciled from every statement about it.
///
/// Immutable, and a class so that indexes, statistics and reports share an incident rather than
/// copy its fields; equality and hashing are those of its contents.
public final class Incident: Sendable, Hashable {
    /// How well an incident is attested, after Airwars' grading.
    public enum Grade: String, Sendable, Hashable, CaseIterable {
        /// The party that suffered it states it.
        case confirmed
        /// Two or more independent sources report it.
        case fair
        /// One source only.
        case weak
    }

    /// Stable id: `incident:` and the id of its first claim.
    public let id: String
    public let category: CasualtyCategory
    public let party: String?
    public let region: String?
    /// The victims' role, from the first claim.
    public let role: VictimRole?
    /// First day covered by any statement, as days since 1970-01-01.
    public let firstDay: Int?
    /// Last day covered by any statement.
    public let lastDay: Int?
    /// The distinct statements, oldest report first.
    public let statements: [Statement]
    /// Each source's latest statement (its revisions replaced), by source.
    public let latestBySource: [Statement]
    public let best: Int
    public let low: Int
    public let high: Int
    public let grade: Grade

    init(id: String, category: CasualtyCategory, party: String?, region: String?, role: VictimRole?, firstDay: Int?,
         lastDay: Int?, statements: [Statement], latestBySource: [Statement], best: Int, low: Int, high: Int, grade: Grade) {
        self.id = id
        self.category = category
        self.party = party
        self.region = region
        self.role = role
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.statements = statements
        self.latestBySource = latestBySource
        self.best = best
        self.low = low
        self.high = high
        self.grade = grade
    }

    public static func == (lhs: Incident, rhs: Incident) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.statements == rhs.statements && lhs.best == rhs.best && lhs.low == rhs.low
            && lhs.high == rhs.high && lhs.grade == rhs.grade)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(best)
    }

    /// Every claim id merged into the incident.
    public var claimIDs: [String] {
        if statements.count == 1 { return statements[0].claimIDs }
        var ids: [String] = []
        for statement in statements {
            ids.append(statement.claim.id)
            ids += statement.restatements.map(\.id)
        }
        return ids
    }

    /// The sources that reported it.
    public var sources: [SourceName] { latestBySource.map(\.source) }
}

extension Incident {
    /// Builds an incident from the statements judged to describe the same event.
    convenience init(statements: [Statement], policy: Policy) {
        if statements.count == 1 {
            self.init(only: statements[0])
            return
        }
        let reported = statements.map(\.lastReported)
        let ordered = statements.indices.sorted { (reported[$0], statements[$0].claim.id) < (reported[$1], statements[$1].claim.id) }
            .map { statements[$0] }
        // Each source's latest statement; incidents have few sources, so a list beats a dictionary.
        var bySource: [Statement] = []
        for statement in ordered {
            if let known = bySource.firstIndex(where: { $0.source == statement.source }) {
                bySource[known] = statement
            } else {
                bySource.append(statement)
            }
        }
        if bySource.count > 1 { bySource.sort { ($0.source, $0.claim.id) < ($1.source, $1.claim.id) } }
        let lead = ordered.min { $0.claim.id < $1.claim.id }!.claim
        let figures = bySource.map(\.claim.value).sorted()
        let lows = bySource.map { min($0.claim.low ?? $0.claim.value, $0.claim.value) }
        let highs = bySource.map { max($0.claim.high ?? $0.claim.value, $0.claim.value) }
        var best = figures[(figures.count - 1) / 2]
        var low = lows.min()!
        var high = highs.max()!
        switch policy {
        case .range:
            break
        case .conservative:
            best = figures[0]
            low = min(low, best)
        case .latest:
            best = ordered.last!.claim.value
        case .prefer(let names):
            let wanted = names.map { SourceName($0) }
            if let chosen = wanted.lazy.compactMap({ name in bySource.first { $0.source == name } }).first {
                best = chosen.claim.value
            }
        }
        low = min(low, best)
        high = max(high, best)
        var (firstDay, lastDay): (Int?, Int?) = (nil, nil)
        for statement in ordered {
            for day in [statement.claim.eventStart?.firstDay, statement.claim.eventEnd?.lastDay] {
                guard let day else { continue }
                firstDay = min(firstDay ?? day, day)
                lastDay = max(lastDay ?? day, day)
            }
        }
        let grade: Grade
        if bySource.contains(where: { Self.isOwnStatement($0.source, party: lead.party) }) {
            grade = .confirmed
        } else {
            // bySource holds one statement per source.
            grade = bySource.count >= 2 ? .fair : .weak
        }
        self.init(id: "incident:\(lead.id)", category: lead.category, party: lead.party, region: lead.region,
                  role: lead.role, firstDay: firstDay, lastDay: lastDay, statements: ordered, latestBySource: bySource,
                  best: best, low: low, high: high, grade: grade)
    }

    /// An incident one statement reports: its figure is the best under every policy.
    private convenience init(only statement: Statement) {
        let claim = statement.claim
        let first = claim.eventStart?.firstDay
        let last = claim.eventEnd?.lastDay
        self.init(id: "incident:\(claim.id)", category: claim.category, party: claim.party, region: claim.region,
                  role: claim.role, firstDay: first.map { day in last.map { min(day, $0) } ?? day } ?? last,
                  lastDay: last.map { day in first.map { max(day, $0) } ?? day } ?? first,
                  statements: [statement], latestBySource: [statement], best: claim.value,
                  low: min(claim.low ?? claim.value, claim.value), high: max(claim.high ?? claim.value, claim.value),
                  grade: Self.isOwnStatement(statement.source, party: claim.party) ? .confirmed : .weak)
    }

    /// Whether the source is an authority of the victims' own side ("Turkish Defence Ministry"
    /// for party Turkey), not merely a body named after the country ("Syrian Observatory for Human Rights").
    static func isOwnStatement(_ source: SourceName, party: String?) -> Bool {
        guard source.isOfficial, let party, party.count >= 4 else { return false }
        let stem = String(party.lowercased().prefix(4))
        return source.key.hasPrefix(stem) || source.key.contains(" " + stem)
    }
}
