import ClaimModel
import Dispatch

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
        /// (source, position) for each incident a source (interned label) stated, ascending.
        var bySource: [Pair] = []
        /// (hash of the document id, position) for each incident stated in a document, ascending;
        /// a hash match is confirmed against the statements' documents.
        var byDocument: [Pair] = []

        /// A label and an incident's position, ordered by label, then position.
        struct Pair: Hashable, Comparable {
            var label: Int
            var position: Int
            static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.label, lhs.position) < (rhs.label, rhs.position) }
        }

        /// Positions of the incidents whose last day is in `days`.
        func positions(lastDayIn range: ClosedRange<Int>) -> Range<Int> {
            Self.lowerBound(days, range.lowerBound)..<Self.lowerBound(days, range.upperBound + 1)
        }

        /// Positions, ascending, of the incidents whose last day is in `days` and that the source
        /// states or the document reports: found by binary search in each one's list, not by
        /// looking at every incident of the period.
        func positions(lastDayIn range: ClosedRange<Int>, statedBy source: Int, orInDocument document: String?) -> [Int] {
            let window = positions(lastDayIn: range)
            func inWindow(_ pairs: [Pair], _ label: Int) -> [Int] {
                let from = Self.lowerBound(pairs, Pair(label: label, position: window.lowerBound))
                let to = Self.lowerBound(pairs, Pair(label: label, position: window.upperBound))
                return pairs[from..<to].map(\.position)
            }
            let bySource = inWindow(bySource, source)
            guard let document else { return bySource }
            let byDocument = inWindow(byDocument, document.hashValue).filter { position in
                incidents[position].statements.contains { $0.claim.document == document }
            }
            if byDocument.isEmpty { return bySource }
            return Array(Set(bySource).union(byDocument)).sorted()
        }

        static func lowerBound<Value: Comparable>(_ values: [Value], _ target: Value) -> Int {
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
        // The lists are independent: built on every core.
        let keys = Array(groups.keys)
        let built = ParallelSlots<List>(count: keys.count)
        let allGroups = groups
        Parallelism.perform(iterations: keys.count) { index in
            built[index] = Self.list(of: allGroups[keys[index]]!, in: incidents)
        }
        for (index, key) in keys.enumerated() { lists[key] = built[index]! }
    }

    /// The list of the incidents at `members`, by last day, then id.
    private static func list(of members: [Int], in incidents: [Incident]) -> List {
        let keys = members.map { (day: incidents[$0].lastDay!, id: incidents[$0].id) }
        let sorted = members.indices.sorted { (keys[$0].day, keys[$0].id) < (keys[$1].day, keys[$1].id) }.map { members[$0] }
        var list = List()
        list.days.reserveCapacity(sorted.count)
        list.incidents.reserveCapacity(sorted.count)
        list.best.reserveCapacity(sorted.count + 1)
        list.low.reserveCapacity(sorted.count + 1)
        var (best, low) = (0, 0)
        for position in sorted {
            let incident = incidents[position]
            list.days.append(incident.lastDay!)
            list.incidents.append(incident)
            best += incident.best
            low += incident.low
            list.best.append(best)
            list.low.append(low)
            let position = list.days.count - 1
            for statement in incident.statements {
                list.bySource.append(List.Pair(label: statement.labels.source, position: position))
                if let document = statement.claim.document {
                    list.byDocument.append(List.Pair(label: document.hashValue, position: position))
                }
            }
        }
        // Sorted, without repeats (an incident two statements of one source reported).
        list.bySource = sortedWithoutRepeats(list.bySource)
        list.byDocument = sortedWithoutRepeats(list.byDocument)
        return list
    }

    private static func sortedWithoutRepeats(_ pairs: [List.Pair]) -> [List.Pair] {
        var result: [List.Pair] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs.sorted() where result.last != pair { result.append(pair) }
        return result
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
