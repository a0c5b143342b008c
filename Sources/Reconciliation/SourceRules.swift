import ClaimModel

/// Rules about sources: `sources.disagree`, `incident.revised`, `restatement.merged`.
enum SourceRules {
    /// The rules as independent tasks, run at once on every core; their findings, joined in
    /// this order, are those of the rule family.
    static func tasks(in context: ReconciliationContext) -> [@Sendable () -> [Finding]] {
        [{ incidentFindings(in: context) }, { totalAndRestatementFindings(in: context) }]
    }

    /// `sources.disagree` and `incident.revised` for each incident.
    static func incidentFindings(in context: ReconciliationContext) -> [Finding] {
        var findings: [Finding] = []
        for incident in context.incidents {
            findings += disagreement(among: incident.latestBySource, what: "this incident", thresholds: context.thresholds)
            findings += revisions(in: incident)
        }
        return findings
    }

    /// `sources.disagree` between running totals of one day, and `restatement.merged`.
    static func totalAndRestatementFindings(in context: ReconciliationContext) -> [Finding] {
        var findings: [Finding] = []
        // Running totals of different sources counting up to the same day.
        struct Day: Hashable {
            var party: Int, category: CasualtyCategory, region: Int, victimGroup: String, asOf: Int?
        }
        let sameDay = Dictionary(grouping: context.series.map(\.latest) + context.series.flatMap { $0.points.dropLast() }) { statement in
            Day(party: statement.labels.party, category: statement.claim.category, region: statement.labels.region,
                victimGroup: statement.victimGroup, asOf: statement.asOf)
        }
        // Findings are put in order afterwards: the order of the groups does not matter.
        for members in sameDay.values {
            guard members.first?.asOf != nil else { continue }
            var latest: [SourceName: Statement] = [:]
            for statement in members.sorted(by: Series.chronological) { latest[statement.source] = statement }
            guard latest.count >= 2 else { continue }
            findings += disagreement(among: latest.values.sorted { $0.source < $1.source }, what: "the running total on the same day",
                                     thresholds: context.thresholds)
        }
        for statement in context.statements where !statement.restatements.isEmpty {
            findings.append(Finding(rule: "restatement.merged", severity: .info,
                                    message: "\(statement.restatements.count + 1) mentions of the same figure (\(statement.claim.value)) were merged and count once.",
                                    claimIDs: statement.claimIDs))
        }
        return findings
    }

    /// Different sources giving different figures for the same thing.
    static func disagreement(among statements: [Statement], what: String, thresholds: Thresholds) -> [Finding] {
        guard statements.count >= 2 else { return [] }
        let figures = statements.map { Figure($0.claim) }
        let overlapAll = figures.allSatisfy { figure in figures.allSatisfy { figure.overlaps($0) } }
        guard !overlapAll else { return [] }
        let values = statements.map(\.claim.value)
        let (low, high) = (values.min()!, values.max()!)
        let spread = high - low
        let tolerable = spread <= thresholds.disagreementAbsolute || Double(spread) <= thresholds.disagreementShare * Double(high)
        let listing = statements.map { "\($0.claim.value) (\($0.source))" }.joined(separator: " vs ")
        return [Finding(rule: "sources.disagree", severity: tolerable ? .info : .warning,
                        message: "Sources give different figures for \(what): \(listing); spread \(spread).",
                        expected: "one figure", observed: "\(low)–\(high)", claimIDs: statements.map(\.claim.id))]
    }

    /// One source changing its own figure for an incident: the latest counts.
    static func revisions(in incident: Incident) -> [Finding] {
        // A revision needs two statements of one source.
        guard incident.statements.count > incident.latestBySource.count else { return [] }
        let bySource = Dictionary(grouping: incident.statements, by: \.source)
        return bySource.keys.sorted().compactMap { source in
            let own = bySource[source]!
            guard own.count >= 2, Set(own.map(\.claim.value)).count >= 2 else { return nil }
            let path = own.map { String($0.claim.value) }.joined(separator: " → ")
            return Finding(rule: "incident.revised", severity: .info,
                           message: "\(source) revised its figure for this incident (\(path)); the latest counts.",
                           expected: nil, observed: path, claimIDs: own.reversed().map(\.claim.id))
        }
    }
}
