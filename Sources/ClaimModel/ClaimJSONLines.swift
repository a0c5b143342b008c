import Foundation

/// Claims as JSON Lines: one JSON object per line, keyed by ``ClaimField`` names (aliases accepted).
public enum ClaimJSONLines {
    /// Reads claims from the bytes of a JSON Lines file named `file` (used in messages only).
    ///
    /// Blank lines are skipped. Values may be strings, numbers or null.
    /// - Throws: ``InputError`` listing every problem found, each with its line and key.
    public static func records(from bytes: [UInt8], file: String) throws(InputError) -> [ClaimRecord] {
        var log = ProblemLog()
        var records: [ClaimRecord] = []
        let decoding = ClaimDecoding(file: file)
        forEachLine(in: bytes) { lineNumber, line in
            let location = InputLocation(file: file, line: lineNumber)
            guard let object = jsonObject(line, at: location, log: &log) else { return }
            var cells = ClaimDecoding.Cells()
            var keys = [String?](repeating: nil, count: ClaimField.allCases.count)
            if let repeated = repeatedKey(in: line, distinctKeys: object.count) {
                // The decoder keeps one of the values silently: which one the user meant is unknown.
                let field = ClaimField(columnName: repeated)
                log.record(InputProblem(location: location, field: field?.rawValue ?? repeated, message: "key given twice; keep one"))
                if let field { cells[field] = ClaimDecoding.Cell(text: nil, line: lineNumber, isRejected: true) }
            }
            for (key, value) in object {
                guard let field = ClaimField(columnName: key) else { continue }
                if let earlier = keys[field.ordinal] {
                    log.record(InputProblem(location: location, field: field.rawValue,
                                            message: "key given twice (as " + [earlier, key].sorted().map { "'\($0)'" }.joined(separator: " and ") + "); keep one"))
                    cells[field] = ClaimDecoding.Cell(text: nil, line: lineNumber, isRejected: true)
                    continue
                }
                keys[field.ordinal] = key
                if cells[field]?.isRejected == true { continue }
                switch value {
                case .null: cells[field] = ClaimDecoding.Cell(text: nil, line: lineNumber)
                case .text(let text): cells[field] = ClaimDecoding.Cell(text: text, line: lineNumber)
                case .other:
                    log.record(InputProblem(location: location, field: key, message: "expected a string, a number or null"))
                    cells[field] = ClaimDecoding.Cell(text: nil, line: lineNumber, isRejected: true)
                }
            }
            if let claim = decoding.claim(from: cells, recordLine: lineNumber, log: &log) {
                records.append(ClaimRecord(claim: claim, origin: location))
            }
        }
        try log.throwIfAny()
        return records
    }

    /// One claim as a single-line JSON object with every ``ClaimField`` key, in format order.
    public static func line(for claim: Claim) -> String {
        var text = "{"
        for (position, field) in ClaimField.allCases.enumerated() {
            if position > 0 { text += "," }
            text += "\"\(field.rawValue)\":"
            if let value = claim.cellText(for: field) {
                text += Claim.isNumeric(field) ? value : JSONString.quoted(value)
            } else {
                text += "null"
            }
        }
        return text + "}"
    }

    /// The claims as a JSON Lines document.
    public static func text(of claims: [Claim]) -> String {
        claims.map { line(for: $0) + "\n" }.joined()
    }

    /// Calls `body` with each non-blank line and its 1-based number.
    static func forEachLine(in bytes: [UInt8], _ body: (Int, ArraySlice<UInt8>) -> Void) {
        var lineNumber = 0
        var begin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while begin < bytes.count {
            lineNumber += 1
            let end = bytes[begin...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[begin..<end]
            if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) { body(lineNumber, line) }
            begin = end + 1
        }
    }

    /// A key the object on `line` gives more than once, when its top level has more keys than the
    /// `distinctKeys` the decoder kept (keys compared as written, escapes and all).
    static func repeatedKey(in line: ArraySlice<UInt8>, distinctKeys: Int) -> String? {
        var depth = 0
        var expectsKey = false
        var keys: [ArraySlice<UInt8>] = []
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") {
                var end = index + 1
                while end < line.endIndex, line[end] != UInt8(ascii: "\"") { end += line[end] == UInt8(ascii: "\\") ? 2 : 1 }
                if depth == 1 && expectsKey { keys.append(line[(index + 1)..<min(end, line.endIndex)]) }
                expectsKey = false
                index = end + 1
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; expectsKey = depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ","): expectsKey = depth == 1
            default: break
            }
            index += 1
        }
        guard keys.count > distinctKeys else { return nil }
        var seen = Set<ArraySlice<UInt8>>()
        for key in keys where !seen.insert(key).inserted { return String(decoding: key, as: UTF8.self) }
        return "(a key written with escapes)"
    }

    /// The line parsed as a JSON object, or `nil` after recording why it is not one.
    static func jsonObject(_ line: ArraySlice<UInt8>, at location: InputLocation, log: inout ProblemLog) -> [String: JSONCell]? {
        guard String(validating: line, as: UTF8.self) != nil else {
            log.record(InputProblem(location: location, message: "invalid UTF-8; save the file as UTF-8"))
            return nil
        }
        do {
            return try JSONDecoder().decode([String: JSONCell].self, from: Data(line))
        } catch {
            let isObject = line.first(where: { $0 != 32 && $0 != 9 }) == UInt8(ascii: "{")
            log.record(InputProblem(location: location, found: String(decoding: line, as: UTF8.self),
                                    message: isObject ? "not valid JSON; each line must be one JSON object"
                                        : "not a JSON object; each line must be one {…} object"))
            return nil
        }
    }
}

/// A JSON value of a claim object, reduced to what a cell can be.
enum JSONCell: Decodable {
    case null
    /// A string, or a number as its digits.
    case text(String)
    /// A boolean, array or object: never a valid claim field.
    case other

    init(from decoder: any Decoder) throws {
        guard let single = try? decoder.singleValueContainer() else { self = .other; return }
        if single.decodeNil() { self = .null; return }
        if (try? single.decode(Bool.self)) != nil { self = .other; return }
        if let integer = try? single.decode(Int.self) { self = .text(String(integer)); return }
        if let number = try? single.decode(Double.self) {
            self = .text(number.rounded() == number && number.isFinite ? String(format: "%.0f", number) : String(number))
            return
        }
        if let text = try? single.decode(String.self) { self = .text(text); return }
        self = .other
    }
}

/// JSON string literals, escaped by hand so output is fast and byte-stable.
public enum JSONString {
    /// Appends `text` as a quoted JSON string literal to UTF-8 output.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let isPlain = text.withUTF8 { isPlainJSON($0) }
        if isPlain {
            bytes.append(UInt8(ascii: "\""))
            text.withUTF8 { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: quoted(text).utf8)
        }
    }

    /// Whether UTF-8 text needs no escaping in JSON: no control character, quote or backslash,
    /// and no U+2028/U+2029 (E2 80 A8/A9), which some JavaScript parsers reject.
    static func isPlainJSON(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                return false
            }
            index += 1
        }
        return true
    }

    /// `text` as a quoted JSON string literal.
    public static func quoted(_ text: String) -> String {
        var copy = text
        if copy.withUTF8({ isPlainJSON($0) }) { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
