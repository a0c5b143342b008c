import ClaimModel

/// Writes claims as the bytes `tally extract` prints: JSON Lines (the same line as
/// `ClaimJSONLines.line(for:)`, built field by field without intermediate strings) or CSV rows.
///
/// Runs in the extraction workers, so the main thread only writes finished bytes.
struct ExtractEncoding: Sendable {
    enum Format: String, Sendable { case jsonl, csv }

    let format: Format
    /// `"key":` for each field in output order, the first without a comma.
    private let keys: [[UInt8]]

    init(format: Format) {
        self.format = format
        precondition(ClaimField.allCases == Self.fieldOrder, "the claim fields changed: update ExtractEncoding.appendJSONLine")
        keys = ClaimField.allCases.enumerated().map { position, field in
            Array(((position > 0 ? "," : "") + "\"\(field.rawValue)\":").utf8)
        }
    }

    /// What starts the output: the CSV header row, nothing for JSON Lines.
    var header: [UInt8] {
        format == .csv ? Array(ClaimCSV.text(of: []).utf8) : []
    }

    /// Appends the claims of one document.
    func append(_ claims: [Claim], to out: inout [UInt8]) {
        switch format {
        case .jsonl:
            for claim in claims { appendJSONLine(claim, to: &out) }
        case .csv:
            guard !claims.isEmpty else { return }
            let text = ClaimCSV.text(of: claims)
            let rows = text.utf8.firstIndex(of: 10).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            out.append(contentsOf: text.utf8[rows...])
        }
    }

    private func appendJSONLine(_ claim: Claim, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.append(contentsOf: keys[0]); appendString(claim.id, to: &out)
        out.append(contentsOf: keys[1]); appendString(claim.document, to: &out)
        out.append(contentsOf: keys[2]); appendDate(claim.reportDate, to: &out)
        out.append(contentsOf: keys[3]); appendDate(claim.eventStart, to: &out)
        out.append(contentsOf: keys[4]); appendDate(claim.eventEnd, to: &out)
        out.append(contentsOf: keys[5]); appendString(claim.category.rawValue, to: &out)
        out.append(contentsOf: keys[6]); appendInteger(claim.value, to: &out)
        out.append(contentsOf: keys[7]); appendInteger(claim.low, to: &out)
        out.append(contentsOf: keys[8]); appendInteger(claim.high, to: &out)
        out.append(contentsOf: keys[9]); appendString(claim.victim, to: &out)
        out.append(contentsOf: keys[10]); appendString(claim.party, to: &out)
        out.append(contentsOf: keys[11]); appendString(claim.role?.rawValue, to: &out)
        out.append(contentsOf: keys[12]); appendString(claim.scope.rawValue, to: &out)
        out.append(contentsOf: keys[13]); appendString(claim.period, to: &out)
        out.append(contentsOf: keys[14]); appendString(claim.region, to: &out)
        out.append(contentsOf: keys[15]); appendString(claim.source, to: &out)
        out.append(contentsOf: keys[16]); appendString(claim.partOf, to: &out)
        out.append(contentsOf: keys[17]); appendString(claim.sameAs, to: &out)
        out.append(contentsOf: keys[18]); appendString(claim.url, to: &out)
        out.append(contentsOf: keys[19]); appendString(claim.quote, to: &out)
        out.append(contentsOf: keys[20]); appendInteger(claim.start, to: &out)
        out.append(contentsOf: keys[21]); appendInteger(claim.end, to: &out)
        out.append(UInt8(ascii: "}"))
        out.append(UInt8(ascii: "\n"))
    }

    /// The order `appendJSONLine` writes: every ``ClaimField`` in its declared order.
    static let fieldOrder: [ClaimField] = [
        .id, .doc, .reportDate, .eventStart, .eventEnd, .category, .value, .low, .high, .victim, .party, .role, .scope,
        .period, .region, .source, .partOf, .sameAs, .url, .quote, .start, .end,
    ]

    private func appendNull(to out: inout [UInt8]) { out.append(contentsOf: [110, 117, 108, 108]) }

    private func appendInteger(_ value: Int?, to out: inout [UInt8]) {
        guard let value else { return appendNull(to: &out) }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for every UInt64
        withUnsafeMutableBytes(of: &digits) { buffer in
            var count = 0
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    private func appendDate(_ date: CalendarDate?, to out: inout [UInt8]) {
        guard let date else { return appendNull(to: &out) }
        out.append(UInt8(ascii: "\""))
        if (0...9999).contains(date.year) {
            let y = date.year
            appendDigits(y / 100, to: &out)
            appendDigits(y % 100, to: &out)
            if let month = date.month {
                out.append(UInt8(ascii: "-"))
                appendDigits(month, to: &out)
                if let day = date.day {
                    out.append(UInt8(ascii: "-"))
                    appendDigits(day, to: &out)
                }
            }
        } else {
            out.append(contentsOf: date.description.utf8)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Two digits of `n` (0...99).
    private func appendDigits(_ n: Int, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: 48 + n / 10))
        out.append(UInt8(truncatingIfNeeded: 48 + n % 10))
    }

    private func appendString(_ value: String?, to out: inout [UInt8]) {
        guard var value else { return appendNull(to: &out) }
        out.append(UInt8(ascii: "\""))
        let plain = value.withUTF8 { bytes in
            for b in bytes where b < 0x20 || b == 34 || b == 92 || b == 0xE2 { return false }  // 0xE2 leads U+2028, U+2029
            out.append(contentsOf: bytes)
            return true
        }
        if !plain { out.append(contentsOf: JSONString.quoted(value).utf8.dropFirst().dropLast()) }
        out.append(UInt8(ascii: "\""))
    }
}
