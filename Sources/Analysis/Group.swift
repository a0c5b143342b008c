import ClaimModel
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// The figures of one party, category, scope and period.
    ///
    /// Scope `incident`: one figure per reconciled incident (its best), with the sums of best, low
    /// and high, the exact Poisson interval for the number of incidents and the Monte Carlo
    /// interval of the total. Scope `cumulative`: one figure per running-total series (its latest
    /// total); running totals of different sources overlap, so they are summarised, never summed.
    /// Period: `all`, and each calendar month of the incidents' first days (`2020-10`).
    public struct Group: Sendable {
        public struct Key: Sendable, Hashable, Comparable {
            public var party: String?
            public var category: CasualtyCategory
            public var scope: ClaimScope
            /// `all` or a month `YYYY-MM`.
            public var period: String

            public static func < (lhs: Self, rhs: Self) -> Bool {
                (lhs.party ?? "", lhs.category, lhs.scope, lhs.period == "all" ? "" : lhs.period)
                    < (rhs.party ?? "", rhs.category, rhs.scope, rhs.period == "all" ? "" : rhs.period)
            }
        }

        public var key: Key
        /// Of the best figures (incidents) or latest totals (series).
        public var summary: DescriptiveSummary
        /// Sums of low and high (incident scope); `highSum` is `nil` when a range is open above.
        public var lowSum: Double?
        public var highSum: Double?
        /// Exact Poisson interval for the number of incidents (incident scope).
        public var countInterval: PoissonInterval?
        /// Monte Carlo interval of the total (incident scope).
        public var total: TotalUncertainty?

        /// The draws each simulated group gets: the requested number, fewer (at least 1,000) when the
        /// simulated groups together hold so many incidents that draws × incidents would pass
        /// ``StatisticsSettings/simulationBudget``. Groups above the simulation limit use the normal
        /// approximation and cost nothing here. A group is sized by its party's name, an unnamed party
        /// counting with an empty name.
        static func effectiveDraws(for partition: Partition, settings: StatisticsSettings) -> Int {
            var sizes: [String: Int] = [:]
            for (key, members) in zip(partition.keys, partition.members) {
                sizes["\(key.party ?? "")\u{1}\(key.category.rawValue)\u{1}\(key.period)", default: 0] += members.count
            }
            let simulated = sizes.values.filter { $0 <= settings.simulationLimit }.reduce(0, +)
            guard simulated > 0 else { return settings.draws }
            return min(settings.draws, max(1_000, settings.simulationBudget / simulated))
        }

        /// The incident groups (computed by ``incidentGroup(_:of:incidents:settings:)``) with the
        /// running-total groups of `series`, in key order.
        static func groups(incidentGroups: [Group], series: [Series]) throws(GSLError) -> [Group] {
            var result = incidentGroups
            var latest: [Key: [Double]] = [:]
            for series in series {
                let key = Key(party: series.key.party.isEmpty ? nil : series.key.party, category: series.key.category,
                              scope: .cumulative, period: "all")
                latest[key, default: []].append(Double(series.latest.claim.value))
            }
            for (key, values) in latest {
                result.append(Group(key: key, summary: try DescriptiveSummary(of: values)))
            }
            return result.sorted { $0.key < $1.key }
        }

        /// Incident group `index` of `partition`. Each group is computed on its own (its simulation has
        /// its own generator, seeded alike), so groups can run on every core and give the same numbers.
        static func incidentGroup(_ index: Int, of partition: Partition, incidents: [Incident],
                                  settings: StatisticsSettings) throws(GSLError) -> Group {
            try group(partition.keys[index], of: partition.members[index].map { incidents[$0] }, settings: settings)
        }

        /// One incident group: its summary, sums, count interval and simulated (or approximated) total.
        static func group(_ key: Key, of members: [Incident], settings: StatisticsSettings) throws(GSLError) -> Group {
            let ranges = members.map(IncidentRange.init)
            return Group(
                key: key,
                summary: try DescriptiveSummary(of: members.map { Double($0.best) }),
                lowSum: ranges.reduce(0) { $0 + $1.low },
                highSum: ranges.contains { $0.high == nil } ? nil : ranges.reduce(0) { $0 + $1.high! },
                countInterval: try PoissonInterval(count: members.count),
                total: ranges.count > settings.simulationLimit
                    ? try TotalUncertainty(normalApproximationOf: ranges, shape: settings.shape)
                    : try TotalUncertainty(ranges: ranges, shape: settings.shape, draws: settings.draws, seed: settings.seed))
        }
    }
}

extension IncidentRange {
    /// An incident's range; open above when a source's latest statement is ("at least 40": a low and no high).
    init(_ incident: Incident) {
        let isOpen = incident.high == Int.max
            || incident.latestBySource.contains { $0.claim.low != nil && $0.claim.high == nil }
        self.init(low: Double(incident.low), best: Double(incident.best), high: isOpen ? nil : Double(incident.high))
    }
}
