import ClaimModel
import Reconciliation

extension DatasetReport {
    /// Per-source comparison: what each source reported and how often it disagrees with others.
    func sourcesSection() -> String {
        struct Row {
            var claims = 0
            var incidents = 0
            var series = 0
            var disagreements = 0
            var revisions = 0
        }
        // Sources by number, in order of first appearance; each record's source by position.
        var rows: [Row] = []
        var names: [SourceName] = []
        var number: [SourceName: Int] = [:]
        func source(_ name: SourceName) -> Int {
            if let known = number[name] { return known }
            number[name] = names.count
            names.append(name)
            rows.append(Row())
            return names.count - 1
        }
        var ofText: [String: Int] = [:]
        var ofRecord: [Int32] = []
        ofRecord.reserveCapacity(dataset.records.count)
        // Claims are read in place: copying a record would also count references to its file name,
        // which every record shares.
        let records = dataset.records
        for position in records.indices {
            let text = records[position].claim.source ?? ""
            let index: Int
            if let known = ofText[text] {
                index = known
            } else {
                index = source(SourceName(records[position].claim.source))
                ofText[text] = index
            }
            rows[index].claims += 1
            ofRecord.append(Int32(index))
        }
        var seen: [Int] = []
        for incident in dataset.incidents {
            seen.removeAll(keepingCapacity: true)
            for statement in incident.latestBySource {
                let index = source(statement.source)
                if !seen.contains(index) {
                    seen.append(index)
                    rows[index].incidents += 1
                }
            }
        }
        for series in dataset.series { rows[source(series.key.source)].series += 1 }
        for finding in dataset.findings {
            let isDisagreement = finding.rule == "sources.disagree"
            guard isDisagreement || finding.rule == "incident.revised" else { continue }
            seen.removeAll(keepingCapacity: true)
            for id in finding.claimIDs {
                guard let position = dataset.claimPositions[id] else { continue }
                let index = Int(ofRecord[position])
                guard !seen.contains(index) else { continue }
                seen.append(index)
                if isDisagreement { rows[index].disagreements += 1 } else { rows[index].revisions += 1 }
            }
        }
        let ordered = names.indices.sorted { (rows[$0].claims, names[$1].key) > (rows[$1].claims, names[$0].key) }
        var text = "## Sources\n\n"
        text += "Sources are compared by name with wire and spokesperson detail folded (\"Health Ministry (via AFP)\" is the Health Ministry).\n\n"
        text += "| Source | Claims | Incidents reported | Running-total series | Disagreements with other sources | Own revisions |\n"
        text += "|---|---:|---:|---:|---:|---:|\n"
        let limit = 40
        for source in ordered.prefix(limit) {
            let row = rows[source]
            text += "| \(MarkdownText.cell(names[source].display)) | \(row.claims) | \(row.incidents) | \(row.series) | \(row.disagreements) | \(row.revisions) |\n"
        }
        if ordered.count > limit { text += "\n\(ordered.count - limit) more sources with fewer claims are not listed.\n" }
        return text + "\n"
    }

    /// How every figure on the page was derived.
    func methodSection() -> String {
        let thresholds = dataset.thresholds
        var text = "## Method\n\n"
        text += "- **Policy** `\(dataset.policy)`: \(dataset.policy.explanation). A source's later figure for the same incident replaces its earlier one (a revision).\n"
        text += "- **Restatements** (`same_as`) are merged and counted once. **Incidents** join statements of the same category and party "
        text += "with compatible regions, event days within one day of each other, from different documents, covering the same days or "
        text += "giving figures that can describe the same count.\n"
        text += "- **Grades**: confirmed when an authority of the victims' own side states the figure; fair with two or more independent "
        text += "sources; weak with one.\n"
        text += "- **Running totals** are never added to incidents or to each other. A total's residual is the total minus the best "
        text += "figures of the distinct incidents whose last day falls in its period.\n"
        text += "- **Tolerances**: a qualified round figure (\"over 3,500\") is allowed its rounding unit, at most a tenth of it; sources "
        text += "within \(Int(thresholds.disagreementShare * 100))% or \(thresholds.disagreementAbsolute) of each other are info, not warning; "
        text += "a residual is a warning when the incidents explain less than \(Int(((1 - thresholds.residualShare) * 100).rounded()))% of the total "
        text += "(at least \(thresholds.residualIncidentMinimum) incidents, residual at least \(thresholds.residualMinimum)).\n"
        text += "- **Intervals**: the exact Poisson 95% interval of a count, from GSL's chi-square quantiles; it expresses counting noise only.\n"
        text += "- **Numbers in claims** are as entered in the claim files; for claims extracted from text, vague words follow the "
        text += "extraction's vague-number profile (`tally`: dozens 24, hundreds 200; `acled`: dozens 12, hundreds 100).\n\n"
        return text
    }
}
