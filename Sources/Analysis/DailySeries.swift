import ClaimModel
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// The daily counts of one party and category, from its incidents.
    ///
    /// Day d counts the best figures of the incidents whose first day is d (an incident spanning
    /// several days counts on its first day: the figures do not say how it spread), and 0 on days
    /// between the first and the last incident without one. Incidents without a date are left out.
    public struct DailySeries: Sendable {
        public var party: String?
        public var category: CasualtyCategory
        /// Day number (days since 1970-01-01) of the first value.
        public var firstDay: Int
        public var values: [Double]
        /// The incidents counted on each day, by position.
        public var incidents: [[Incident]]
        /// The claims of the incidents counted on each day, by position.
        public var claimIDs: [[String]] { incidents.map { $0.flatMap(\.claimIDs) } }
        /// Of the daily values, zero days included.
        public var summary: DescriptiveSummary
        /// `nil` for fewer than two days or no deaths.
        public var dispersion: DispersionTest?
        /// Slope in deaths per day; `nil` for fewer than three days.
        public var trend: LinearTrend?
        /// Quasi-Poisson: the likelihood ratios are divided by the series' dispersion index (at
        /// least 1), so clustered deaths are not each mistaken for an escalation. Conservative,
        /// since a real change also raises the index.
        public var changePoints: ChangePoints

        static func series(of incidents: [Incident], settings: StatisticsSettings) throws(GSLError) -> [DailySeries] {
            struct Key: Hashable, Comparable {
                var party: String
                var category: CasualtyCategory
                static func < (lhs: Key, rhs: Key) -> Bool { (lhs.party, lhs.category) < (rhs.party, rhs.category) }
            }
            let groups = Dictionary(grouping: incidents.filter { $0.firstDay != nil }) {
                Key(party: $0.party ?? "", category: $0.category)
            }
            var result: [DailySeries] = []
            for key in groups.keys.sorted() {
                let members = groups[key]!
                let first = members.map { $0.firstDay! }.min()!
                let last = members.map { $0.firstDay! }.max()!
                var values = [Double](repeating: 0, count: last - first + 1)
                var onDay = [[Incident]](repeating: [], count: values.count)
                for incident in members {
                    values[incident.firstDay! - first] += Double(incident.best)
                    onDay[incident.firstDay! - first].append(incident)
                }
                let days = (0..<values.count).map(Double.init)
                let dispersion = try DispersionTest(counts: values)
                result.append(DailySeries(
                    party: key.party.isEmpty ? nil : key.party, category: key.category, firstDay: first,
                    values: values, incidents: onDay,
                    summary: try DescriptiveSummary(of: values),
                    dispersion: dispersion,
                    trend: try LinearTrend(x: days, y: values),
                    changePoints: try ChangePoints(counts: values, significance: settings.significance,
                                                  dispersion: max(1, dispersion?.index ?? 1))))
            }
            return result
        }

        /// The claims of every incident counted, day by day: ``claimIDs`` flattened, built in one array.
        var everyClaimID: [String] {
            var ids: [String] = []
            ids.reserveCapacity(incidents.reduce(0) { $0 + $1.count })
            for day in incidents {
                for incident in day {
                    for statement in incident.statements {
                        ids.append(statement.claim.id)
                        for restatement in statement.restatements { ids.append(restatement.id) }
                    }
                }
            }
            return ids
        }

        var label: String { "\(party ?? "(party not stated)") \(category.rawValue)" }

        /// `stats.overdispersion` when the dispersion test is significant; `stats.changepoint` for each escalation.
        func findings(significance: Double) -> [Finding] {
            var findings: [Finding] = []
            if let dispersion, dispersion.isOverdispersed(at: significance) {
                findings.append(Finding(
                    rule: "stats.overdispersion", severity: .info,
                    message: "Daily \(label) figures vary \(Number.text(dispersion.index)) times as much as a Poisson "
                        + "process would (χ² = \(Number.text(dispersion.statistic)), \(dispersion.degreesOfFreedom) df, "
                        + "p \(Number.pValue(dispersion.pValue))): casualties come in clusters, so Poisson intervals understate the uncertainty.",
                    expected: "variance/mean ≈ 1", observed: Number.text(dispersion.index, digits: 2),
                    claimIDs: everyClaimID))
            }
            for change in changePoints.changes where change.isEscalation {
                let day = firstDay + change.index
                findings.append(Finding(
                    rule: "stats.changepoint", severity: .info,
                    message: "\(label) escalates from \(Number.day(day)): \(Number.text(change.meanBefore)) a day before, "
                        + "\(Number.text(change.meanAfter)) a day after (likelihood ratio \(Number.text(change.statistic))).",
                    expected: Number.text(change.meanBefore), observed: Number.text(change.meanAfter),
                    claimIDs: incidents[change.index...].first { !$0.isEmpty }?.flatMap(\.claimIDs) ?? []))
            }
            return findings
        }
    }
}
