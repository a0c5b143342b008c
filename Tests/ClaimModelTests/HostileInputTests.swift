import ClaimModel
import Testing

/// Regression tests for inputs found by fuzzing and by the bad-input catalogue (issue 8).
@Suite("Claim files: hostile input is rejected precisely, never half-read")
struct HostileInputTests {
    private func problems(_ text: String, as format: ClaimFormat) -> [InputProblem] {
        problems(Array(text.utf8), as: format)
    }

    private func problems(_ bytes: [UInt8], as format: ClaimFormat) -> [InputProblem] {
        do {
            _ = try ClaimFileReading.records(from: bytes, format: format, file: "claims.\(format.rawValue)")
            return []
        } catch {
            return error.problems
        }
    }

    /// Two figures of 9223372036854775807 once overflowed the reconciliation's sums (a trap).
    @Test(arguments: ClaimFormat.allCases)
    func figuresAboveTenBillionAreRejected(format: ClaimFormat) {
        let lines: [String] = switch format {
        case .csv: ["id,category,value,scope", "a,killed,10000000000,incident", "b,killed,10000000001,incident",
                    "c,killed,9223372036854775807,incident"]
        case .jsonl: [#"{"id":"a","category":"killed","value":10000000000,"scope":"incident"}"#,
                      #"{"id":"b","category":"killed","value":10000000001,"scope":"incident"}"#,
                      #"{"id":"c","category":"killed","value":9223372036854775807,"scope":"incident"}"#]
        }
        let found = problems(lines.joined(separator: "\n") + "\n", as: format)
        let first = format == .csv ? 3 : 2
        #expect(found.map(\.location.line) == [first, first + 1])
        #expect(found.allSatisfy { $0.field == "value" && $0.message == "too large: at most 10000000000" })
    }
}

extension HostileInputTests {
    /// A NUL byte inside a quoted cell was read into the claim's quote.
    @Test func aNULByteInACSVFileIsRejectedWithItsLine() {
        let bytes = Array("id,category,value,scope,quote\na,killed,3,incident,ok\nb,killed,3,incident,\"x".utf8) + [0] + Array("y\"\n".utf8)
        let found = problems(bytes, as: .csv)
        #expect(found.map(\.description) == ["claims.csv:3: NUL byte (binary data); a claim file is UTF-8 text"])
    }

    /// JSON objects with a key twice were read with one of the values, chosen silently (and, for a
    /// key and its alias, differently from run to run).
    @Test func aKeyGivenTwiceInAJSONLineIsRejected() {
        let text = """
            {"id":"a","category":"killed","value":1,"scope":"incident","value":2}
            {"id":"b","report_id":"c","category":"killed","value":1,"scope":"incident"}
            {"id":"d","category":"killed","value":1,"scope":"incident","party":"X","extra":{"party":"Y","party":"Z"}}

            """
        let found = problems(text, as: .jsonl)
        #expect(found.map(\.description) == [
            "claims.jsonl:1: field 'value': key given twice; keep one",
            "claims.jsonl:2: field 'id': key given twice (as 'id' and 'report_id'); keep one",
        ])
    }

    @Test(arguments: ["id,category,value,scope,quote\r\na,killed,3,incident,\"two\r\nlines\"\r\n",
                      "\u{FEFF}id,category,value,scope,quote\na,killed,3,incident,\"two\r\nlines\"\n"])
    func aByteOrderMarkAndCRLFReadExactly(text: String) throws {
        let claims = try ClaimCSV.records(from: Array(text.utf8), file: "c.csv").map(\.claim)
        #expect(claims.map(\.id) == ["a"])
        #expect(claims.map(\.quote) == ["two\r\nlines"])
    }

    @Test func aOneMegabyteQuoteReadsWhole() throws {
        let quote = String(repeating: "x", count: 1 << 20)
        let csv = try ClaimCSV.records(from: Array("id,category,value,scope,quote\na,killed,3,incident,\"\(quote)\"\n".utf8), file: "c.csv")
        let jsonl = try ClaimJSONLines.records(
            from: Array(#"{"id":"a","category":"killed","value":3,"scope":"incident","quote":"\#(quote)"}"#.utf8), file: "c.jsonl")
        #expect(csv.map(\.claim.quote) == [quote])
        #expect(jsonl.map(\.claim.quote) == [quote])
    }
}
