import ClaimModel

/// Rules about parts and wholes: `parts.subset`, `parts.sum`, `casualties.sum`.
///
/// Parts of one whole may come from different breakdowns (by victim group, by region, by day);
/// they are summed per breakdown, never all together. A part whose role or subgroup differs from
/// its whole's belongs to the victim-group breakdown; else one whose region differs, to the
/// regional one; else one whose days differ, to the breakdown by period. A part that restates
/// another part counts once.
enum PartRules {
    static func findings(in context: ReconciliationContext) -> [Finding] {
        var findings: [Finding] = []
        var partsByWhole: [String: [Statement]] = [:]
        for statement in context.statements {
            guard let whole = context.whole(of: statement.claim) else { continue }
            let part = statement.claim
            if whole.category == part.category {
                let (partFigure, wholeFigure) = (Figure(part), Figure(whole))
                if partFigure.floor > wholeFigure.ceiling {
                    findings.append(Finding(rule: "parts.subset", severity: .error,
                                            message: "A part is larger than the whole it is said to be part of.",
                                            expected: "≤ \(whole.value) (\(whole.id))", observed: "\(part.value) (\(part.id))",
                                            claimIDs: [part.id, whole.id]))
                }
                partsByWhole[whole.id, default: []].append(statement)
            }
        }
        for wholeID in partsByWhole.keys.sorted() {
            let whole = context.byID[wholeID]!
            let breakdowns = Dictionary(grouping: partsByWhole[wholeID]!) { breakdown(of: $0.claim, in: whole) }
            for axis in breakdowns.keys.sorted() {
                let parts = breakdowns[axis]!.sorted { $0.claim.id < $1.claim.id }
                guard parts.count >= 2 else { continue }
                findings += sumFinding(whole: whole, parts: parts.map(\.claim), axis: axis)
            }
        }
        findings += casualtySums(in: context)
        return findings
    }

    static func breakdown(of part: Claim, in whole: Claim) -> String {
        if Normalized.victimGroup(of: part) != Normalized.victimGroup(of: whole) { return "victim group" }
        if Normalized.region(part.region) != Normalized.region(whole.region) { return "region" }
        if part.eventStart != whole.eventStart || part.eventEnd != whole.eventEnd { return "period" }
        return "part"
    }

    /// Two parts naming the same region or victim group in one breakdown are alternatives for
    /// the same slice ("nearly 1,000" and 920 in Kathmandu): the slice counts once, at its
    /// smallest floor when checking for excess and its largest figure when measuring the remainder.
    static func sumFinding(whole: Claim, parts: [Claim], axis: String) -> [Finding] {
        let slices = Dictionary(grouping: parts) { part in
            axis == "region" ? Normalized.region(part.region) : axis == "victim group" ? Normalized.region(part.victim) : part.id
        }.values.sorted { $0[0].id < $1[0].id }
        let floorSum = slices.reduce(0) { $0 + $1.map { Figure($0).floor }.min()! }
        let valueSum = slices.reduce(0) { $0 + $1.map(\.value).max()! }
        let wholeFigure = Figure(whole)
        let ids = [whole.id] + parts.map(\.id)
        if floorSum > wholeFigure.ceiling {
            return [Finding(rule: "parts.sum", severity: .error,
                            message: "The parts of one whole (by \(axis)) add up to more than the whole.",
                            expected: "≤ \(whole.value)", observed: "\(valueSum) = " + slices.map { String($0.map(\.value).max()!) }.joined(separator: " + "),
                            claimIDs: ids)]
        }
        if valueSum < whole.value {
            return [Finding(rule: "parts.sum", severity: .info,
                            message: "The parts (by \(axis)) account for \(valueSum) of \(whole.value); \(whole.value - valueSum) are not itemised.",
                            expected: "\(whole.value)", observed: "\(valueSum)", claimIDs: ids)]
        }
        return []
    }

    /// Killed plus wounded must not exceed a combined casualties figure they belong to: linked by
    /// `part_of`, or stated in the same document for the same party, scope and days.
    static func casualtySums(in context: ReconciliationContext) -> [Finding] {
        var findings: [Finding] = []
        let combined = context.statements.lazy.map(\.claim).filter { $0.category == .casualties }
        guard !combined.isEmpty else { return [] }
        let byDocument = Dictionary(grouping: context.statements.lazy.map(\.claim).filter { $0.document != nil }, by: { $0.document! })
        // The killed and wounded parts of each whole, in input order: one pass, not one per whole.
        var partsOf: [String: [Claim]] = [:]
        for claim in context.claims where claim.category == .killed || claim.category == .wounded {
            if let whole = claim.partOf { partsOf[whole, default: []].append(claim) }
        }
        for total in combined {
            let related = (partsOf[total.id] ?? [])
                + (total.document.flatMap { byDocument[$0] } ?? []).filter { claim in
                    (claim.category == .killed || claim.category == .wounded) && claim.partOf == nil
                        && claim.party == total.party && claim.scope == total.scope
                        && claim.eventStart == total.eventStart && claim.eventEnd == total.eventEnd
                }
            var seen = Set<String>()
            let distinct = related.filter { seen.insert($0.id).inserted && $0.sameAs == nil }
            let killed = distinct.filter { $0.category == .killed }.map { Figure($0).floor }.max() ?? 0
            let wounded = distinct.filter { $0.category == .wounded }.map { Figure($0).floor }.max() ?? 0
            guard killed > 0, wounded > 0, killed + wounded > Figure(total).ceiling else { continue }
            findings.append(Finding(rule: "casualties.sum", severity: .error,
                                    message: "Killed plus wounded exceed the combined casualties figure.",
                                    expected: "≤ \(total.value)", observed: "\(killed) killed + \(wounded) wounded = \(killed + wounded)",
                                    claimIDs: [total.id] + distinct.map(\.id)))
        }
        return findings
    }
}
