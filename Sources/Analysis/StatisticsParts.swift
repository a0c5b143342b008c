import ClaimModel
import Dispatch
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// The independent parts of the statistics, computed at once on every core: the daily series,
    /// heaping tests, ratios and capture–recapture estimate (each with its findings), and every
    /// incident group. Each part reads the dataset alone and writes its own slot, so the results
    /// are those of computing the parts one after another.
    final class Parts: Sendable {
        let daily = ParallelSlots<Result<(series: [DailySeries], findings: [Finding]), GSLError>>(count: 1)
        let heaping = ParallelSlots<Result<(tests: [Heaping], findings: [Finding]), GSLError>>(count: 1)
        let ratios = ParallelSlots<Result<(ratios: [Ratio], findings: [Finding]), GSLError>>(count: 1)
        /// No slot when the estimate is skipped.
        let recapture: ParallelSlots<Result<Recapture?, GSLError>>
        let incidentGroups: ParallelSlots<Result<Group, GSLError>>
        let series: [Series]
        /// Whether the groups and the capture–recapture estimate are skipped (`tally check`).
        let findingsOnly: Bool

        init(dataset: ReconciledDataset, settings: StatisticsSettings, partition: Group.Partition?, findingsOnly: Bool) {
            series = dataset.series
            self.findingsOnly = findingsOnly
            recapture = ParallelSlots(count: findingsOnly ? 0 : 1)
            let groupCount = partition?.keys.count ?? 0
            incidentGroups = ParallelSlots(count: groupCount)
            // The single parts first: they are the longest, and every group can fill in beside them.
            let single = 4
            Parallelism.perform(iterations: single + groupCount) { job in
                var timer = job < single ? PhaseTimer() : nil
                defer { timer?.mark("statistics: part \(job + 1)") }
                switch job {
                case 0:
                    daily[0] = Result { () throws(GSLError) in
                        let series = try DailySeries.series(of: dataset.incidents, settings: settings)
                        return (series, series.flatMap { $0.findings(significance: settings.significance) })
                    }
                case 1:
                    heaping[0] = Result { () throws(GSLError) in
                        let tests = try Heaping.tests(of: dataset)
                        return (tests, tests.compactMap { $0.finding(significance: settings.significance) })
                    }
                case 2:
                    ratios[0] = Result { () throws(GSLError) in
                        let ratios = try Ratio.ratios(of: dataset, settings: settings)
                        return (ratios, ratios.compactMap { $0.finding(plausible: settings.plausibleRatio) })
                    }
                case 3:
                    if !findingsOnly { recapture[0] = Result { () throws(GSLError) in try Recapture.estimate(of: dataset.incidents) } }
                default:
                    let index = job - single
                    incidentGroups[index] = Result { () throws(GSLError) in
                        try Group.incidentGroup(index, of: partition!, incidents: dataset.incidents, settings: settings)
                    }
                }
            }
        }

        /// Every group in key order (none when skipped); the first failure of an incident group, in partition order, is thrown.
        func groups() throws(GSLError) -> [Group] {
            guard !findingsOnly else { return [] }
            var incident: [Group] = []
            incident.reserveCapacity(incidentGroups.count)
            for index in 0..<incidentGroups.count { incident.append(try incidentGroups[index]!.get()) }
            return try Group.groups(incidentGroups: incident, series: series)
        }
    }
}

extension DatasetStatistics.Parts {
    /// The capture–recapture estimate; `nil` when skipped or when no two sources share an incident.
    func captureRecapture() throws(GSLError) -> DatasetStatistics.Recapture? {
        recapture.count == 0 ? nil : try recapture[0]!.get()
    }
}
