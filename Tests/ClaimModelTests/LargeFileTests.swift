import ClaimModel
import Testing

@Suite("Large claim files are read in parallel pieces with the same result")
struct LargeFileTests {
    /// 20,000 claims, every seventh with a quote spanning two physical lines, over a megabyte.
    static func largeCSV(badValueAtRow badRow: Int? = nil) -> (text: String, lines: [Int]) {
        var text = "id,category,value,scope,quote\n"
        var line = 2
        var lines: [Int] = []
        for row in 0..<20_000 {
            lines.append(line)
            let value = row == badRow ? "12x" : String(row % 97)
            if row % 7 == 0 {
                text += "c\(row),killed,\(value),incident,\"\(row % 97) people were killed, the ministry said,\nin a statement\"\n"
                line += 2
            } else {
                text += "c\(row),wounded,\(value),incident,\"\(row % 97) people were wounded in an attack on the market\"\n"
                line += 1
            }
        }
        return (text, lines)
    }

    @Test func everyRecordKeepsItsPhysicalLine() throws {
        let (text, lines) = Self.largeCSV()
        #expect(text.utf8.count > 1 << 20)
        let records = try ClaimCSV.records(from: Array(text.utf8), file: "big.csv")
        #expect(records.count == 20_000)
        #expect(records.map(\.origin.line) == lines)
        #expect(records.map(\.claim.id) == (0..<20_000).map { "c\($0)" })
        #expect(records[7].claim.quote == "7 people were killed, the ministry said,\nin a statement")
    }

    @Test func aProblemLateInTheFileNamesItsLine() throws {
        let (text, lines) = Self.largeCSV(badValueAtRow: 18_500)
        do {
            _ = try ClaimCSV.records(from: Array(text.utf8), file: "big.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.location.line) == [lines[18_500]])
            #expect(error.problems.first?.field == "value")
        }
    }
}
