import ClaimModel
import Foundation

/// Where `tally extract` writes claims as it goes: standard output, or a file replaced atomically
/// (a temporary file beside it, renamed over it when every input has been read).
struct ExtractOutput {
    enum Format: String { case jsonl, csv }

    let format: Format
    let destination: String?
    private let fd: Int32
    private let file: AtomicFile.Pending?
    private var pending: [UInt8] = []
    private var wroteHeader = false

    init(format: Format, destination: String?) throws {
        self.format = format
        self.destination = destination
        if let destination {
            let file = try AtomicFile.pending(for: destination)
            self.fd = file.descriptor
            self.file = file
        } else {
            self.fd = 1
            self.file = nil
        }
        pending.reserveCapacity(1 << 16)
    }

    mutating func write(_ claims: [Claim]) throws {
        switch format {
        case .jsonl:
            for claim in claims { appendJSONLine(claim) }
        case .csv:
            var text = ClaimCSV.text(of: claims)
            if wroteHeader, let newline = text.firstIndex(of: "\n") { text = String(text[text.index(after: newline)...]) }
            wroteHeader = true
            pending.append(contentsOf: text.utf8)
        }
        if pending.count >= 1 << 16 { try flush() }
    }

    /// The fields in output order (`allCases` would build a new array on every call).
    private static let fields = ClaimField.allCases
    /// `"key":` for each field, the first without a comma, back to back; field `n` is `keyBytes[keyStarts[n]..<keyStarts[n + 1]]`.
    private static let keyBytes: [UInt8] = fields.enumerated().flatMap { position, field in
        Array(((position > 0 ? "," : "") + "\"\(field.rawValue)\":").utf8)
    }
    private static let keyStarts: [Int] = fields.enumerated().reduce(into: [0]) { starts, item in
        starts.append(starts.last! + item.element.rawValue.utf8.count + (item.offset > 0 ? 4 : 3))
    }

    /// The same line as `ClaimJSONLines.line(for:)`, written field by field straight into the buffer
    /// (no intermediate strings: this runs once per claim).
    private mutating func appendJSONLine(_ claim: Claim) {
        pending.append(UInt8(ascii: "{"))
        for (position, field) in Self.fields.enumerated() {
            Self.keyBytes.withUnsafeBufferPointer { keys in
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: keys[Self.keyStarts[position]..<Self.keyStarts[position + 1]]))
            }
            switch field {
            case .id: appendString(claim.id)
            case .doc: appendString(claim.document)
            case .reportDate: appendDate(claim.reportDate)
            case .eventStart: appendDate(claim.eventStart)
            case .eventEnd: appendDate(claim.eventEnd)
            case .category: appendString(claim.category.rawValue)
            case .value: appendInteger(claim.value)
            case .low: appendInteger(claim.low)
            case .high: appendInteger(claim.high)
            case .victim: appendString(claim.victim)
            case .party: appendString(claim.party)
            case .role: appendString(claim.role?.rawValue)
            case .scope: appendString(claim.scope.rawValue)
            case .period: appendString(claim.period)
            case .region: appendString(claim.region)
            case .source: appendString(claim.source)
            case .partOf: appendString(claim.partOf)
            case .sameAs: appendString(claim.sameAs)
            case .url: appendString(claim.url)
            case .quote: appendString(claim.quote)
            case .start: appendInteger(claim.start)
            case .end: appendInteger(claim.end)
            }
        }
        pending.append(contentsOf: "}\n".utf8)
    }

    private mutating func appendNull() { pending.append(contentsOf: [110, 117, 108, 108]) }

    private mutating func appendInteger(_ value: Int?) {
        guard let value else { return appendNull() }
        if value < 0 { pending.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
                magnitude /= 10
                count += 1
            } while magnitude > 0
            pending.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func appendDate(_ date: CalendarDate?) {
        guard let date else { return appendNull() }
        pending.append(UInt8(ascii: "\""))
        if (0...9999).contains(date.year) {
            let y = date.year
            appendDigits(y / 100)
            appendDigits(y % 100)
            if let month = date.month {
                pending.append(UInt8(ascii: "-"))
                appendDigits(month)
                if let day = date.day {
                    pending.append(UInt8(ascii: "-"))
                    appendDigits(day)
                }
            }
        } else {
            pending.append(contentsOf: date.description.utf8)
        }
        pending.append(UInt8(ascii: "\""))
    }

    /// Two digits of `n` (0...99).
    private mutating func appendDigits(_ n: Int) {
        pending.append(UInt8(truncatingIfNeeded: 48 + n / 10))
        pending.append(UInt8(truncatingIfNeeded: 48 + n % 10))
    }

    private mutating func appendString(_ value: String?) {
        guard var value else { return appendNull() }
        pending.append(UInt8(ascii: "\""))
        let plain = value.withUTF8 { bytes in
            for b in bytes where b < 0x20 || b == 34 || b == 92 || b == 0xE2 { return false }  // 0xE2 leads U+2028, U+2029
            pending.append(contentsOf: bytes)
            return true
        }
        if !plain { pending.append(contentsOf: JSONString.quoted(value).utf8.dropFirst().dropLast()) }
        pending.append(UInt8(ascii: "\""))
    }

    mutating func flush() throws {
        var offset = 0
        while offset < pending.count {
            let n = pending.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, pending.count - offset) }
            if n <= 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: destination ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file, makes it durable and renames it into place.
    mutating func finish() throws {
        if format == .csv && !wroteHeader { try write([]) }
        try flush()
        guard let file else { return }
        try AtomicFile.commit(file)
    }

    /// Removes the temporary file after a failure, leaving any previous output intact.
    func abandon() {
        if let file { AtomicFile.abandon(file) }
    }
}
