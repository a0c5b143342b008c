import ClaimModel

/// Rules about single claims and their links: `bounds.order`, `date.order`, `links.target`, `links.cycle`.
enum ClaimRules {
    static func findings(in context: ReconciliationContext) -> [Finding] {
        var findings: [Finding] = []
        for claim in context.claims {
            if let low = claim.low, low > claim.value || (claim.high.map { low > $0 } ?? false) {
                findings.append(Finding(rule: "bounds.order", severity: .error,
                                        message: "The low bound is above the figure or the high bound.",
                                        expected: "low ≤ value ≤ high", observed: bounds(claim), claimIDs: [claim.id]))
            } else if let high = claim.high, high < claim.value {
                findings.append(Finding(rule: "bounds.order", severity: .error,
                                        message: "The high bound is below the figure.",
                                        expected: "low ≤ value ≤ high", observed: bounds(claim), claimIDs: [claim.id]))
            }
            if let problem = dateProblem(claim) {
                findings.append(Finding(rule: "date.order", severity: .error, message: problem,
                                        expected: "event_start ≤ event_end ≤ report_date",
                                        observed: "\(text(claim.eventStart)) … \(text(claim.eventEnd)), reported \(text(claim.reportDate))",
                                        claimIDs: [claim.id]))
            }
            if let target = claim.partOf, let finding = linkProblem(claim, field: "part_of", target: target, context: context) {
                findings.append(finding)
            }
            if let target = claim.sameAs, let finding = linkProblem(claim, field: "same_as", target: target, context: context) {
                findings.append(finding)
            }
        }
        findings += partCycles(in: context)
        return findings
    }

    /// A link to the claim itself or to an id the dataset lacks.
    static func linkProblem(_ claim: Claim, field: String, target: String, context: ReconciliationContext) -> Finding? {
        if target == claim.id {
            return Finding(rule: "links.target", severity: .error, message: "The claim's \(field) points at itself.", claimIDs: [claim.id])
        }
        guard context.byID[target] == nil else { return nil }
        return Finding(rule: "links.target", severity: .error,
                       message: "The claim's \(field) names \(target), which is not in the dataset.",
                       expected: "an id of the dataset", observed: target, claimIDs: [claim.id])
    }

    /// `part_of` chains that come back to where they started: no claim can contain itself.
    static func partCycles(in context: ReconciliationContext) -> [Finding] {
        // By position in the dataset: 0 = not seen, 1 = on the current path, 2 = done.
        var state = [UInt8](repeating: 0, count: context.claims.count)
        var findings: [Finding] = []
        for (index, claim) in context.claims.enumerated() where claim.partOf != nil && state[index] == 0 {
            var path: [Int] = []
            var current: Int? = index
            while let node = current, state[node] == 0 {
                state[node] = 1
                path.append(node)
                current = context.claims[node].partOf.flatMap { context.byID.positions[$0] }
            }
            if let node = current, state[node] == 1, let start = path.firstIndex(of: node) {
                let cycle = path[start...].map { context.claims[$0].id }
                findings.append(Finding(rule: "links.cycle", severity: .error,
                                        message: "These claims are each part of the next, in a circle: \(cycle.joined(separator: " → ")) → \(cycle[0]).",
                                        claimIDs: cycle))
            }
            for node in path { state[node] = 2 }
        }
        return findings
    }

    static func dateProblem(_ claim: Claim) -> String? {
        if let start = claim.eventStart, let end = claim.eventEnd, start.firstDay > end.lastDay {
            return "The event ends before it starts."
        }
        if let report = claim.reportDate {
            if let end = claim.eventEnd, end.firstDay > report.lastDay { return "The event ends after it was reported." }
            if let start = claim.eventStart, start.firstDay > report.lastDay { return "The event starts after it was reported." }
        }
        return nil
    }

    static func bounds(_ claim: Claim) -> String {
        "low \(claim.low.map(String.init) ?? "–"), value \(claim.value), high \(claim.high.map(String.init) ?? "–")"
    }

    static func text(_ date: CalendarDate?) -> String { date?.description ?? "?" }
}
