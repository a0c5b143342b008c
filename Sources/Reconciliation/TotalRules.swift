import ClaimModel
import Dispatch

/// Rules about running totals: `cumulative.monotone`, `total.delta`, `total.contains`, `total.nested`.
enum TotalRules {
    /// The rules as independent tasks, run at once on every core (`total.delta` in two halves
    /// of the series, by points, its cost); their findings, joined in this order, are those of
    /// the rule family.
    static func tasks(in context: ReconciliationContext) -> [@Sendable () -> [Finding]] {
        let index = context.incidentIndex
        let points = context.series.reduce(0) { $0 + $1.points.count }
        var half = 0, counted = 0
        while half < context.series.count, counted < points / 2 {
            counted += context.series[half].points.count
            half += 1
        }
        let seriesHalves = [context.series[..<half], context.series[half...]]
        return [
            { seriesHalves[0].flatMap { delta($0, index: index, context: context) } },
            { seriesHalves[1].flatMap { delta($0, index: index, context: context) } },
            { contains(context: context, index: index) },
            { context.series.flatMap(monotone) + nested(context: context) },
        ]
    }

    /// A running total must not fall. A fall explained in its own words ("revised", "down from")
    /// is a warning; a fall of a residual bucket (unidentified victims) or of a missing or captured
    /// count (people are found, released or reclassified) is info.
    static func monotone(_ series: Series) -> [Finding] {
        var findings: [Finding] = []
        for (earlier, later) in zip(series.points, series.points.dropFirst()) {
            let (before, after) = (Figure(earlier.claim), Figure(later.claim))
            guard after.ceiling < before.floor else { continue }
            let quote = (later.claim.quote ?? "").lowercased()
            let victim = (later.claim.victim ?? "").lowercased()
            let severity: Severity
            let message: String
            if series.key.category == .missing || series.key.category == .captured {
                severity = .info
                message = "The \(series.key.category.rawValue) count fell: people are found, released or reclassified as the count goes on."
            } else if ["unknown", "unidentified", "unverified", "not yet identified"].contains(where: victim.contains) {
                severity = .info
                message = "A residual bucket fell as victims were identified; this is expected."
            } else if ["revis", "down from", "lowered", "correct", "downward", "reduced"].contains(where: quote.contains) {
                severity = .warning
                message = "\(series.key.source) revised its running total downward."
            } else {
                severity = .error
                message = "\(series.key.source)'s running total falls."
            }
            findings.append(Finding(rule: "cumulative.monotone", severity: severity, message: message,
                                    expected: "≥ \(earlier.claim.value) (\(earlier.claim.id))",
                                    observed: "\(later.claim.value) (\(later.claim.id))",
                                    claimIDs: [later.claim.id, earlier.claim.id]))
        }
        return findings
    }

    /// Between two consecutive totals, the incidents reported alongside them should account for the change.
    ///
    /// Only incidents stated in the same document as the later total, or by the same source, are
    /// compared ("two more killed … bringing the toll to 60"): a total rising by more than
    /// unrelated incidents explain is normal and not reported.
    static func delta(_ series: Series, index: IncidentIndex, context: ReconciliationContext) -> [Finding] {
        guard series.key.victimGroup.hasSuffix("/all") else { return [] }
        var findings: [Finding] = []
        for (earlier, later) in zip(series.points, series.points.dropFirst()) {
            guard let from = earlier.asOf, let to = later.asOf, to > from else { continue }
            let rise = later.claim.value - earlier.claim.value
            guard rise >= 0 else { continue }
            let list = index.list(party: series.key.party, category: series.key.category, role: later.claim.role ?? .unknown)
            let related = list.positions(lastDayIn: (from + 1)...to, statedBy: later.labels.source, orInDocument: later.claim.document)
            guard !related.isEmpty else { continue }
            let explained = related.reduce(0) { $0 + list.incidents[$1].best }
            let slack = max(Figure(earlier.claim).ceiling - Figure(earlier.claim).floor, Figure(later.claim).ceiling - Figure(later.claim).floor)
            guard abs(rise - explained) > slack, slack < Int.max / 2 else { continue }
            let between = related.map { list.incidents[$0] }
            findings.append(Finding(rule: "total.delta", severity: .warning,
                                    message: "Between two totals the incidents reported account for \(explained), but the total moved by \(rise).",
                                    expected: "\(earlier.claim.value) + \(explained) = \(earlier.claim.value + explained)",
                                    observed: "\(later.claim.value)",
                                    claimIDs: [later.claim.id, earlier.claim.id] + between.flatMap { $0.statements.map(\.claim.id) }))
        }
        return findings
    }

