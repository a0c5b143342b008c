import ClaimModel
import Reconciliation

extension DatasetReport {
    /// The title and the paragraph counting claims, documents, files, incidents, series and findings.
    func introduction() -> String {
        let (documents, files) = documentAndFileCounts()
        var counts: [Severity: Int] = [:]
        for index in dataset.findings.indices { counts[dataset.findings[index].severity, default: 0] += 1 }
        var page = "# Casualty claims: \(MarkdownText.cell(name))\n\n"
        page += "\(Self.counted(dataset.records.count, "claim")) from \(Self.counted(documents, "document"))"
        page += " in \(Self.counted(files, "file")), reconciled into \(Self.counted(dataset.incidents.count, "incident"))"
        page += " and \(Self.counted(dataset.series.count, "running-total series")). "
        page += "Findings: **\(Self.counted(counts[.error] ?? 0, "error"))**, \(Self.counted(counts[.warning] ?? 0, "warning")), "
        page += "\(counts[.info] ?? 0) info. "
        page += "Policy `\(dataset.policy)`: \(dataset.policy.explanation).\n\n"
        return page
    }

    /// How many distinct documents (a claim without one is its own) and input files the claims come from.
    func documentAndFileCounts() -> (documents: Int, files: Int) {
        var documents = Set<String>(minimumCapacity: dataset.records.count)
        var files = Set<String>()
        var lastFile: String?
        // Records are read in place: copying one would also count references to its file name, which
        // the records of a file share.
        let records = dataset.records
        for index in records.indices {
            let claim = records[index].claim
            documents.insert(claim.document ?? claim.id)
            // Records of one file come together: hash a file name only when it changes.
            if records[index].origin.file != lastFile {
                files.insert(records[index].origin.file)
                lastFile = records[index].origin.file
            }
        }
        return (documents.count, files.count)
    }
}
