import ClaimModel
import Reconciliation

extension DatasetReport {
    /// The findings: counts by rule, then the most severe listed with their claims' quotes and places.
    func findingsSection() -> String {
        guard !dataset.findings.isEmpty else { return "## Findings\n\nNone.\n\n" }
        var text = "## Findings\n\nMost severe first. Each names its rule, what was expected and observed, and the claims with their quotes.\n\n"
        text += Self.findingCountsTable(dataset.findings)
        // The listed findings are taken without copying the others.
        var serious: [Finding] = []
        var infos: [Finding] = []
        var seriousCount = 0
        var infoCount = 0
        for index in dataset.findings.indices {
            let severity = dataset.findings[index].severity
            if severity > .info {
                if seriousCount < Self.Limits.seriousFindings { serious.append(dataset.findings[index]) }
                seriousCount += 1
            } else if severity == .info {
                if infoCount < Self.Limits.infoFindings { infos.append(dataset.findings[index]) }
                infoCount += 1
            }
        }
        let listed = serious + infos
        // Only the claims of the listed findings are looked up, at their place in the input.
        var origins: [String: ClaimRecord] = [:]
        for finding in listed {
            for id in finding.claimIDs.prefix(8) where origins[id] == nil {
                if let position = dataset.claimPositions[id] { origins[id] = dataset.records[position] }
            }
        }
        var openedDetails = false
        for finding in listed {
            if finding.severity == .info && !openedDetails {
                if seriousCount > Self.Limits.seriousFindings {
                    text += "\n\(seriousCount - Self.Limits.seriousFindings) more errors and warnings are counted above and listed by "
                    text += "`tally check` (all of them, with file and line).\n"
                }
                let shown = min(infoCount, Self.Limits.infoFindings)
                text += "\n<details><summary>\(infoCount) info findings (merges, revisions, remainders)"
                text += shown < infoCount ? "; the first \(shown) listed" : ""
                text += "</summary>\n\n"
                openedDetails = true
            }
            text += "- **\(finding.severity.rawValue)** `\(finding.rule)`: \(MarkdownText.cell(finding.message))"
            if let expected = finding.expected, let observed = finding.observed {
                text += " Expected \(MarkdownText.cell(expected)), observed \(MarkdownText.cell(observed))."
            }
            text += "\n"
            for id in finding.claimIDs.prefix(8) {
                guard let record = origins[id] else { continue }
                text += "  - \(MarkdownText.cell(id)) (\(MarkdownText.cell(record.origin.description))"
                if let source = record.claim.source { text += ", \(MarkdownText.cell(source))" }
                if let url = record.claim.url, let link = MarkdownText.link(url) { text += ", [source](\(link))" }
                text += "): “\(MarkdownText.cell(record.claim.quote))”\n"
            }
            if finding.claimIDs.count > 8 { text += "  - … and \(finding.claimIDs.count - 8) more claims\n" }
        }
        if openedDetails { text += "\n</details>\n" }
        return text + "\n"
    }

    /// How many findings each rule raised, by severity: complete whatever is listed.
    static func findingCountsTable(_ findings: [Finding]) -> String {
        var counts: [String: [Severity: Int]] = [:]
        // Findings come ordered by rule within a severity: count runs, and look a rule up once a run.
        // (Findings are read in place, not copied.)
        var runStart = 0
        for index in findings.indices.dropFirst()
        where findings[index].severity != findings[runStart].severity || findings[index].rule != findings[runStart].rule {
            counts[findings[runStart].rule, default: [:]][findings[runStart].severity, default: 0] += index - runStart
            runStart = index
        }
        if !findings.isEmpty {
            counts[findings[runStart].rule, default: [:]][findings[runStart].severity, default: 0] += findings.count - runStart
        }
        var text = "| Rule | Errors | Warnings | Info |\n|---|---:|---:|---:|\n"
        for rule in counts.keys.sorted() {
            let row = counts[rule]!
            text += "| `\(rule)` | \(row[.error] ?? 0) | \(row[.warning] ?? 0) | \(row[.info] ?? 0) |\n"
        }
        return text + "\n"
    }
}
