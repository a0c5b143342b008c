import ClaimModel

/// The readable text summary of a reconciled dataset (`tally reconcile`, on a terminal).
public enum ReconciliationSummary {
    public static func text(of dataset: ReconciledDataset) -> String {
        let counts = dataset.findingCounts
        var lines: [String] = []
        lines.append("\(dataset.records.count) claims → \(dataset.incidents.count) incidents, \(dataset.series.count) running-total series")
        lines.append("policy: \(dataset.policy) (\(dataset.policy.explanation))")
        lines.append("findings: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) info")
        lines.append("")
        lines.append("totals by party and category:")
        for total in dataset.periodTotals {
            var line = "  \(total.party ?? "(party not stated)") \(total.category.rawValue): "
            line += "incidents \(total.incidentCount), best \(total.best) (\(total.low)–\(total.high == Int.max ? "open" : String(total.high)))"
            if let running = total.runningTotal {
                line += "; latest running total \(running.claim.value) (\(running.claim.id), \(running.source))"
                if let residual = total.residual { line += ", residual \(residual)" }
            }
            lines.append(line)
        }
        let origins = Dictionary(dataset.records.map { ($0.claim.id, $0.origin) }, uniquingKeysWith: { first, _ in first })
        if !dataset.findings.isEmpty {
            lines.append("")
            lines.append("findings, most severe first:")
        }
        for finding in dataset.findings {
            let place = finding.claimIDs.first.flatMap { origins[$0] }.map { "\($0): " } ?? ""
            var line = "  \(place)\(finding.severity.rawValue) [\(finding.rule)] \(finding.message)"
            if let expected = finding.expected, let observed = finding.observed {
                line += " (expected \(expected), observed \(observed))"
            }
            line += " claims: " + finding.claimIDs.joined(separator: ", ")
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
