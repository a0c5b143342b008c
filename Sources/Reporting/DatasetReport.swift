import Analysis
import ClaimModel
import Dispatch
import Reconciliation
import Statistics

/// The Markdown page `tally report` writes for a dataset: the reconciled answer first, then
/// the findings with their evidence, the incidents, the running totals, and every claim.
///
/// Pure: the same claims and policy give the same bytes (no clock, no randomness).
public struct DatasetReport: Sendable {
    /// The dataset's name, used as the title.
    public var name: String
    public var dataset: ReconciledDataset
    /// The statistics section's content; its findings should already be in `dataset.findings`.
    public var statistics: DatasetStatistics?

    public init(name: String, dataset: ReconciledDataset, statistics: DatasetStatistics? = nil) {
        self.name = name
        self.dataset = dataset
        self.statistics = statistics
    }

    /// The page as Markdown.
    /// - Throws: ``GSLError`` if an interval cannot be computed (cannot happen for valid counts).
    public func markdown() throws(GSLError) -> String {
        // The sections read the dataset alone: they are rendered at once on every core, the longest
        // started first, and joined in page order.
        let sections = Section.allCases
        let rendered = ParallelSlots<Result<String, GSLError>>(count: sections.count)
        let longestFirst: [Section] = [.sources, .introduction, .findings, .series, .headline, .charts, .incidents,
                                       .statistics, .claims, .method]
        Parallelism.perform(iterations: longestFirst.count) { job in
            let section = longestFirst[job]
            var timer = PhaseTimer()
            rendered[section.rawValue] = Result { () throws(GSLError) in try text(of: section) }
            timer.mark("render: \(section)")
        }
        var page = ""
        for section in sections { page += try rendered[section.rawValue]!.get() }
        return page
    }

    /// The parts of the page, in page order.
    enum Section: Int, CaseIterable {
        case introduction, headline, findings, charts, incidents, series, sources, statistics, method, claims
    }

    /// One section's Markdown.
    private func text(of section: Section) throws(GSLError) -> String {
        switch section {
        case .introduction: introduction()
        case .headline: try headline()
        case .findings: findingsSection()
        case .charts: chartsSection()
        case .incidents: incidentsSection()
        case .series: seriesSection()
        case .sources: sourcesSection()
        case .statistics: statistics.map { StatisticsMarkdown.section(of: $0) } ?? ""
        case .method: methodSection()
        case .claims: claimsSection()
        }
    }

    private func headline() throws(GSLError) -> String {
        var text = "## Totals\n\n"
        text += "Incidents are added once each (restatements merged, a source's revisions replaced); running totals are never added to them. "
        text += "The Poisson interval is the exact 95% interval of the best figure (Garwood, chi-square quantiles from GSL): "
        text += "counting noise only, not disagreement between sources, which low–high shows.\n\n"
        text += "| Party | Category | Incidents | Best | Low–high | Poisson 95% | Latest running total | Residual | Sources |\n"
        text += "|---|---|---:|---:|---|---|---|---:|---:|\n"
        struct Key: Hashable {
            var party: String
            var category: CasualtyCategory
        }
        var sources: [Key: Set<SourceName>] = [:]
        for incident in dataset.incidents {
            let key = Key(party: incident.party ?? "", category: incident.category)
            for statement in incident.latestBySource { sources[key, default: []].insert(statement.source) }
        }
        for series in dataset.series {
            sources[Key(party: series.key.party, category: series.key.category), default: []].insert(series.key.source)
        }
        for total in dataset.periodTotals {
            let interval = try PoissonInterval(count: total.best)
            let running = total.runningTotal.map { "\($0.claim.value) (\(MarkdownText.cell($0.claim.id)), \(MarkdownText.cell($0.source.display)))" }
            text += "| \(MarkdownText.cell(total.party ?? "(party not stated)")) | \(total.category.rawValue) | \(total.incidentCount) "
            text += "| \(total.best) | \(total.low)–\(Self.bound(total.high)) | \(Self.format(interval.lower))–\(Self.format(interval.upper)) "
            text += "| \(running ?? "–") | \(total.residual.map(String.init) ?? "–") "
            text += "| \(sources[Key(party: total.party ?? "", category: total.category)]?.count ?? 0) |\n"
        }
        return text + "\n"
    }

    /// How much of each list a page shows; everything beyond is counted, never silently dropped.
    enum Limits {
        static let seriousFindings = 200
        static let infoFindings = 100
        static let incidents = 300
        static let series = 100
        static let claims = 3_000
    }

