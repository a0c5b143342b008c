import ClaimModel
import Reconciliation
import Statistics

/// The statistics section of a dataset report, as Markdown (for `tally report`).
///
/// Pure: the same statistics give the same bytes.
public enum StatisticsMarkdown {
    /// `## Statistics` and its tables.
    public static func section(of statistics: DatasetStatistics) -> String {
        let settings = statistics.settings
        var page = "## Statistics\n\n"
        page += "Computed with GSL. Totals: Monte Carlo, \(settings.draws) draws, each incident \(settings.shape.rawValue) "
        page += "within its low–high range (open ranges read as up to twice the best figure), seed \(settings.seed); "
        page += "groups of more than \(settings.simulationLimit) incidents use the normal approximation of the total. "
        page += "Counts of incidents: exact Poisson 95 % intervals. Tests at \(Number.text(settings.significance, digits: 2)).\n\n"
        let incidentGroups = statistics.groups.filter { $0.key.scope == .incident && $0.key.period == "all" }
        if !incidentGroups.isEmpty {
            page += "| Party | Category | Incidents (95 %) | Best | Low–high | Simulated total (95 %) | Median | Max |\n"
            page += "|---|---|---|---|---|---|---|---|\n"
            for group in incidentGroups {
                let s = group.summary
                let count = group.countInterval.map { "\(s.count) (\(Number.text($0.lower))–\(Number.text($0.upper)))" } ?? "\(s.count)"
                let total = group.total.map { "\(Number.text($0.median)) (\(Number.text($0.lower))–\(Number.text($0.upper)))" } ?? "–"
                page += "| \(cell(group.key.party ?? "(party not stated)")) | \(group.key.category.rawValue) | \(count) | \(Number.text(s.sum)) "
                page += "| \(Number.text(group.lowSum ?? 0))–\(group.highSum.map { Number.text($0) } ?? "open") | \(total) "
                page += "| \(s.median.map { Number.text($0) } ?? "–") | \(s.maximum.map { Number.text($0) } ?? "–") |\n"
            }
            page += "\n"
        }
        if !statistics.daily.isEmpty {
            page += "| Daily series | Days | Mean/day | Dispersion (p) | Trend/day (95 %) | Change points |\n"
            page += "|---|---|---|---|---|---|\n"
            for series in statistics.daily {
                let dispersion = series.dispersion.map { "\(Number.text($0.index, digits: 2)) (\(Number.pValue($0.pValue)))" } ?? "–"
                let trend = series.trend.map { "\(Number.text($0.slope, digits: 2)) (\(Number.text($0.lower, digits: 2))…\(Number.text($0.upper, digits: 2)))" } ?? "–"
                let changes = series.changePoints.changes.map {
                    "\(Number.day(series.firstDay + $0.index)): \(Number.text($0.meanBefore)) → \(Number.text($0.meanAfter))"
                }
                page += "| \(cell(series.label)) | \(series.values.count) | \(Number.text(series.summary.mean ?? 0)) | \(dispersion) | \(trend) "
                page += "| \(changes.isEmpty ? "none" : changes.joined(separator: "; ")) |\n"
            }
            page += "\n"
        }
        if let all = statistics.heaping.first, let share = all.test.share, let p = all.test.pValue {
            page += "Heaping: \(all.test.heapedCount) of \(all.test.count) figures of 10 or more end in 0 or 5 "
            page += "(\(Number.text(100 * share, digits: 0)) %, 20 % expected; binomial p \(Number.pValue(p))).\n\n"
        }
        if !statistics.ratios.isEmpty {
            page += "| Party | Killed | Wounded | Killed per wounded (95 %) | Plausible |\n|---|---|---|---|---|\n"
            for ratio in statistics.ratios {
                let value = ratio.ratio.ratio.map { Number.text($0, digits: 2) } ?? "–"
                page += "| \(cell(ratio.party ?? "(party not stated)")) | \(ratio.killed) (\(ratio.killedBasis)) | \(ratio.wounded) (\(ratio.woundedBasis)) "
                page += "| \(value) (\(Number.text(ratio.ratio.lower, digits: 2))–\(Number.text(ratio.ratio.upper, digits: 2))) | \(ratio.isImplausible ? "**no**" : "yes") |\n"
            }
            page += "\n"
        }
        if let recapture = statistics.captureRecapture {
            let e = recapture.estimate
            page += "Capture–recapture: \(cell(recapture.firstSource)) lists \(e.firstCount) incidents, \(cell(recapture.secondSource)) \(e.secondCount), "
            page += "\(e.both) in common; Chapman estimate \(Number.text(e.chapman)) incidents (95 % \(Number.text(e.lower))–\(Number.text(e.upper))), "
            page += "about \(Number.text(e.missedByBoth)) missed by both. Assumes \(CaptureRecapture.assumptions).\n\n"
        }
        if !statistics.findings.isEmpty {
            page += "| Severity | Rule | Finding |\n|---|---|---|\n"
            for finding in statistics.findings {
                page += "| \(finding.severity.rawValue) | `\(finding.rule)` | \(cell(finding.message)) |\n"
            }
            page += "\n"
        }
        return page
    }

    /// Text safe inside a table cell.
    static func cell(_ text: String) -> String {
        MarkdownCell.escaped(text)
    }
}
