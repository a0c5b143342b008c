import Foundation

/// The columns of the claim interchange format, in the order Tally writes them.
public enum ClaimField: String, Sendable, CaseIterable {
    case id, doc
    case reportDate = "report_date"
    case eventStart = "event_start"
    case eventEnd = "event_end"
    case category, value, low, high, victim, party, role, scope, period, region, source
    case partOf = "part_of"
    case sameAs = "same_as"
    case url, quote, start, end

    /// Fields a claim cannot do without.
    public static let required: [ClaimField] = [.id, .category, .value, .scope]

    /// Column names other timeline files use for the same fields.
    public static let aliases: [String: ClaimField] = [
        "report_id": .id,
        "event_date_start": .eventStart,
        "event_date_end": .eventEnd,
    ]

    /// The field's position in ``allCases`` (the order Tally writes columns), for array-indexed records.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .doc: 1
        case .reportDate: 2
        case .eventStart: 3
        case .eventEnd: 4
        case .category: 5
        case .value: 6
        case .low: 7
        case .high: 8
        case .victim: 9
        case .party: 10
        case .role: 11
        case .scope: 12
        case .period: 13
        case .region: 14
        case .source: 15
        case .partOf: 16
        case .sameAs: 17
        case .url: 18
        case .quote: 19
        case .start: 20
        case .end: 21
        }
    }

    /// The field a column name stands for, by its own name or an alias (case and surrounding space ignored).
    public init?(columnName: String) {
        let name = columnName.trimmedSpaces().lowercased()
        guard let field = ClaimField(rawValue: name) ?? Self.aliases[name] else { return nil }
        self = field
    }
}
