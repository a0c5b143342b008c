import Dispatch
import Foundation

/// Claims as CSV: a header row naming ``ClaimField`` columns (in any order, aliases accepted), one claim per record.
public enum ClaimCSV {
    /// Reads claims from the bytes of a CSV file named `file` (the name is used in messages only).
    ///
    /// - Throws: ``InputError`` listing every problem found, each with its physical line and column.
    public static func records(from bytes: [UInt8], file: String) throws(InputError) -> [ClaimRecord] {
        // Large files are cut at record boundaries and read on every core; the result is the same.
        let chunks = CSVText.chunks(of: bytes, parts: ProcessInfo.processInfo.activeProcessorCount)
        let parsed = ParallelSlots<(rows: [CSVText.Record], log: ProblemLog)>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            var log = ProblemLog()
            let rows = CSVText.records(in: bytes, range: chunks[index].range, firstLine: chunks[index].firstLine,
                                       file: file, log: &log)
            parsed[index] = (rows, log)
        }
        var log = ProblemLog()
        for index in 0..<chunks.count { log.append(parsed[index]!.log) }
        guard let header = parsed[0]!.rows.first else {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 1),
                                          message: "empty file; expected a header row naming the columns "
                                              + ClaimField.required.map(\.rawValue).joined(separator: ",")))
        }
        var columns: [ClaimField?] = []
        var seen: [ClaimField: String] = [:]
        for name in header.cells {
            let field = ClaimField(columnName: name)
            if let field, let earlier = seen[field] {
                log.record(InputProblem(location: InputLocation(file: file, line: header.line), field: field.rawValue,
                                        found: name, message: "column given twice (also as '\(earlier)'); keep one"))
            }
            if let field { seen[field] = name }
            columns.append(field)
        }
        let missing = ClaimField.required.filter { seen[$0] == nil }
        if !missing.isEmpty {
            log.record(InputProblem(location: InputLocation(file: file, line: header.line),
                                    message: "header lacks the required column(s) " + missing.map(\.rawValue).joined(separator: ", ")
                                        + "; the first row must name the columns"))
        }
        try log.throwIfAny()

        let decoded = ParallelSlots<(records: [ClaimRecord], log: ProblemLog)>(count: chunks.count)
        let fixedColumns = columns
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            let rows = index == 0 ? parsed[0]!.rows.dropFirst() : parsed[index]!.rows[...]
            var chunkLog = ProblemLog()
            decoded[index] = (decode(rows, columns: fixedColumns, file: file, log: &chunkLog), chunkLog)
            // The raw cells are no longer needed: free them before the next piece's claims pile up.
            parsed[index] = nil
        }
        var records: [ClaimRecord] = []
        records.reserveCapacity((0..<chunks.count).reduce(0) { $0 + decoded[$1]!.records.count })
        for index in 0..<chunks.count {
            records += decoded[index]!.records
            log.append(decoded[index]!.log)
        }
        try log.throwIfAny()
        return records
    }

    /// The claims of data rows, with every problem recorded.
    private static func decode(_ rows: ArraySlice<CSVText.Record>, columns: [ClaimField?], file: String,
                               log: inout ProblemLog) -> [ClaimRecord] {
        let decoding = ClaimDecoding(file: file)
        var records: [ClaimRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            guard row.cells.count == columns.count else {
                log.record(InputProblem(location: InputLocation(file: file, line: row.line),
                                        message: "\(row.cells.count) cells where the header has \(columns.count); "
                                            + "quote cells that contain commas"))
                continue
            }
            var cells = ClaimDecoding.Cells()
            for (position, field) in columns.enumerated() {
                guard let field else { continue }
                cells[field] = ClaimDecoding.Cell(text: row.cells[position], line: row.cellLines[position])
            }
            if let claim = decoding.claim(from: cells, recordLine: row.line, log: &log) {
                records.append(ClaimRecord(claim: claim, origin: InputLocation(file: file, line: row.line)))
            }
        }
        return records
    }

    /// The claims as a CSV document with every ``ClaimField`` column, header first.
    public static func text(of claims: [Claim]) -> String {
        var text = ClaimField.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        for claim in claims {
            text += ClaimField.allCases.map { CSVText.escaped(claim.cellText(for: $0) ?? "") }.joined(separator: ",")
            text += "\n"
        }
        return text
    }
}

extension Claim {
    /// The field's value as it is written in a file, `nil` when empty.
    public func cellText(for field: ClaimField) -> String? {
        switch field {
        case .id: id
        case .doc: document
        case .reportDate: reportDate?.description
        case .eventStart: eventStart?.description
        case .eventEnd: eventEnd?.description
        case .category: category.rawValue
        case .value: String(value)
        case .low: low.map(String.init)
        case .high: high.map(String.init)
        case .victim: victim
        case .party: party
        case .role: role?.rawValue
        case .scope: scope.rawValue
        case .period: period
        case .region: region
        case .source: source
        case .partOf: partOf
        case .sameAs: sameAs
        case .url: url
        case .quote: quote
        case .start: start.map(String.init)
        case .end: end.map(String.init)
        }
    }

    /// Whether the field holds a count rather than text (written as a JSON number).
    static func isNumeric(_ field: ClaimField) -> Bool {
        switch field {
        case .value, .low, .high, .start, .end: true
        default: false
        }
    }
}
