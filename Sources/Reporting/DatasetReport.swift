import ClaimModel
import Statistics

/// The Markdown page `tally report` writes for a dataset.
///
/// Pure: the same claims give the same bytes (no clock, no randomness).
public struct DatasetReport: Sendable {
    /// The dataset's name, used as the title.
    public var name: String
    /// Every claim of the dataset with the place it was read.
    public var records: [ClaimRecord]

    public init(name: String, records: [ClaimRecord]) {
        self.name = name
        self.records = records
    }

    /// The page as Markdown.
    /// - Throws: ``GSLError`` if an interval cannot be computed (cannot happen for valid counts).
    public func markdown() throws(GSLError) -> String {
        let claims = records.map(\.claim)
        let totals = PartyTotal.totals(of: claims)
        var page = "# Casualty claims: \(MarkdownText.cell(name))\n\n"
        let documents = Set(claims.map { $0.document ?? $0.id }).count
        let files = Set(records.map(\.origin.file)).count
        page += "\(Self.counted(claims.count, "claim")) from \(Self.counted(documents, "document"))"
        page += " in \(Self.counted(files, "file")). Every claim is listed at the end with its quote.\n\n"
        page += try totalsSection(totals)
        page += claimsSection()
        return page
    }

    private func totalsSection(_ totals: [PartyTotal]) throws(GSLError) -> String {
        var text = "## Totals by party, category and scope\n\n"
        text += "Incident totals add each incident once: restatements and parts of another incident are left out. "
        text += "A running total is the latest one reported, never a sum. "
        text += "The interval is the exact Poisson 95% interval of the figure (Garwood, chi-square quantiles from GSL); "
        text += "it expresses counting noise only, not disagreement between sources.\n\n"
        text += "| Party | Category | Scope | Figure | Poisson 95% interval | Claims counted | Left out |\n"
        text += "|---|---|---|---:|---|---|---|\n"
        for total in totals {
            let interval = try PoissonInterval(count: total.value)
            let excluded = total.excludedClaims.map { "\($0.id) (\($0.reason))" }.joined(separator: "; ")
            text += "| \(MarkdownText.cell(total.key.party)) | \(total.key.category.rawValue) | \(total.key.scope.rawValue) "
            text += "| \(total.value) | \(Self.format(interval.lower))–\(Self.format(interval.upper)) "
            text += "| \(MarkdownText.cell(total.countedClaims.joined(separator: ", "))) | \(MarkdownText.cell(excluded.isEmpty ? nil : excluded)) |\n"
        }
        return text + "\n"
    }

    private func claimsSection() -> String {
        var text = "## Claims\n\n"
        text += "| Id | Reported | Event | Category | Figure | Victims | Party | Scope | Source | Links | Quote | Read from |\n"
        text += "|---|---|---|---|---:|---|---|---|---|---|---|---|\n"
        for record in records {
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
        return text
    }

    /// "58", "at least 10", "15–20", "up to 30".
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

    /// "1 claim", "6 claims".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
