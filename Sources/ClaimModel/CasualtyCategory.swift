/// What happened to the victims a claim counts.
public enum CasualtyCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case killed
    case wounded
    case missing
    case captured
    /// A combined killed-plus-wounded figure ("5,122 civilian casualties").
    case casualties

    /// The category's position in ``allCases``, for array-indexed tables and fast ordering.
    public var ordinal: Int {
        switch self {
        case .killed: 0
        case .wounded: 1
        case .missing: 2
        case .captured: 3
        case .casualties: 4
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }
}
