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
            var lists: [SourceName: Set<String>] = [:]
            for incident in incidents {
                for source in Set(incident.sources) where source != .unattributed {
                    lists[source, default: []].insert(incident.id)
                }
            }
            let sources = lists.keys.sorted()
            var best: (SourceName, SourceName, overlap: Int, total: Int)?
            for (i, first) in sources.enumerated() {
                for second in sources[(i + 1)...] {
                    let overlap = lists[first]!.intersection(lists[second]!).count
                    let total = lists[first]!.count + lists[second]!.count
                    guard overlap > 0 else { continue }
                    if best == nil || (overlap, total) > (best!.overlap, best!.total) {
                        best = (first, second, overlap, total)
                    }
                }
            }
            guard let (first, second, overlap, _) = best else { return nil }
            return Recapture(firstSource: first.display, secondSource: second.display,
                             estimate: try CaptureRecapture(firstCount: lists[first]!.count, secondCount: lists[second]!.count,
                                                            both: overlap))
        }
    }
}
