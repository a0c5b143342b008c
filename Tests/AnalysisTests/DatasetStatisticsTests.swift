import Analysis
import ClaimModel
import Reconciliation
import Statistics
import Testing

/// One incident claim on its own day and place, so reconciliation keeps it apart from the others.
private func incident(_ id: String, _ value: Int, day: Int, category: CasualtyCategory = .killed, party: String = "Ruritania",
                      source: String? = "Ministry", region: String? = nil, low: Int? = nil, high: Int? = nil) -> Claim {
    let date = CalendarDate(dayNumber: 18_000 + day)
    return Claim(id: id, document: id, reportDate: date, eventStart: date, eventEnd: date, category: category,
                 value: value, low: low, high: high, party: party, role: .military, scope: .incident,
                 region: region ?? "village \(id)", source: source)
}

private func statistics(_ claims: [Claim], settings: StatisticsSettings = StatisticsSettings()) throws -> DatasetStatistics {
    let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "claims.csv", line: $0 + 2)) }
    return try DatasetStatistics(dataset: Reconciler().reconcile(records), settings: settings)
}

@Suite("Statistics of a reconciled dataset, and the findings they raise")
struct DatasetStatisticsTests {
    @Test func anEmptyDatasetHasNoGroupsAndNoFindings() throws {
        let result = try statistics([])
        #expect(result.groups.isEmpty)
        #expect(result.daily.isEmpty)
        #expect(result.heaping.first?.test.count == 0)
        #expect(result.ratios.isEmpty)
        #expect(result.captureRecapture == nil)
        #expect(result.findings.isEmpty)
    }

    @Test func groupsSumIncidentsAndSimulateTheirTotal() throws {
        let result = try statistics([
            incident("a", 10, day: 0, low: 8, high: 12),
            incident("b", 4, day: 1),
            incident("c", 40, day: 2, low: 40),  // "at least 40": open above, read as 40–80
        ])
        let all = try #require(result.groups.first { $0.key.scope == .incident && $0.key.period == "all" })
        #expect(all.summary.count == 3)
        #expect(all.summary.sum == 54)
        #expect(all.summary.median == 10)
        #expect(all.summary.sampleVariance == 372)
        #expect(all.lowSum == 52)
        #expect(all.highSum == nil)
        let total = try #require(all.total)
        #expect(total.bestTotal == 54)
        #expect(total.lower > 52 && total.upper < 96 && total.lower < total.median && total.median < total.upper)
        let count = try #require(all.countInterval)
        #expect(abs(count.lower - 0.6187) < 1e-4 && abs(count.upper - 8.7673) < 1e-4)
        #expect(result.groups.contains { $0.key.period == String(CalendarDate(dayNumber: 18_000).description.prefix(7)) })
    }

    @Test func roundedFiguresRaiseHeaping() throws {
        let claims = (0..<30).map { incident("h\($0)", 10 * ($0 + 1), day: $0) }
        let result = try statistics(claims)
        let finding = try #require(result.findings.first { $0.rule == "stats.heaping" })
        #expect(finding.severity == .warning)
        #expect(finding.observed == "100 %")
        #expect(finding.claimIDs.count == 30)
    }

    @Test func anEscalationIsMarkedAndOverdispersionReported() throws {
        let claims = (0..<10).map { incident("q\($0)", 1, day: $0) } + (10..<20).map { incident("e\($0)", 31, day: $0) }
        let result = try statistics(claims)
        let series = try #require(result.daily.first)
        #expect(series.values == Array(repeating: 1, count: 10) + Array(repeating: 31, count: 10))
        #expect(series.changePoints.changes.map(\.index) == [10])
        #expect(series.trend.map { $0.lower > 0 } == true)
        let change = try #require(result.findings.first { $0.rule == "stats.changepoint" })
        #expect(change.claimIDs == ["e10"])
        #expect(result.findings.contains { $0.rule == "stats.overdispersion" })
    }

    @Test func anImplausibleRatioIsFlaggedAndAPlausibleOneIsNot() throws {
        let claims = [
            incident("k1", 120, day: 0), incident("w1", 5, day: 0, category: .wounded),
            incident("k2", 10, day: 0, party: "Freedonia"), incident("w2", 40, day: 0, category: .wounded, party: "Freedonia"),
        ]
        let result = try statistics(claims)
        #expect(result.ratios.map(\.party) == ["Freedonia", "Ruritania"])
        #expect(result.ratios.map(\.isImplausible) == [false, true])
        let finding = try #require(result.findings.first { $0.rule == "stats.ratio" })
        #expect(finding.claimIDs == ["k1", "w1"])
    }

