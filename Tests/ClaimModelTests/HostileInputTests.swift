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
