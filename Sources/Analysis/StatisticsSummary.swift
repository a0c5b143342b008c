import ClaimModel
import Reconciliation
import Statistics

/// The readable text form of a dataset's statistics (`tally stats`, on a terminal).
public enum StatisticsSummary {
    public static func text(of statistics: DatasetStatistics) -> String {
        let settings = statistics.settings
        var lines: [String] = []
        lines.append("statistics: Monte Carlo \(settings.draws) draws, \(settings.shape.rawValue) within each range, seed \(settings.seed); tests at \(Number.text(settings.significance, digits: 2))")
        lines.append("")
        lines.append("groups (party × category × scope × period):")
        for group in statistics.groups {
            lines.append("  " + line(for: group))
        }
        if !statistics.daily.isEmpty {
            lines.append("")
            lines.append("daily series (an incident counts on its first day):")
        }
        for series in statistics.daily {
            let summary = series.summary
            var line = "  \(series.label) \(Number.day(series.firstDay))…\(Number.day(series.firstDay + series.values.count - 1)): "
            line += (series.values.count == 1 ? "1 day" : "\(series.values.count) days") + ", mean \(Number.text(summary.mean ?? 0))/day, median \(Number.text(summary.median ?? 0)), max \(Number.text(summary.maximum ?? 0))"
            if let dispersion = series.dispersion {
                line += "; dispersion \(Number.text(dispersion.index, digits: 2)) (χ² \(Number.text(dispersion.statistic)), p \(Number.pValue(dispersion.pValue)))"
            }
            if let trend = series.trend {
                line += "; trend \(Number.text(trend.slope, digits: 2))/day (95 % \(Number.text(trend.lower, digits: 2))…\(Number.text(trend.upper, digits: 2)))"
            }
            if series.values.count >= 2 * ChangePoints.minimumSegmentLength, series.changePoints.changes.isEmpty {
                line += "; no change point"
            }
            lines.append(line)
            for change in series.changePoints.changes {
                lines.append("    change \(Number.day(series.firstDay + change.index)): \(Number.text(change.meanBefore)) → \(Number.text(change.meanAfter)) a day"
                             + (change.isEscalation ? " (escalation)" : ""))
            }
        }
        lines.append("")
        lines.append("heaping (figures ≥ \(HeapingTest.minimumValue) ending in 0 or 5; 20 % expected):")
        for heaping in statistics.heaping {
            let test = heaping.test
            var line = "  \(heaping.source ?? "all sources"): \(test.heapedCount) of \(test.count)"
            if let share = test.share, let p = test.pValue { line += " (\(Number.text(100 * share, digits: 0)) %, p \(Number.pValue(p)))" }
            lines.append(line)
        }
        if !statistics.ratios.isEmpty {
            lines.append("")
            lines.append("killed-to-wounded ratios (plausible \(Number.text(settings.plausibleRatio.lowerBound, digits: 2))–\(Number.text(settings.plausibleRatio.upperBound, digits: 2))):")
        }
        for ratio in statistics.ratios {
            lines.append("  \(ratio.party ?? "(party not stated)"): \(ratio.killed) (\(ratio.killedBasis)) / \(ratio.wounded) (\(ratio.woundedBasis)) = "
                         + "\(ratio.ratio.ratio.map { Number.text($0, digits: 2) } ?? "–") (95 % \(Number.text(ratio.ratio.lower, digits: 2))–\(Number.text(ratio.ratio.upper, digits: 2)))"
                         + (ratio.isImplausible ? " implausible" : ""))
        }
        lines.append("")
        if let recapture = statistics.captureRecapture {
            let e = recapture.estimate
            lines.append("capture–recapture of incidents, \(recapture.firstSource) (\(e.firstCount)) and \(recapture.secondSource) (\(e.secondCount)), \(e.both) in common:")
            lines.append("  \(e.observed) known; Chapman estimate \(Number.text(e.chapman)) (95 % \(Number.text(e.lower))–\(Number.text(e.upper))), "
                         + "about \(Number.text(e.missedByBoth)) missed by both"
                         + (e.lincolnPetersen.map { "; Lincoln–Petersen \(Number.text($0))" } ?? ""))
            lines.append("  assumes: \(CaptureRecapture.assumptions)")
        } else {
            lines.append("capture–recapture: no two sources report a common incident")
        }
        if !statistics.findings.isEmpty {
            lines.append("")
            lines.append("statistical findings, most severe first:")
        }
        for finding in statistics.findings {
            lines.append("  \(finding.severity.rawValue) [\(finding.rule)] \(finding.message) claims: \(finding.claimIDs.prefix(8).joined(separator: ", "))"
                         + (finding.claimIDs.count > 8 ? ", … (\(finding.claimIDs.count) in all)" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(for group: DatasetStatistics.Group) -> String {
        let key = group.key
        let summary = group.summary
        var line = "\(key.party ?? "(party not stated)") \(key.category.rawValue) \(key.scope.rawValue) \(key.period): "
        if key.scope == .incident {
            line += summary.count == 1 ? "1 incident" : "\(summary.count) incidents"
            if let interval = group.countInterval { line += " (95 % \(Number.text(interval.lower))–\(Number.text(interval.upper)))" }
            line += ", best \(Number.text(summary.sum)) (\(Number.text(group.lowSum ?? 0))–\(group.highSum.map { Number.text($0) } ?? "open"))"
            if let total = group.total { line += ", simulated total \(Number.text(total.median)) (95 % \(Number.text(total.lower))–\(Number.text(total.upper)))" }
        } else {
            line += summary.count == 1 ? "1 running total (latest figure)" : "\(summary.count) running totals (latest figures, not additive)"
        }
        if let mean = summary.mean, let median = summary.median, let maximum = summary.maximum {
            line += "; mean \(Number.text(mean)), median \(Number.text(median))"
            if summary.quantiles.count == 5 { line += ", quartiles \(Number.text(summary.quantiles[1]))–\(Number.text(summary.quantiles[3]))" }
            if let variance = summary.sampleVariance { line += ", variance \(Number.text(variance))" }
            line += ", max \(Number.text(maximum))"
        }
        return line
    }
}
