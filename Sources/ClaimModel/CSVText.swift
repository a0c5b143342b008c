import Foundation

/// RFC 4180 comma-separated values, read with the physical line of every record.
///
/// Hand-written rather than taken from a CSV package because a claim file's errors must name
/// the physical line (a quoted cell may span lines) and an unterminated quote must be reported
/// where it opened; the CSV packages available report neither.
enum CSVText {
    /// One record: its cells and the physical line each cell starts on.
    struct Record {
        var line: Int
        var cells: [String]
        var cellLines: [Int]
    }

    /// Splits UTF-8 bytes into records. Accepts a byte-order mark, LF or CRLF line ends and
    /// skips blank lines; reports stray or unterminated quotes and invalid UTF-8.
    ///
    /// `range` (all of `bytes` by default) must start at the beginning of a record; `firstLine` is
    /// the physical line it starts on.
    static func records(in bytes: [UInt8], range: Range<Int>? = nil, firstLine: Int = 1, file: String,
                        log: inout ProblemLog) -> [Record] {
        var records: [Record] = []
        let range = range ?? 0..<bytes.count
        var index = range.lowerBound == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : range.lowerBound
        var line = firstLine
        var cells: [String] = []
        var cellLines: [Int] = []
        var recordLine = firstLine
        let count = range.upperBound
        // A NUL byte means binary or corrupt data, never text a person typed: name its line (one fast scan).
        bytes.withUnsafeBufferPointer { buffer in
            guard index < count, let base = buffer.baseAddress, let hit = memchr(base + index, 0, count - index) else { return }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let nulLine = firstLine + buffer[range.lowerBound..<offset].count { $0 == UInt8(ascii: "\n") }
            log.record(InputProblem(location: InputLocation(file: file, line: nulLine),
                                    message: "NUL byte (binary data); a claim file is UTF-8 text"))
        }

        func cellText(_ slice: ArraySlice<UInt8>, line: Int) -> String {
            if let text = String(validating: slice, as: UTF8.self) { return text }
            log.record(InputProblem(location: InputLocation(file: file, line: line),
                                    message: "invalid UTF-8; save the file as UTF-8"))
            return String(decoding: slice, as: UTF8.self)
        }

        while index < count {
            // Start of a record: skip blank lines.
            if cells.isEmpty {
                if bytes[index] == UInt8(ascii: "\n") { line += 1; index += 1; continue }
                if bytes[index] == UInt8(ascii: "\r"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") {
                    line += 1; index += 2; continue
                }
                recordLine = line
            }
            let cellLine = line
            var text: String
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var buffer: [UInt8] = []
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
                            buffer.append(byte); index += 2; continue
                        }
                        index += 1; closed = true; break
                    }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    buffer.append(byte)
                    index += 1
                }
                if !closed {
                    log.record(InputProblem(location: InputLocation(file: file, line: cellLine),
                                            message: "quoted cell opened here is never closed; add the closing \""))
                }
                text = cellText(buffer[...], line: cellLine)
                // Anything between the closing quote and the next separator is an error.
                let after = index
                while index < count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "\n"),
                      !(bytes[index] == UInt8(ascii: "\r") && index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n")) {
                    index += 1
                }
                if index > after {
                    log.record(InputProblem(location: InputLocation(file: file, line: line),
                                            found: cellText(bytes[after..<index], line: line),
                                            message: "text after a closing quote; quote the whole cell and double any \" inside it"))
                }
            } else {
                let begin = index
                while index < count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "\n") { index += 1 }
                var end = index
                if end > begin, bytes[end - 1] == UInt8(ascii: "\r"), index == count || bytes[index] == UInt8(ascii: "\n") {
                    end -= 1
                }
                let slice = bytes[begin..<end]
                text = cellText(slice, line: cellLine)
                if slice.contains(UInt8(ascii: "\"")) {
                    log.record(InputProblem(location: InputLocation(file: file, line: cellLine), found: text,
                                            message: "a \" inside an unquoted cell; quote the cell and double the \""))
                }
            }
            cells.append(text)
            cellLines.append(cellLine)
            // Separator or end of record.
            if index < count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                if index == count { cells.append(""); cellLines.append(line) }
                continue
            }
            if index < count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
            if index < count, bytes[index] == UInt8(ascii: "\n") { index += 1; line += 1 }
            records.append(Record(line: recordLine, cells: cells, cellLines: cellLines))
            cells = []
            cellLines = []
        }
        if !cells.isEmpty { records.append(Record(line: recordLine, cells: cells, cellLines: cellLines)) }
        return records
    }

    /// Where to cut `bytes` into about `parts` pieces that each start a record: after a line break
    /// outside quotes. Returns the pieces with the physical line each starts on.
    static func chunks(of bytes: [UInt8], parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        guard parts > 1, bytes.count > 1 << 20 else { return [(0..<bytes.count, 1)] }
        let target = bytes.count / parts
        var cuts: [(Int, Int)] = [(0, 1)]
        var insideQuotes = false
        var line = 1
        var nextCut = target
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") {
                    insideQuotes.toggle()
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                    if !insideQuotes && index + 1 >= nextCut && index + 1 < buffer.count && cuts.count < parts {
                        cuts.append((index + 1, line))
                        nextCut = index + 1 + target
                    }
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
