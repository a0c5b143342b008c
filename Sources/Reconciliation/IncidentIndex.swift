import ClaimModel

/// Incidents by party, category and role, ordered by their last day, with prefix sums for range totals.
///
/// An incident counts as inside a period when its last day is inside it. A total whose role is
/// `unknown` (all victims) holds incidents of every role; a total of one role, only that role's.
struct IncidentIndex {
    struct Sums { var count = 0, best = 0, low = 0 }

    /// The incidents of one party, category and role.
    struct List {
        /// Each incident's last day, ascending.
        var days: [Int] = []
        var incidents: [Incident] = []
        /// Prefix sums of the incidents' best and low figures (one more element than incidents).
        var best = [0], low = [0]
        /// Who stated each incident: `statementRanges[i]` indexes `sources` and `documents`
        /// (interned labels; -1 for no document).
        var statementRanges: [Range<Int>] = []
        var sources: [Int] = []
        var documents: [Int] = []

        /// Positions of the incidents whose last day is in `days`.
        func positions(lastDayIn range: ClosedRange<Int>) -> Range<Int> {
            Self.lowerBound(days, range.lowerBound)..<Self.lowerBound(days, range.upperBound + 1)
        }

        /// Whether a statement of the incident at `position` comes from the source or the document.
        func isStated(_ position: Int, bySource source: Int, orInDocument document: Int?) -> Bool {
            statementRanges[position].contains { sources[$0] == source || (document != nil && documents[$0] == document) }
        }

        private static func lowerBound(_ values: [Int], _ target: Int) -> Int {
            var (low, high) = (0, values.count)
            while low < high {
                let middle = (low + high) / 2
                if values[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    private struct Key: Hashable {
        var party: String
        var category: CasualtyCategory
        var role: VictimRole
    }

    private var lists: [Key: List] = [:]

    init(_ incidents: [Incident]) {
        var groups: [Key: [Int]] = [:]
        for (position, incident) in incidents.enumerated() where incident.lastDay != nil {
            groups[Key(party: incident.party ?? "", category: incident.category, role: .unknown), default: []].append(position)
            if let role = incident.role, role != .unknown {
                groups[Key(party: incident.party ?? "", category: incident.category, role: role), default: []].append(position)
            }
        }
        for (key, members) in groups {
            let sorted = members.sorted { (incidents[$0].lastDay!, incidents[$0].id) < (incidents[$1].lastDay!, incidents[$1].id) }
            var list = List()
            list.days.reserveCapacity(sorted.count)
            list.incidents.reserveCapacity(sorted.count)
            for position in sorted {
                let incident = incidents[position]
                list.days.append(incident.lastDay!)
                list.incidents.append(incident)
                list.best.append(list.best.last! + incident.best)
                list.low.append(list.low.last! + incident.low)
                let first = list.sources.count
                for statement in incident.statements {
                    list.sources.append(statement.labels.source)
                    list.documents.append(statement.labels.document ?? -1)
                }
                list.statementRanges.append(first..<list.sources.count)
            }
            lists[key] = list
        }
    }

    /// The incidents of a party, category and role (empty when there are none).
    func list(party: String, category: CasualtyCategory, role: VictimRole) -> List {
        lists[Key(party: party, category: category, role: role)] ?? List()
    }

    func sum(party: String, category: CasualtyCategory, role: VictimRole, lastDayIn days: ClosedRange<Int>) -> Sums {
        let list = list(party: party, category: category, role: role)
        let range = list.positions(lastDayIn: days)
        return Sums(count: range.count, best: list.best[range.upperBound] - list.best[range.lowerBound],
                    low: list.low[range.upperBound] - list.low[range.lowerBound])
    }

    func incidents(party: String, category: CasualtyCategory, role: VictimRole, lastDayIn days: ClosedRange<Int>) -> ArraySlice<Incident> {
        let list = list(party: party, category: category, role: role)
        return list.incidents[list.positions(lastDayIn: days)]
    }
}