    /// A running total must hold the distinct incidents inside its period; far more than them
    /// suggests a wrong period or scope.
    static func contains(context: ReconciliationContext, index: IncidentIndex) -> [Finding] {
        var findings: [Finding] = []
        for statement in context.statements where statement.claim.scope == .cumulative {
            let total = statement.claim
            guard let start = total.eventStart?.firstDay, let end = total.eventEnd?.lastDay ?? total.reportDate?.lastDay,
                  start <= end else { continue }
            // Subgroups and breakdowns (a region, a victim group) cannot be matched to incidents reliably.
            guard statement.subgroup == "all", !context.isBreakdown(total) else { continue }
            let role = total.role ?? .unknown
            let inside = index.sum(party: total.party ?? "", category: total.category, role: role, lastDayIn: start...end)
            guard inside.count > 0 else { continue }
            let figure = Figure(total)
            if inside.low > figure.ceiling {
                let incidents = index.incidents(party: total.party ?? "", category: total.category, role: role, lastDayIn: start...end)
                findings.append(Finding(rule: "total.contains", severity: .error,
                                        message: "The running total is smaller than the distinct incidents inside its period.",
                                        expected: "≥ \(inside.low) (\(inside.count) incident\(inside.count == 1 ? "" : "s"))", observed: "\(total.value)",
                                        claimIDs: [total.id] + incidents.prefix(20).map { $0.statements[0].claim.id }))
            } else if total.value > inside.best {
                let residual = total.value - inside.best
                let large = residual >= context.thresholds.residualMinimum
                    && inside.count >= context.thresholds.residualIncidentMinimum
                    && Double(residual) > context.thresholds.residualShare * Double(total.value)
                findings.append(Finding(rule: "total.contains", severity: large ? .warning : .info,
                                        message: large
                                            ? "The running total is far above the \(inside.count) known incidents in its period (\(residual) unattributed); check its period and scope."
                                            : "\(residual) of the running total are not attributed to "
                                                + (inside.count == 1 ? "the one known incident" : "any of the \(inside.count) known incidents")
                                                + " in its period.",
                                        expected: "≈ \(inside.best)", observed: "\(total.value)", claimIDs: [total.id]))
            }
        }
        return findings
    }

    /// A total over a period must not exceed, on the same report day, a total of the same party,
    /// category, victim group and region, from the same source or document, over a period that contains it.
    static func nested(context: ReconciliationContext) -> [Finding] {
        struct Total {
            var id: String, document: String?, source: String
            var start: Int, end: Int, value: Int, floor: Int, ceiling: Int
        }
        struct Group: Hashable {
            var party: Int, category: CasualtyCategory, victimGroup: String, region: Int, reportDay: Int
        }
        var groups: [Group: [Total]] = [:]
        for statement in context.statements {
            let claim = statement.claim
            guard claim.scope == .cumulative, let start = claim.eventStart, let end = claim.eventEnd,
                  let reported = claim.reportDate else { continue }
            let key = Group(party: statement.labels.party, category: claim.category, victimGroup: statement.victimGroup,
                            region: statement.labels.region, reportDay: reported.lastDay)
            let figure = Figure(claim)
            groups[key, default: []].append(Total(id: claim.id, document: claim.document, source: statement.source.key,
                                                  start: start.firstDay, end: end.lastDay, value: claim.value,
                                                  floor: figure.floor, ceiling: figure.ceiling))
        }
        var findings: [Finding] = []
        // Findings are put in order afterwards: the order of the groups does not matter.
        for members in groups.values {
            let members = members.sorted { $0.id < $1.id }.prefix(200)
            for inner in members {
                // Across sources with different counting bases this is a disagreement, not a nesting error.
                for outer in members where outer.id != inner.id && (outer.document == inner.document || outer.source == inner.source) {
                    let isInside = outer.start <= inner.start && inner.end <= outer.end
                    let isSamePeriod = outer.start == inner.start && outer.end == inner.end
                    guard isInside, !isSamePeriod, inner.floor > outer.ceiling else { continue }
                    findings.append(Finding(rule: "total.nested", severity: .error,
                                            message: "A total over a shorter period exceeds the total over a period containing it, reported the same day.",
                                            expected: "≤ \(outer.value) (\(outer.id))", observed: "\(inner.value) (\(inner.id))",
                                            claimIDs: [inner.id, outer.id]))
                }
            }
        }
        return findings
    }
}
