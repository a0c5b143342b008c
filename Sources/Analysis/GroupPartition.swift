import ClaimModel
import Reconciliation

extension DatasetStatistics.Group {
    /// The incidents of each incident-scope group (party × category × period), as positions in
    /// the dataset's incident list in that order: built in one pass with integer keys, so a large
    /// dataset's incidents are neither copied nor keyed by text built per incident.
    struct Partition {
        /// One per group, in the order of first appearance.
        var keys: [Key]
        /// The positions of each group's incidents, ascending.
        var members: [[Int]]

        init(incidents: [Incident]) {
            struct Slot: Hashable {
                var party: Int
                var category: CasualtyCategory
                var period: Int
            }
            var parties = Interner<String?>()
            // Period 0 is `all`; a month is labelled once per distinct first day.
            var periodLabels = ["all"]
            var periodOfLabel = ["all": 0]
            var periodOfDay: [Int: Int] = [:]
            var slots: [Slot: Int] = [:]
            var keys: [Key] = []
            var members: [[Int]] = []

            func add(_ slot: Slot, _ index: Int) {
                if let group = slots[slot] {
                    members[group].append(index)
                } else {
                    slots[slot] = members.count
                    keys.append(Key(party: parties.keys[slot.party], category: slot.category, scope: .incident,
                                    period: periodLabels[slot.period]))
                    members.append([index])
                }
            }

            for (index, incident) in incidents.enumerated() {
                var slot = Slot(party: parties.id(incident.party), category: incident.category, period: 0)
                add(slot, index)
                guard let first = incident.firstDay else { continue }
                if let period = periodOfDay[first] {
                    slot.period = period
                } else {
                    let label = String(Number.day(first).prefix(7))
                    let period = periodOfLabel[label] ?? periodLabels.count
                    if period == periodLabels.count {
                        periodLabels.append(label)
                        periodOfLabel[label] = period
                    }
                    periodOfDay[first] = period
                    slot.period = period
                }
                add(slot, index)
            }
            self.keys = keys
            self.members = members
        }
    }
}
