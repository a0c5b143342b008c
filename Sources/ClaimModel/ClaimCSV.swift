import Dispatch
import Foundation

/// Claims as CSV: a header row naming ``ClaimField`` columns (in any order, aliases accepted), one claim per record.
public enum ClaimCSV {
    /// Reads claims from the bytes of a CSV file named `file` (the name is used in messages only).
    ///
    /// - Throws: ``InputError`` listing every problem found, each with its physical line and column.
    public static func records(from bytes: [UInt8], file: String) throws(InputError) -> [ClaimRecord] {
        try bytes.withUnsafeBufferPointer { records(in: $0, file: file) }.get()
    }

    private static func records(in bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<[ClaimRecord], InputError> {
        var timer = PhaseTimer()
        var headerLog = ProblemLog()
        var headerCells: [CSVText.CellSpan] = []
        var headerLine = 1
        let (headerEnd, lineAfterHeader) = CSVText.scan(bytes, range: 0..<bytes.count, firstLine: 1, file: file,
                                                       log: &headerLog, reportsNUL: false, limit: 1) { line, cells in
            headerLine = line
            headerCells = cells
        }
        guard !headerCells.isEmpty else {
            return .failure(InputError(InputProblem(location: InputLocation(file: file, line: 1),
                                                    message: "empty file; expected a header row naming the columns "
                                                        + ClaimField.required.map(\.rawValue).joined(separator: ","))))
        }
        let header = headerCells.map { CSVText.text(of: $0, in: bytes, file: file, log: &headerLog) }
        let columns = Self.columns(of: header, line: headerLine, file: file, log: &headerLog)

        // Large files are cut at record boundaries and read on every core; the result is the same.
        let chunks = CSVText.chunks(of: bytes, after: headerEnd, line: lineAfterHeader,
                                    parts: Parallelism.workers * 4)
        timer.mark("csv: header and chunks")
        let decodes = headerLog.isEmpty
        let decoded = ParallelSlots<(records: [ClaimRecord], scanLog: ProblemLog, decodeLog: ProblemLog)>(count: chunks.count)
        // Read-only for the duration of the loop, which the caller's buffer outlives.
        nonisolated(unsafe) let bytes = bytes
        Parallelism.perform(iterations: chunks.count) { index in
            var scanLog = ProblemLog()
            var decodeLog = ProblemLog()
            var records: [ClaimRecord] = []
            let decoding = ClaimDecoding(file: file)
            var cells = ClaimDecoding.Cells()
            CSVText.scan(bytes, range: chunks[index].range, firstLine: chunks[index].firstLine, file: file, log: &scanLog) { line, row in
                // Cells are read even when the header is unusable, so that every problem is reported at once.
                guard decodes else { return }
                guard row.count == columns.count else {
                    decodeLog.record(InputProblem(location: InputLocation(file: file, line: line),
                                                  message: "\(row.count) cells where the header has \(columns.count); "
                                                      + "quote cells that contain commas"))
                    return
                }
                for (position, field) in columns.enumerated() {
                    let text = CSVText.text(of: row[position], in: bytes, file: file, log: &decodeLog)
                    guard let field else { continue }
                    cells[field] = ClaimDecoding.Cell(text: text, line: row[position].line)
                }
                if let claim = decoding.claim(from: cells, recordLine: line, log: &decodeLog) {
                    records.append(ClaimRecord(claim: claim, origin: InputLocation(file: file, line: line)))
                }
            }
            decoded[index] = (records, scanLog, decodeLog)
        }
        timer.mark("csv: read records")
        // Problems in file order: the text's (quotes, NUL bytes), then the header's, then the claims'.
        var log = ProblemLog()
        for index in 0..<chunks.count { log.append(decoded[index]!.scanLog) }
        log.append(headerLog)
        if !log.isEmpty { return .failure(log.error) }
        for index in 0..<chunks.count { log.append(decoded[index]!.decodeLog) }
        if !log.isEmpty { return .failure(log.error) }
        var records: [ClaimRecord] = []
        records.reserveCapacity((0..<chunks.count).reduce(0) { $0 + decoded[$1]!.records.count })
        for index in 0..<chunks.count { records += decoded[index]!.records }
        timer.mark("csv: join")
        return .success(records)
    }

    /// The field of each column, recording repeated and missing columns.
    private static func columns(of header: [String], line: Int, file: String, log: inout ProblemLog) -> [ClaimField?] {
        var columns: [ClaimField?] = []
        var seen: [ClaimField: String] = [:]
        for name in header {
            let field = ClaimField(columnName: name)
            if let field, let earlier = seen[field] {
                log.record(InputProblem(location: InputLocation(file: file, line: line), field: field.rawValue,
                                        found: name, message: "column given twice (also as '\(earlier)'); keep one"))
            }
            if let field { seen[field] = name }
            columns.append(field)
        }
        let missing = ClaimField.required.filter { seen[$0] == nil }
        if !missing.isEmpty {
            log.record(InputProblem(location: InputLocation(file: file, line: line),
                                    message: "header lacks the required column(s) " + missing.map(\.rawValue).joined(separator: ", ")
                                        + "; the first row must name the columns"))
        }
        return columns
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
