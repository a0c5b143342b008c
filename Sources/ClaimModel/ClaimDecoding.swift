import Foundation

/// Turns the named cells of one record (a CSV row or a JSON object) into a ``Claim``.
///
/// Both file formats go through here, so a value is judged by the same rules wherever it came from.
struct ClaimDecoding {
    /// One cell: its text (`nil` when absent or null) and the physical line it stands on.
    struct Cell {
        var text: String?
        var line: Int
        /// Set when the reader already reported this cell as unusable (a JSON array, say).
        var isRejected = false
    }

    /// The cells of one record, indexed by field (an array, not a dictionary: files hold millions of records).
    struct Cells {
        private var storage = [Cell?](repeating: nil, count: ClaimField.allCases.count)

        subscript(field: ClaimField) -> Cell? {
            get { storage[field.ordinal] }
            set { storage[field.ordinal] = newValue }
        }

        var hasRejected: Bool { storage.contains { $0?.isRejected == true } }
    }

    let file: String

    /// The claim, or `nil` after recording every problem of the record in `log`.
    func claim(from cells: Cells, recordLine: Int, log: inout ProblemLog) -> Claim? {
        var failed = false
        func problem(_ field: ClaimField, _ found: String?, _ message: String) {
            let line = cells[field]?.line ?? recordLine
            log.record(InputProblem(location: InputLocation(file: file, line: line), field: field.rawValue,
                                    found: found, message: message))
            failed = true
        }
        func text(_ field: ClaimField) -> String? {
            guard let raw = cells[field]?.text else { return nil }
            let trimmed = raw.trimmedSpaces()
            return trimmed.isEmpty ? nil : raw
        }
        func required(_ field: ClaimField) -> String? {
            if cells[field]?.isRejected == true {
                failed = true
                return nil
            }
            guard let value = text(field) else {
                problem(field, nil, "missing; every claim needs \(ClaimField.required.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return value
        }
        func count(_ field: ClaimField) -> Int? {
            guard let raw = text(field) else { return nil }
            let digits = raw.trimmedSpaces()
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                problem(field, raw, "expected a whole number of people, 0 or more, written with digits only (like 58)")
                return nil
            }
            guard let number = Int(digits), number <= Claim.largestCount else {
                problem(field, raw, "too large: at most \(Claim.largestCount)")
                return nil
            }
            return number
        }
        func choice<T: RawRepresentable & CaseIterable>(_ field: ClaimField, as type: T.Type) -> T? where T.RawValue == String {
            guard let raw = text(field) else { return nil }
            // Files mostly hold the names exactly as Tally writes them: try that before normalising.
            if let value = T(rawValue: raw) { return value }
            let name = raw.trimmedSpaces().lowercased()
            guard let value = T(rawValue: name) else {
                problem(field, raw, "expected one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
            return value
        }
        func date(_ field: ClaimField) -> CalendarDate? {
            guard let raw = text(field) else { return nil }
            guard let date = CalendarDate(iso: raw.trimmedSpaces()) else {
                problem(field, raw, "expected a real date as YYYY-MM-DD (or YYYY-MM, YYYY)")
                return nil
            }
            return date
        }

        if cells.hasRejected { failed = true }
        let id = required(.id)
        let categoryText = required(.category)
        let valueText = required(.value)
        let scopeText = required(.scope)
        let category = categoryText == nil ? nil : choice(.category, as: CasualtyCategory.self)
        let value = valueText == nil ? nil : count(.value)
        let scope = scopeText == nil ? nil : choice(.scope, as: ClaimScope.self)
        let claim = Claim(
            id: id?.trimmedSpaces() ?? "",
            document: text(.doc),
            reportDate: date(.reportDate),
            eventStart: date(.eventStart),
            eventEnd: date(.eventEnd),
            category: category ?? .killed,
            value: value ?? 0,
            low: count(.low),
            high: count(.high),
            victim: text(.victim),
            party: text(.party),
            role: choice(.role, as: VictimRole.self),
            scope: scope ?? .incident,
            period: text(.period),
            region: text(.region),
            source: text(.source),
            partOf: text(.partOf)?.trimmedSpaces(),
            sameAs: text(.sameAs)?.trimmedSpaces(),
            url: text(.url),
            quote: text(.quote),
            start: count(.start),
            end: count(.end)
        )
        return failed ? nil : claim
    }
}
