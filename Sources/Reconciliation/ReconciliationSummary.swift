import ClaimModel

/// The readable text summary of a reconciled dataset (`tally reconcile`, on a terminal): counts,
/// totals by party and category, findings counted by rule, and the most severe findings (at most
/// ``listLimit``; the JSON output lists every one).
public enum ReconciliationSummary {
    /// At most this many findings are listed; all are counted.
    public static let listLimit = 1_000

    public static func text(of dataset: ReconciledDataset) -> String { pieces(of: dataset).joined() }

    /// ``text(of:)`` in pieces to be written one after the other: a large dataset lists
    /// hundreds of thousands of findings, rendered on every core and never joined into one string.
    public static func pieces(of dataset: ReconciledDataset) -> [String] {
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
        if !dataset.findings.isEmpty {
            lines.append("")
            lines.append("findings by rule:")
            struct Kind: Hashable { var rule: String, severity: Severity }
            var counted: [Kind: Int] = [:]
            // Findings come ordered by severity, then rule: count runs, not each finding.
            var run: (kind: Kind, count: Int)?
            for finding in dataset.findings {
                if let current = run, current.kind.severity == finding.severity, current.kind.rule == finding.rule {
                    run!.count += 1
                    continue
                }
                if let current = run { counted[current.kind, default: 0] += current.count }
                run = (Kind(rule: finding.rule, severity: finding.severity), 1)
            }
            if let current = run { counted[current.kind, default: 0] += current.count }
            for kind in counted.keys.sorted(by: { ($0.rule, $1.severity) < ($1.rule, $0.severity) }) {
                lines.append("  \(kind.rule) \(kind.severity.rawValue): \(counted[kind]!)")
            }
            lines.append("")
            let shown = min(dataset.findings.count, listLimit)
            lines.append(shown == dataset.findings.count ? "findings, most severe first:"
                            : "the \(shown) most severe findings of \(dataset.findings.count) (--format json lists every one):")
        }
        let findings = dataset.findings.prefix(listLimit)
        let pieceSize = 4096
        let pieceCount = (findings.count + pieceSize - 1) / pieceSize
        let rendered = ParallelSlots<String>(count: pieceCount)
        Parallelism.perform(iterations: pieceCount) { piece in
            var text = ""
            for finding in findings[piece * pieceSize..<min(findings.count, (piece + 1) * pieceSize)] {
                let origin = finding.claimIDs.first.flatMap { dataset.claimPositions[$0] }.map { dataset.records[$0].origin }
                text += "  \(origin.map { "\($0): " } ?? "")\(finding.severity.rawValue) [\(finding.rule)] \(finding.message)"
                if let expected = finding.expected, let observed = finding.observed {
                    text += " (expected \(expected), observed \(observed))"
                }
                text += " claims: " + finding.claimIDs.joined(separator: ", ") + "\n"
            }
            rendered[piece] = text
        }
        return [lines.joined(separator: "\n") + "\n"] + (0..<pieceCount).map { rendered[$0]! }
    }
}
