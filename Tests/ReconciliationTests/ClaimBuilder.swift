import ClaimModel
import Reconciliation

/// Short constructors for the claims of reconciliation tests.
func claim(
    _ id: String, _ value: Int, _ scope: ClaimScope = .incident, category: CasualtyCategory = .killed,
    party: String? = "Turkey", role: VictimRole? = .military, victim: String? = nil, low: Int? = nil, high: Int? = nil,
    doc: String? = nil, reported: String? = nil, from: String? = nil, to: String? = nil, region: String? = nil,
    source: String? = nil, partOf: String? = nil, sameAs: String? = nil, quote: String? = nil
) -> Claim {
    Claim(id: id, document: doc ?? id, reportDate: reported.flatMap { CalendarDate(iso: $0) },
          eventStart: from.flatMap { CalendarDate(iso: $0) }, eventEnd: (to ?? from).flatMap { CalendarDate(iso: $0) },
          category: category, value: value, low: low, high: high, victim: victim, party: party, role: role,
          scope: scope, region: region, source: source, partOf: partOf, sameAs: sameAs, quote: quote)
}

func records(_ claims: [Claim]) -> [ClaimRecord] {
    claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "claims.csv", line: $0 + 2)) }
}

extension Array where Element == Finding {
    func with(rule: String) -> [Finding] { filter { $0.rule == rule } }
}
