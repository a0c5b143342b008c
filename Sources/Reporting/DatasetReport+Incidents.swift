import ClaimModel
import Reconciliation

extension DatasetReport {
    /// The incidents table: all of them, or the largest, by date.
    func incidentsSection() -> String {
        guard !dataset.incidents.isEmpty else { return "" }
        var text = "## Incidents\n\n| First day | Party | Category | Region | Best | Low–high | Grade | Sources (latest figure each) | Claims |\n"
        text += "|---|---|---|---|---:|---|---|---|---|\n"
        var shown = dataset.incidents
        if shown.count > Self.Limits.incidents {
            shown = Self.largest(Self.Limits.incidents, of: shown)
            text = "## Incidents\n\nThe \(Self.Limits.incidents) largest of \(dataset.incidents.count) incidents, by date; "
                + "`tally reconcile --format json` lists them all.\n\n" + text.dropFirst("## Incidents\n\n".count)
        }
        let ordered = shown.sorted { ($0.firstDay ?? Int.min, $0.id) < ($1.firstDay ?? Int.min, $1.id) }
        for incident in ordered {
            let day = incident.firstDay.map { CalendarDate(dayNumber: $0).description } ?? "–"
            let sources = incident.latestBySource.map { "\($0.source.display): \($0.claim.value)" }.joined(separator: "; ")
            text += "| \(day) | \(MarkdownText.cell(incident.party)) | \(incident.category.rawValue) | \(MarkdownText.cell(incident.region)) "
            text += "| \(incident.best) | \(incident.low)–\(incident.high) | \(incident.grade.rawValue) | \(MarkdownText.cell(sources)) "
            text += "| \(MarkdownText.cell(incident.claimIDs.joined(separator: ", "))) |\n"
        }
        return text + "\n"
    }

    /// The `count` largest incidents by best figure, ties broken by id (the smaller first), in no
    /// particular order: the figures are ranked as integers, and ids compared only at the cut.
    static func largest(_ count: Int, of incidents: [Incident]) -> [Incident] {
        let bests = incidents.map(\.best)
        let cut = bests.sorted(by: >)[count - 1]
        var chosen = incidents.indices.filter { bests[$0] > cut }.map { incidents[$0] }
        let atCut = incidents.indices.filter { bests[$0] == cut }.map { incidents[$0].id }.sorted()
        let wanted = Set(atCut.prefix(count - chosen.count))
        chosen += incidents.filter { $0.best == cut && wanted.contains($0.id) }
        return chosen
    }
}
