import ClaimModel

/// One event as reconciled from every statement about it.
public struct Incident: Sendable, Hashable {
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
    public var id: String
    public var category: CasualtyCategory
    public var party: String?
    public var region: String?
    /// The victims' role, from the first claim.
    public var role: VictimRole?
    /// First day covered by any statement, as days since 1970-01-01.
    public var firstDay: Int?
    /// Last day covered by any statement.
    public var lastDay: Int?
    /// The distinct statements, oldest report first.
    public var statements: [Statement]
    /// Each source's latest statement (its revisions replaced), by source.
    public var latestBySource: [Statement]
    public var best: Int
    public var low: Int
    public var high: Int
    public var grade: Grade

    /// Every claim id merged into the incident.
    public var claimIDs: [String] { statements.flatMap(\.claimIDs) }

    /// The sources that reported it.
    public var sources: [SourceName] { latestBySource.map(\.source) }
}

extension Incident {
    /// Builds an incident from the statements judged to describe the same event.
    init(statements: [Statement], policy: Policy) {
        let ordered = statements.count == 1 ? statements
            : statements.sorted { ($0.lastReported, $0.claim.id) < ($1.lastReported, $1.claim.id) }
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
        let days = ordered.flatMap { [$0.claim.eventStart?.firstDay, $0.claim.eventEnd?.lastDay] }.compactMap { $0 }
        let grade: Grade
        if bySource.contains(where: { Self.isOwnStatement($0.source, party: lead.party) }) {
            grade = .confirmed
        } else {
            grade = Set(bySource.map(\.source)).count >= 2 ? .fair : .weak
        }
        self.init(id: "incident:\(lead.id)", category: lead.category, party: lead.party, region: lead.region,
                  role: lead.role, firstDay: days.min(), lastDay: days.max(), statements: ordered, latestBySource: bySource,
                  best: best, low: low, high: high, grade: grade)
    }

    /// Whether the source is an authority of the victims' own side ("Turkish Defence Ministry"
    /// for party Turkey), not merely a body named after the country ("Syrian Observatory for Human Rights").
    static func isOwnStatement(_ source: SourceName, party: String?) -> Bool {
        guard let party, party.count >= 4, source != .unattributed else { return false }
        let stem = String(party.lowercased().prefix(4))
        let words = source.key.split(separator: " ")
        return words.contains { $0.hasPrefix(stem) } && words.contains { officialWords.contains(String($0)) }
    }

    static let officialWords: Set<String> = [
        "ministry", "minister", "government", "army", "military", "forces", "defence", "defense", "police",
        "president", "presidency", "authorities", "authority", "spokesman", "spokesperson", "governor", "agency",
    ]
}
