import ClaimModel
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// Two-source capture–recapture over the incidents: how many incidents both sources missed.
    ///
    /// The two sources are those sharing the most incidents (then listing the most, then by
    /// name); an incident is on a source's list when the source states a figure for it. No
    /// estimate when no two sources share an incident. See ``CaptureRecapture/assumptions``.
    public struct Recapture: Sendable {
        public var firstSource: String
        public var secondSource: String
        public var estimate: CaptureRecapture

        static func estimate(of incidents: [Incident]) throws(GSLError) -> Recapture? {
            // Sources by number; each incident adds one to the overlap of every pair of its sources
            // (incident ids are unique, so this counts the common incidents of two lists).
            var sources = Interner<SourceName>()
            var counts: [Int] = []
            var overlaps: [Int: Int] = [:]
            var present: [Int] = []
            for incident in incidents {
                present.removeAll(keepingCapacity: true)
                for statement in incident.latestBySource where statement.source != .unattributed {
                    let source = sources.id(statement.source)
                    if source == counts.count { counts.append(0) }
                    guard !present.contains(source) else { continue }
                    counts[source] += 1
                    for other in present { overlaps[pair(source, other), default: 0] += 1 }
                    present.append(source)
                }
            }
            let names = sources.keys
            // The pair sharing the most incidents, then listing the most, then first by name.
            var rank = [Int](repeating: 0, count: names.count)
            for (place, source) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rank[source] = place }
            var best: (first: Int, second: Int, overlap: Int, total: Int)?
            for (key, overlap) in overlaps {
                var (first, second) = (key >> 32, key & 0xFFFF_FFFF)
                if rank[second] < rank[first] { swap(&first, &second) }
                let total = counts[first] + counts[second]
                if let current = best {
                    let better = (overlap, total, -rank[first], -rank[second])
                        > (current.overlap, current.total, -rank[current.first], -rank[current.second])
                    guard better else { continue }
                }
                best = (first, second, overlap, total)
            }
            guard let (first, second, overlap, _) = best else { return nil }
            return Recapture(firstSource: names[first].display, secondSource: names[second].display,
                             estimate: try CaptureRecapture(firstCount: counts[first], secondCount: counts[second],
                                                            both: overlap))
        }

        /// One key for an unordered pair of source numbers.
        private static func pair(_ a: Int, _ b: Int) -> Int { min(a, b) << 32 | max(a, b) }
    }
}