    private func chartsSection() -> String {
        let charts = RunningTotalChart.charts(for: dataset)
        guard !charts.isEmpty else { return "" }
        var text = "## Running totals against incidents\n\n"
        text += "Each stated running total (the longest series for a party and category) against the cumulative best figure of the "
        text += "distinct incidents known inside it; the residual is what the total holds beyond the known incidents.\n\n"
        for chart in charts.prefix(RunningTotalChart.maximumCharts) { text += chart.markdown() }
        if charts.count > RunningTotalChart.maximumCharts {
            text += "\(charts.count - RunningTotalChart.maximumCharts) more series are listed under Running totals.\n\n"
        }
        return text
    }

    private func seriesSection() -> String {
        guard !dataset.series.isEmpty else { return "" }
        var text = "## Running totals\n\nEach series is one source's totals for one party, category, region and victim group, in the order of the day they count up to.\n\n"
        if dataset.series.count > Self.Limits.series {
            text += "The \(Self.Limits.series) longest of \(dataset.series.count) series; `tally reconcile --format json` lists them all.\n\n"
        }
        text += "| Source | Party | Category | Region | Totals (claim) |\n|---|---|---|---|---|\n"
        let longest = dataset.series.count > Self.Limits.series
            ? Array(dataset.series.enumerated().sorted { ($0.element.points.count, $1.offset) > ($1.element.points.count, $0.offset) }
                .prefix(Self.Limits.series).sorted { $0.offset < $1.offset }.map(\.element))
            : dataset.series
        for series in longest {
            var points = ""
            for (index, point) in series.points.enumerated() {
                if index > 0 { points += " → " }
                points += String(point.claim.value)
                points += " ("
                points += point.claim.id
                points += ")"
            }
            text += "| \(MarkdownText.cell(series.key.source.display)) | \(MarkdownText.cell(series.key.party.isEmpty ? nil : series.key.party)) "
            text += "| \(series.key.category.rawValue) | \(MarkdownText.cell(series.points.first?.claim.region)) | \(MarkdownText.cell(points)) |\n"
        }
        return text + "\n"
    }

    private func claimsSection() -> String {
        let total = dataset.records.count
        let listed = dataset.records.prefix(Self.Limits.claims)
        var text = "## Claims\n\n"
        if listed.count < total {
            text += "The first \(listed.count) of \(total) claims, in file order. The other \(total - listed.count) are not shown on this page "
            text += "but every one of them is counted above; each is in its input file at the line given by "
            text += "`tally reconcile --format json` and `tally check`.\n\n"
        }
        text += "<details><summary>\(listed.count < total ? "The first \(listed.count)" : "All \(total)") claims with their quotes</summary>\n\n"
        text += "| Id | Reported | Event | Category | Figure | Victims | Party | Scope | Source | Links | Quote | Read from |\n"
        text += "|---|---|---|---|---:|---|---|---|---|---|---|---|\n"
        for record in listed {
            let claim = record.claim
            var links: [String] = []
            if let whole = claim.partOf { links.append("part of \(whole)") }
            if let original = claim.sameAs { links.append("restates \(original)") }
            text += "| \(MarkdownText.cell(claim.id)) | \(claim.reportDate?.description ?? "–") | \(Self.eventSpan(claim)) "
            text += "| \(claim.category.rawValue) | \(Self.figure(claim)) | \(MarkdownText.cell(claim.victim)) "
            text += "| \(MarkdownText.cell(claim.party)) | \(claim.scope.rawValue) | \(MarkdownText.cell(claim.source)) "
            text += "| \(MarkdownText.cell(links.isEmpty ? nil : links.joined(separator: "; "))) | \(MarkdownText.cell(claim.quote)) "
            text += "| \(MarkdownText.cell(record.origin.description)) |\n"
        }
        return text + "\n</details>\n"
    }

    /// "58", "10 (≥ 10)", "15 (15–20)", "30 (≤ 30)".
    static func figure(_ claim: Claim) -> String {
        switch (claim.low, claim.high) {
        case let (low?, high?) where low == high && low == claim.value: "\(claim.value)"
        case let (low?, high?): "\(claim.value) (\(low)–\(high))"
        case let (low?, nil): "\(claim.value) (≥ \(low))"
        case let (nil, high?): "\(claim.value) (≤ \(high))"
        case (nil, nil): "\(claim.value)"
        }
    }

    static func eventSpan(_ claim: Claim) -> String {
        switch (claim.eventStart, claim.eventEnd) {
        case let (start?, end?) where start == end: start.description
        case let (start?, end?): "\(start) – \(end)"
        case let (start?, nil): "from \(start)"
        case let (nil, end?): "until \(end)"
        case (nil, nil): "–"
        }
    }

    static func bound(_ value: Int) -> String { value == Int.max ? "open" : String(value) }

    /// "1 claim", "6 claims".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