    @Test func twoOverlappingSourcesGiveACaptureRecaptureEstimate() throws {
        // A lists incidents 1–5, B lists 3–6: n1 = 5, n2 = 4, m = 3.
        var claims: [Claim] = []
        for day in 1...5 { claims.append(incident("a\(day)", 3 + day, day: day, source: "Agency A", region: "town \(day)")) }
        for day in 3...6 { claims.append(incident("b\(day)", 3 + day, day: day, source: "Agency B", region: "town \(day)")) }
        let recapture = try #require(try statistics(claims).captureRecapture)
        #expect(recapture.estimate.firstCount == 5)
        #expect(recapture.estimate.secondCount == 4)
        #expect(recapture.estimate.both == 3)
        #expect(recapture.estimate.chapman == 6.5)
    }

    @Test func captureRecaptureBreaksTiesByName() throws {
        // Three sources each share two incidents with each other and list four: the first pair by name wins.
        var claims: [Claim] = []
        for (source, days) in [("Agency C", [1, 2, 5, 6]), ("Agency B", [1, 2, 3, 4]), ("Agency A", [3, 4, 5, 6])] {
            for day in days { claims.append(incident("\(source.last!)\(day)", 3 + day, day: day, source: source, region: "town \(day)")) }
        }
        let recapture = try #require(try statistics(claims).captureRecapture)
        #expect([recapture.firstSource, recapture.secondSource] == ["Agency A", "Agency B"])
        #expect(recapture.estimate.both == 2)
    }

    @Test func heapingPerSourceFoldsSpellingsOfOneSource() throws {
        let claims = (0..<12).map { incident("m\($0)", 10 * ($0 + 1), day: $0, source: $0 % 2 == 0 ? "Health Ministry" : "Health Ministry (via AFP)") }
            + (0..<12).map { incident("o\($0)", 11 + $0 * 5, day: $0, source: "Observers", region: "town \($0)") }
        let result = try statistics(claims)
        #expect(result.heaping.map(\.source) == [nil, "Health Ministry", "Observers"])
        #expect(result.heaping[1].test.count == 12)
        #expect(result.heaping[1].heapedClaimIDs == (0..<12).map { "m\($0)" })
    }

    @Test func monthlyGroupsMatchTheirIncidents() throws {
        let claims = (0..<40).map { incident("g\($0)", 1 + $0, day: $0 * 3, low: $0, high: 2 + $0) }
        let result = try statistics(claims)
        let months = result.groups.filter { $0.key.scope == .incident && $0.key.period != "all" }
        #expect(months.map(\.summary.count).reduce(0, +) == 40)
        #expect(months.map(\.key.period) == months.map(\.key.period).sorted())
        #expect(months.allSatisfy { $0.total != nil && $0.countInterval != nil })
    }

    @Test func hugeFiguresNeitherAbortNorTrap() async {
        await #expect(processExitsWith: .success) {
            let claims = [
                incident("k", Int.max, day: 0, low: Int.max - 10), incident("w", Int.max, day: 0, category: .wounded),
                incident("f", Int.max / 2, day: 9_000, party: "Freedonia"),
                incident("g", 0, day: -9_000, party: "Freedonia"),
            ]
            let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "c.csv", line: $0 + 2)) }
            let result = try? DatasetStatistics(dataset: Reconciler().reconcile(records))
            _ = result.map { StatisticsJSON.text(of: $0) + StatisticsSummary.text(of: $0) + StatisticsMarkdown.section(of: $0) }
        }
    }

    @Test func theSeedMakesTheOutputReproducible() throws {
        let claims = [incident("a", 10, day: 0, low: 2, high: 30), incident("b", 5, day: 3, low: 1, high: 9)]
        var other = StatisticsSettings()
        other.seed = 99
        let first = StatisticsJSON.text(of: try statistics(claims))
        #expect(first == StatisticsJSON.text(of: try statistics(claims)))
        #expect(first != StatisticsJSON.text(of: try statistics(claims, settings: other)))
    }
}

@Suite("The statistics section of a report")
struct StatisticsMarkdownTests {
    @Test func listsTotalsRatiosAndFindings() throws {
        let claims = [incident("k1", 120, day: 0), incident("w1", 5, day: 0, category: .wounded)]
        let page = StatisticsMarkdown.section(of: try statistics(claims))
        #expect(page.hasPrefix("## Statistics\n\n"))
        #expect(page.contains("| Ruritania | killed | 1 (0.0–5.6) | 120 | 120–120 | 120 (120–120) | 120 | 120 |"))
        // Interval: scipy 1.17 beta.ppf for 120 : 5 gives 10.0037–75.2576.
        #expect(page.contains("| Ruritania | 120 (incidents) | 5 (incidents) | 24 (10.00–75.26) | **no** |"))
        #expect(page.contains("| warning | `stats.ratio` |"))
    }
}
