import ClaimModel

/// The claims of a dataset by id: one dictionary of positions, built once and shared by every rule.
struct ClaimLookup: Sendable {
    let claims: [Claim]
    /// Each id's place in `claims` (its first use, should an id repeat).
    let positions: ClaimPositions

    /// With `positions` given (each id's place in `claims`), they are used as they are.
    init(_ claims: [Claim], positions known: ClaimPositions? = nil) {
        self.claims = claims
        positions = known ?? ClaimPositions(ids: claims.map(\.id))
    }

    /// The claim with this id, if the dataset has one.
    subscript(id: String) -> Claim? { positions[id].map { claims[$0] } }
}
