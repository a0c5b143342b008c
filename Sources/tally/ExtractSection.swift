import ClaimModel

/// The claims of a later section of a text as claims of the whole text.
enum ExtractSection {
    /// `claims` with ids numbered after the `earlier` claims of the sections before (links renamed with
    /// them) and offsets shifted by the `shift` code points before the section.
    static func placed(_ claims: [Claim], after earlier: Int, shift: Int, document: String) -> [Claim] {
        var renamed: [String: String] = [:]
        for (n, claim) in claims.enumerated() { renamed[claim.id] = "\(document)-\(earlier + n + 1)" }
        return claims.map { claim in
            var c = claim
            c.id = renamed[claim.id]!
            c.partOf = claim.partOf.map { renamed[$0] ?? $0 }
            c.sameAs = claim.sameAs.map { renamed[$0] ?? $0 }
            c.start = claim.start.map { $0 + shift }
            c.end = claim.end.map { $0 + shift }
            return c
        }
    }
}
