import ClaimModel

/// The claims of a dataset by id: one dictionary of positions, built once and shared by every rule.
struct ClaimLookup: Sendable {
    let claims: [Claim]
    /// Each id's place in `claims` (its first use, should an id repeat).
    let positions: [String: Int]

    /// With `positions` given (each id's place in `claims`), they are used as they are.
    init(_ claims: [Claim], positions known: [String: Int]? = nil) {
        self.claims = claims
        if let known {
            positions = known
            return
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(claims.count)
        for (index, claim) in claims.enumerated() where positions[claim.id] == nil { positions[claim.id] = index }
        self.positions = positions
    }

    /// The claim with this id, if the dataset has one.
    subscript(id: String) -> Claim? { positions[id].map { claims[$0] } }
}
