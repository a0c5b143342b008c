import ClaimModel

/// Writes claims as the bytes `tally extract` prints: JSON Lines (the same line as
/// `ClaimJSONLines.line(for:)`, built field by field without intermediate strings) or CSV rows.
///
/// Runs in the extraction workers, so the main thread only writes finished bytes.
struct ExtractEncoding: Sendable {
    enum Format: String, Sendable { case jsonl, csv }

    let format: Format
    /// `"key":` for each field in output order, the first without a comma, back to back.
    private let keys: Keys

    /// The keys' bytes, kept for the life of the encoder.
    private final class Keys: @unchecked Sendable {
        let bytes: UnsafeMutablePointer<UInt8>
        /// Field `n`'s key is `bytes[starts[n]..<starts[n + 1]]`.
        let starts: [Int]

        init(_ keys: [[UInt8]]) {
            let all = keys.flatMap { $0 }
            bytes = .allocate(capacity: all.count)
            bytes.initialize(from: all, count: all.count)
            starts = keys.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        }

        deinit { bytes.deallocate() }
    }

    init(format: Format) {
        self.format = format
        precondition(ClaimField.allCases == Self.fieldOrder, "the claim fields changed: update ExtractEncoding.appendJSONLine")
        keys = Keys(ClaimField.allCases.enumerated().map { position, field in
            Array(((position > 0 ? "," : "") + "\"\(field.rawValue)\":").utf8)
        })
    }

    /// What starts the output: the CSV header row, nothing for JSON Lines.
    var header: [UInt8] {
        format == .csv ? Array(ClaimCSV.text(of: []).utf8) : []
    }

    /// Appends the claims of one document.
    func append(_ claims: [Claim], to out: ExtractBytes) {
        switch format {
        case .jsonl:
            for claim in claims { appendJSONLine(claim, to: out) }
        case .csv:
            guard !claims.isEmpty else { return }
            let text = ClaimCSV.text(of: claims)
            let rows = text.utf8.firstIndex(of: 10).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            out.append(String(text[rows...]))
        }
    }

    /// Appends one claim as a JSON line.
    func append(_ claim: Claim, to out: ExtractBytes) { appendJSONLine(claim, to: out) }

    private func appendJSONLine(_ claim: Claim, to out: ExtractBytes) {
        // Room for every key and every number, date and null; strings make their own room.
        out.reserve(keys.starts[22] + 22 * 24 + 2)
        out.appendUnchecked(UInt8(ascii: "{"))
        key(0, out); appendString(claim.id, to: out)
        key(1, out); appendString(claim.document, to: out)
        key(2, out); appendDate(claim.reportDate, to: out)
        key(3, out); appendDate(claim.eventStart, to: out)
        key(4, out); appendDate(claim.eventEnd, to: out)
        key(5, out); appendString(claim.category.rawValue, to: out)
        key(6, out); appendInteger(claim.value, to: out)
        key(7, out); appendInteger(claim.low, to: out)
        key(8, out); appendInteger(claim.high, to: out)
        key(9, out); appendString(claim.victim, to: out)
        key(10, out); appendString(claim.party, to: out)
        key(11, out); appendString(claim.role?.rawValue, to: out)
        key(12, out); appendString(claim.scope.rawValue, to: out)
        key(13, out); appendString(claim.period, to: out)
        key(14, out); appendString(claim.region, to: out)
        key(15, out); appendString(claim.source, to: out)
        key(16, out); appendString(claim.partOf, to: out)
        key(17, out); appendString(claim.sameAs, to: out)
        key(18, out); appendString(claim.url, to: out)
        key(19, out); appendString(claim.quote, to: out)
        key(20, out); appendInteger(claim.start, to: out)
        key(21, out); appendInteger(claim.end, to: out)
        out.appendUnchecked(UInt8(ascii: "}"))
        out.appendUnchecked(UInt8(ascii: "\n"))
    }

    /// The order `appendJSONLine` writes: every ``ClaimField`` in its declared order.
    static let fieldOrder: [ClaimField] = [
        .id, .doc, .reportDate, .eventStart, .eventEnd, .category, .value, .low, .high, .victim, .party, .role, .scope,
        .period, .region, .source, .partOf, .sameAs, .url, .quote, .start, .end,
    ]

    @inline(__always) private func key(_ n: Int, _ out: ExtractBytes) {
        let start = keys.starts[n]
        out.appendUnchecked(keys.bytes + start, count: keys.starts[n + 1] - start)
    }

    private func appendNull(to out: ExtractBytes) {
        out.appendUnchecked(110); out.appendUnchecked(117); out.appendUnchecked(108); out.appendUnchecked(108)
    }

    private func appendInteger(_ value: Int?, to out: ExtractBytes) {
        guard let value else { return appendNull(to: out) }
        if value < 0 { out.appendUnchecked(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for every UInt64
        withUnsafeMutableBytes(of: &digits) { buffer in
            var count = 0
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.appendUnchecked(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - count), count: count)
        }
    }

    private func appendDate(_ date: CalendarDate?, to out: ExtractBytes) {
        guard let date else { return appendNull(to: out) }
        guard (0...9999).contains(date.year) else {
            out.append("\"" + date.description + "\"")
            return
        }
        out.appendUnchecked(UInt8(ascii: "\""))
        let y = date.year
        appendDigits(y / 100, to: out)
        appendDigits(y % 100, to: out)
        if let month = date.month {
            out.appendUnchecked(UInt8(ascii: "-"))
            appendDigits(month, to: out)
            if let day = date.day {
                out.appendUnchecked(UInt8(ascii: "-"))
                appendDigits(day, to: out)
            }
        }
        out.appendUnchecked(UInt8(ascii: "\""))
    }

    /// Two digits of `n` (0...99).
    @inline(__always) private func appendDigits(_ n: Int, to out: ExtractBytes) {
        out.appendUnchecked(UInt8(truncatingIfNeeded: 48 + n / 10))
        out.appendUnchecked(UInt8(truncatingIfNeeded: 48 + n % 10))
    }

    /// Whether `bytes` has no control character, quote, backslash or 0xE2 (which leads U+2028 and
    /// U+2029), eight bytes at a time. It may answer no for plain text (the SWAR tests can flag a byte
    /// above a true match): such text then takes the escaping path, which writes the same bytes.
    @inline(__always) static func mayBePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
        var i = 0
        while i + 8 <= bytes.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let control = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080  // a byte below 0x20
            if control | zeroBytes(x ^ 0x2222_2222_2222_2222) | zeroBytes(x ^ 0x5C5C_5C5C_5C5C_5C5C) | zeroBytes(x ^ 0xE2E2_E2E2_E2E2_E2E2) != 0 {
                return false
            }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 34 || b == 92 || b == 0xE2 { return false }
            i += 1
        }
        return true
    }

    private func appendString(_ value: String?, to out: ExtractBytes) {
        guard var value else { return appendNull(to: out) }
        let plain = value.withUTF8 { bytes -> Bool in
            guard Self.mayBePlain(bytes) else { return false }
            out.reserve(bytes.count + 2)
            out.appendUnchecked(UInt8(ascii: "\""))
            if let source = bytes.baseAddress { out.appendUnchecked(source, count: bytes.count) }
            out.appendUnchecked(UInt8(ascii: "\""))
            return true
        }
        if !plain { out.append(JSONString.quoted(value)) }
        // The fixed part of the line was reserved up front: keep that room after a long string.
        out.reserve(keys.starts[22] + 22 * 24 + 2)
    }
}
