/// What happened to the victims a claim counts.
public enum CasualtyCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case killed
    case wounded
    case missing
    case captured
    /// A combined killed-plus-wounded figure ("5,122 civilian casualties").
    case casualties

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
