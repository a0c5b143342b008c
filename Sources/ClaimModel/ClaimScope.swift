/// Whether a figure counts one event or accumulates over a period.
public enum ClaimScope: String, Sendable, Hashable, CaseIterable, Comparable {
    /// One attack, one disaster, or all violence on one day.
    case incident
    /// A running total over a period ("since the war began", "in the past month").
    case cumulative

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs == .incident && rhs == .cumulative
    }
}
