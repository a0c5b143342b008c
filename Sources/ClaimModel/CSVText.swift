import Foundation

/// RFC 4180 comma-separated values, read with the physical line of every record.
///
/// Hand-written rather than taken from a CSV package because a claim file's errors must name
/// the physical line (a quoted cell may span lines) and an unterminated quote must be reported
/// where it opened; the CSV packages available report neither.
enum CSVText {
    /// Where one cell's bytes are: `start..<end` in the file, the physical line the cell starts
    /// on, and whether it was quoted with doubled quotes inside (`""` stands for `"`).
    struct CellSpan {
        var start: Int
        var end: Int
        var line: Int
        var hasDoubledQuotes: Bool
    }

    /// Splits UTF-8 bytes into records and calls `record` with each record's physical line and
    /// its cells (a buffer reused between calls). Accepts a byte-order mark, LF or CRLF line
    /// ends and skips blank lines; reports stray or unterminated quotes.
    ///
    /// `range` must start at the beginning of a record; `firstLine` is the physical line it
    /// starts on. Reads at most `limit` records and returns where it stopped.
    @discardableResult
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, firstLine: Int, file: String,
                     log: inout ProblemLog, reportsNUL: Bool = true, limit: Int = Int.max,
                     record: (_ line: Int, _ cells: [CellSpan]) -> Void) -> (end: Int, line: Int) {
        var index = range.lowerBound == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : range.lowerBound
        var line = firstLine
        var cells: [CellSpan] = []
        cells.reserveCapacity(32)
        var recordLine = firstLine
        var records = 0
        let count = range.upperBound
        // A NUL byte means binary or corrupt data, never text a person typed: name its line (one fast scan).
        if reportsNUL, index < count, let base = bytes.baseAddress, let hit = memchr(base + index, 0, count - index) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let nulLine = firstLine + bytes[range.lowerBound..<offset].count { $0 == UInt8(ascii: "\n") }
            log.record(InputProblem(location: InputLocation(file: file, line: nulLine),
                                    message: "NUL byte (binary data); a claim file is UTF-8 text"))
        }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

        while index < count, records < limit {
            // Start of a record: skip blank lines.
            if cells.isEmpty {
                if bytes[index] == newline { line += 1; index += 1; continue }
                if bytes[index] == cr, index + 1 < count, bytes[index + 1] == newline {
                    line += 1; index += 2; continue
                }
                recordLine = line
            }
            let cellLine = line
            if bytes[index] == quote {
                index += 1
                let begin = index
                var doubled = false
                var closed = false
                var end = count
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            doubled = true; index += 2; continue
                        }
                        end = index
                        index += 1; closed = true; break
                    }
                    if byte == newline { line += 1 }
                    index += 1
                }
                if !closed {
                    log.record(InputProblem(location: InputLocation(file: file, line: cellLine),
                                            message: "quoted cell opened here is never closed; add the closing \""))
                }
                cells.append(CellSpan(start: begin, end: end, line: cellLine, hasDoubledQuotes: doubled))
                // Anything between the closing quote and the next separator is an error.
                let after = index
                while index < count, bytes[index] != comma, bytes[index] != newline,
                      !(bytes[index] == cr && index + 1 < count && bytes[index + 1] == newline) {
                    index += 1
                }
                if index > after {
                    log.record(InputProblem(location: InputLocation(file: file, line: line),
                                            found: String(decoding: UnsafeBufferPointer(rebasing: bytes[after..<index]), as: UTF8.self),
                                            message: "text after a closing quote; quote the whole cell and double any \" inside it"))
                }
            } else {
                let begin = index
                var sawQuote = false
                while index < count {
                    let byte = bytes[index]
                    if byte == comma || byte == newline { break }
                    if byte == quote { sawQuote = true }
                    index += 1
                }
                var end = index
                if end > begin, bytes[end - 1] == cr, index == count || bytes[index] == newline { end -= 1 }
                cells.append(CellSpan(start: begin, end: end, line: cellLine, hasDoubledQuotes: false))
                if sawQuote {
                    log.record(InputProblem(location: InputLocation(file: file, line: cellLine),
                                            found: String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self),
                                            message: "a \" inside an unquoted cell; quote the cell and double the \""))
                }
            }
            // Separator or end of record.
            if index < count, bytes[index] == comma {
                index += 1
                if index == count { cells.append(CellSpan(start: index, end: index, line: line, hasDoubledQuotes: false)) }
                continue
            }
            if index < count, bytes[index] == cr { index += 1 }
            if index < count, bytes[index] == newline { index += 1; line += 1 }
            record(recordLine, cells)
            records += 1
            cells.removeAll(keepingCapacity: true)
        }
        if !cells.isEmpty { record(recordLine, cells) }
        return (index, line)
    }

    /// The text of a cell: its bytes, with doubled quotes undone; invalid UTF-8 is reported on
    /// the cell's line and replaced.
    static func text(of cell: CellSpan, in bytes: UnsafeBufferPointer<UInt8>, file: String, log: inout ProblemLog) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[cell.start..<cell.end])
        if !cell.hasDoubledQuotes { return text(of: raw, line: cell.line, file: file, log: &log) }
        var unquoted: [UInt8] = []
        unquoted.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            unquoted.append(raw[index])
            index += raw[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return unquoted.withUnsafeBufferPointer { text(of: $0, line: cell.line, file: file, log: &log) }
    }

    /// UTF-8 bytes as a string; invalid UTF-8 is reported and replaced.
    private static func text(of raw: UnsafeBufferPointer<UInt8>, line: Int, file: String, log: inout ProblemLog) -> String {
        // Claim files are mostly ASCII: decoding then needs no check (and no generic validation).
        let text = String(decoding: raw, as: UTF8.self)
        if raw.allSatisfy({ $0 < 0x80 }) || text.utf8.elementsEqual(raw) { return text }
        log.record(InputProblem(location: InputLocation(file: file, line: line), message: "invalid UTF-8; save the file as UTF-8"))
        return text
    }

    /// Where to cut `bytes` from `start` (a record's beginning, on physical line `line`) into
    /// about `parts` pieces that each start a record: after a line break outside quotes.
    /// Returns the pieces with the physical line each starts on.
    static func chunks(of bytes: UnsafeBufferPointer<UInt8>, after start: Int, line: Int,
                       parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        guard parts > 1, bytes.count - start > 1 << 20 else { return [(start..<bytes.count, line)] }
        let target = (bytes.count - start) / parts
        var cuts: [(Int, Int)] = [(start, line)]
        var insideQuotes = false
        var line = line
        var nextCut = start + target
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                insideQuotes.toggle()
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                if !insideQuotes && index + 1 >= nextCut && index + 1 < bytes.count && cuts.count < parts {
                    cuts.append((index + 1, line))
                    nextCut = index + 1 + target
                }
            }
        }
        return cuts.indices.map { position in
            let end = position + 1 < cuts.count ? cuts[position + 1].0 : bytes.count
            return (cuts[position].0..<end, cuts[position].1)
        }
    }

    /// One cell as CSV: quoted when it holds a separator, a quote, a line break or edge spaces.
    static func escaped(_ cell: String) -> String {
        let needsQuotes = cell.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
