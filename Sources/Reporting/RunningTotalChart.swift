import ClaimModel
import Reconciliation

/// One party's and category's stated running totals over time against the cumulative sum of the
/// known incidents, as rendered in the report: two Mermaid `xychart-beta` charts (GitHub renders
/// them; one series each) and the data table beside them.
struct RunningTotalChart {
    struct Point {
        var day: Int
        var claimID: String
        var stated: Int
        var knownIncidents: Int
        var residual: Int { stated - knownIncidents }
    }

    var party: String?
    var category: CasualtyCategory
    var source: String
    var points: [Point]

    /// Charts shown at most; more points than this are thinned evenly (the last always kept).
    static let maximumCharts = 6
    static let maximumPoints = 30

    /// A chart for each party and category with a running total: its longest series (the source
    /// that reported most often), largest totals first.
    static func charts(for dataset: ReconciledDataset) -> [RunningTotalChart] {
        var best: [String: Series] = [:]
        for series in dataset.series where series.key.victimGroup.hasSuffix("/all") && series.points.count >= 2 {
            let key = "\(series.key.party)\u{1}\(series.key.category.rawValue)"
            if let current = best[key], (current.points.count, current.latest.claim.value) >= (series.points.count, series.latest.claim.value) {
                continue
            }
            best[key] = series
        }
        // The dated incidents of each charted party and category, gathered in one pass.
        struct Key: Hashable {
            var party: String
            var category: CasualtyCategory
        }
        var dated: [Key: [Incident]] = [:]
        for series in best.values { dated[Key(party: series.key.party, category: series.key.category)] = [] }
        for incident in dataset.incidents where incident.lastDay != nil {
            let key = Key(party: incident.party ?? "", category: incident.category)
            dated[key]?.append(incident)
        }
        let charts = best.values.map { series -> RunningTotalChart in
            // Incidents ending on the same day are counted together, so their order among themselves does not matter.
            let incidents = dated[Key(party: series.key.party, category: series.key.category)]!
                .filter { ($0.firstDay ?? $0.lastDay!) >= (series.key.startDay ?? Int.min) }
                .sorted { $0.lastDay! < $1.lastDay! }
            // Series points are in day order: walk the incidents once, keeping a running sum.
            var points: [Point] = []
            var next = 0
            var known = 0
            for statement in series.points {
                guard let day = statement.asOf else { continue }
                while next < incidents.count, incidents[next].lastDay! <= day {
                    known += incidents[next].best
                    next += 1
                }
                points.append(Point(day: day, claimID: statement.claim.id, stated: statement.claim.value, knownIncidents: known))
            }
            return RunningTotalChart(party: series.key.party.isEmpty ? nil : series.key.party, category: series.key.category,
                                     source: series.key.source.display, points: points)
        }
        return charts.filter { Set($0.points.map(\.day)).count >= 2 }
            .sorted { ($0.points.last!.stated, $0.party ?? "", $0.category) > ($1.points.last!.stated, $1.party ?? "", $1.category) }
    }

    /// The points a chart draws: all of them, or an even selection ending with the last.
    var drawnPoints: [Point] {
        guard points.count > Self.maximumPoints else { return points }
        let step = Double(points.count - 1) / Double(Self.maximumPoints - 1)
        return (0..<Self.maximumPoints).map { points[Int((Double($0) * step).rounded())] }
    }

    /// Markdown: a heading, the two charts and the table.
    func markdown() -> String {
        let title = "\(party ?? "(party not stated)") \(category.rawValue)"
        let drawn = drawnPoints
        let labels = drawn.map { "\"\(CalendarDate(dayNumber: $0.day).description)\"" }.joined(separator: ", ")
        let top = max(drawn.map(\.stated).max() ?? 0, drawn.map(\.knownIncidents).max() ?? 0, 1)
        func chart(_ name: String, _ values: [Int]) -> String {
            "```mermaid\nxychart-beta\n    title \"\(Self.chartText(name))\"\n    x-axis [\(labels)]\n"
                + "    y-axis \"\(category.rawValue)\" 0 --> \(top)\n    line [\(values.map(String.init).joined(separator: ", "))]\n```\n\n"
        }
        var text = "### \(MarkdownText.cell(title)): stated totals against known incidents\n\n"
        text += chart("\(title): running total stated by \(source)", drawn.map(\.stated))
        text += chart("\(title): cumulative sum of known incidents", drawn.map(\.knownIncidents))
        if drawn.count < points.count { text += "The charts show \(drawn.count) of \(points.count) totals, evenly spaced; the table lists all.\n\n" }
        text += "<details><summary>Data (\(points.count) totals by \(MarkdownText.cell(source)))</summary>\n\n"
        text += "| As of | Stated total | Claim | Known incidents (cumulative best) | Residual |\n|---|---:|---|---:|---:|\n"
        for point in points {
            text += "| \(CalendarDate(dayNumber: point.day)) | \(point.stated) | \(MarkdownText.cell(point.claimID)) "
            text += "| \(point.knownIncidents) | \(point.residual) |\n"
        }
        return text + "\n</details>\n\n"
    }

    /// Text safe inside a Mermaid quoted string: no quotes, brackets (so no `%%{init}%%` directive),
    /// line breaks or control characters.
    static func chartText(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "\"", "`", "[", "]", "{", "}", "<", ">", "\n", "\r", ";", "#": " "
            // Control characters (escape sequences, bells) and line separators would reach the page raw.
            case _ where scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}": " "
            default: Character(scalar)
            }
        })
    }
}
