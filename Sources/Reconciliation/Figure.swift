import ClaimModel

/// A claim's figure as an interval, with the slack its wording allows.
///
/// "over 3,500" is not an exact count: before calling two figures inconsistent, a careful
/// analyst allows for the rounding such a figure carries. The slack is the rounding unit of a
/// qualified round figure (100 for "over 3,500", 10 for "about 60"), and nothing for an exact one.
public struct Figure: Sendable, Hashable {
    public let value: Int
    /// The smallest count the wording allows, slack included.
    public let floor: Int
    /// The largest count the wording allows, slack included.
    public let ceiling: Int

    public init(_ claim: Claim) {
        let isExact = claim.low == claim.value && claim.high == claim.value
            || (claim.low == nil && claim.high == nil && !Self.looksRounded(claim.value))
        // "more than 3,500" is stored as 3,501 and "nearly 50" as 49: the unit is that of the number as written.
        let unit = Swift.max(Self.roundingUnit(claim.value &- 1), Self.roundingUnit(claim.value),
                             claim.value < Int.max ? Self.roundingUnit(claim.value + 1) : 1)
        let slack = isExact ? 0 : Swift.min(unit, claim.value / 10)
        value = claim.value
        floor = Swift.max(0, Swift.min(claim.low ?? claim.value, claim.value) - slack)
        if claim.low != nil && claim.high == nil {
            // "at least N", "more than N": open above.
            ceiling = Int.max
        } else {
            let (sum, overflows) = Swift.max(claim.high ?? claim.value, claim.value).addingReportingOverflow(slack)
            ceiling = overflows ? Int.max : sum
        }
    }

    /// Whether the two figures can describe the same count.
    public func overlaps(_ other: Figure) -> Bool { floor <= other.ceiling && other.floor <= ceiling }

    /// 10^(trailing zeros), at most 1000; 1 for figures that do not end in 0.
    static func roundingUnit(_ value: Int) -> Int {
        guard value >= 10 else { return 1 }
        var unit = 1
        var rest = value
        while rest % 10 == 0, unit < 1000 {
            unit *= 10
            rest /= 10
        }
        return unit
    }

    static func looksRounded(_ value: Int) -> Bool { value >= 100 && value % 100 == 0 }
}
