import ClaimModel

/// The claims of a later section of a text as claims of the whole text.
enum ExtractSection {
    /// `claim` with its id and links numbered after the `earlier` claims of the sections before (ids
    /// within the section are `DOCUMENT-n`) and its offsets shifted by the `shift` code points before it.
    static func placed(_ claim: Claim, after earlier: Int, shift: Int, document: String) -> Claim {
        let prefix = document + "-"
        func renamed(_ id: String) -> String {
            guard id.hasPrefix(prefix), let n = Int(id.dropFirst(prefix.count)) else { return id }
            return prefix + String(earlier + n)
        }
        var c = claim
        c.id = renamed(claim.id)
        c.partOf = claim.partOf.map(renamed)
        c.sameAs = claim.sameAs.map(renamed)
        c.start = claim.start.map { $0 + shift }
        c.end = claim.end.map { $0 + shift }
        return c
    }
}
