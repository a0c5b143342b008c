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

    /// The field a column name stands for, by its own name or an alias (case and surrounding space ignored).
    public init?(columnName: String) {
        let name = columnName.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let field = ClaimField(rawValue: name) ?? Self.aliases[name] else { return nil }
        self = field
    }
}
