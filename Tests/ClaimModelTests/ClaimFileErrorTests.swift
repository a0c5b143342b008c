import ClaimModel
import Testing

@Suite("Claim files: every problem named with file, physical line and field")
struct ClaimFileErrorTests {
    private func problems(csv text: String) -> [InputProblem] {
        problems(reading: text, as: .csv, file: "claims.csv")
    }

    private func problems(jsonl text: String) -> [InputProblem] {
        problems(reading: text, as: .jsonl, file: "claims.jsonl")
    }

    private func problems(reading text: String, as format: ClaimFormat, file: String) -> [InputProblem] {
        do {
            _ = try ClaimFileReading.records(from: Array(text.utf8), format: format, file: file)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func badValueAfterMultiLineQuotedCellNamesThePhysicalLine() {
        let text = """
            id,category,value,scope,quote
            a,killed,2,incident,"Two soldiers
            were killed, the ministry said"
            b,killed,12a,incident,plain
            c,wounded,6,incident,plain

            """
        let found = problems(csv: text)
        #expect(found.count == 1)
        #expect(found.first?.location == InputLocation(file: "claims.csv", line: 4))
        #expect(found.first?.field == "value")
        #expect(found.first?.found == "12a")
        #expect(found.first?.description.hasPrefix("claims.csv:4: field 'value': '12a': expected a whole number") == true)
    }

    @Test func everyProblemOfTheFileIsListed() {
        let text = """
            id,category,value,scope,report_date
            a,slain,2,incident,2020-03-04
            b,killed,-3,incident,2020-02-30
            ,killed,4,weekly,
            """
        let found = problems(csv: text)
        #expect(found.map(\.location.line) == [2, 3, 3, 4, 4])
        #expect(found.map(\.field) == ["category", "value", "report_date", "id", "scope"])
        #expect(found[0].message.contains("killed, wounded, missing, captured, casualties"))
    }

    @Test func unterminatedQuoteIsReportedWhereItOpened() {
        let text = "id,category,value,scope,quote\na,killed,2,incident,ok\nb,killed,3,incident,\"never closed\nc,killed,4,incident,x\n"
        let found = problems(csv: text)
        #expect(found.contains { $0.location.line == 3 && $0.message.contains("never closed") })
    }

    @Test func headerProblems() {
        #expect(problems(csv: "id,category,value\na,killed,1\n").first?.message.contains("scope") == true)
        #expect(problems(csv: "id,category,value,scope,value\na,killed,1,incident,2\n").first?.field == "value")
        #expect(problems(csv: "").first?.message.contains("empty file") == true)
    }

    @Test func wrongCellCountNamesTheRow() {
        let found = problems(csv: "id,category,value,scope\na,killed,1,incident\nb,killed,1,incident,extra\n")
        #expect(found.map(\.location.line) == [3])
        #expect(found.first?.message.contains("5 cells where the header has 4") == true)
    }

    @Test func jsonLinesProblemsNameLineAndKey() {
        let text = """
            {"id":"a","category":"killed","value":2,"scope":"incident"}

            {"id":"b","category":"killed","value":2.5,"scope":"incident"}
            {"id":"c","category":"killed","value":3,"scope":"incident"
            [1,2,3]
            {"id":"d","category":"killed","value":true,"scope":"incident","low":99999999999999999999999}
            """
        let found = problems(jsonl: text)
        #expect(found.map(\.location.line) == [3, 4, 5, 6, 6])
        #expect(found[0].field == "value")
        #expect(found[1].message.contains("not valid JSON"))
        #expect(found[2].message.contains("not a JSON object"))
        #expect(found[3].field == "value" || found[3].field == "low")
    }

    @Test func duplicateIdsAcrossFilesAreNamedWithTheFirstUse() throws {
        let first = try ClaimCSV.records(from: Array("id,category,value,scope\na,killed,1,incident\n".utf8), file: "one.csv")
        let second = try ClaimJSONLines.records(from: Array(#"{"id":"a","category":"killed","value":1,"scope":"incident"}"#.utf8),
                                                file: "two.jsonl")
        #expect(throws: InputError.self) { try ClaimSet.validated(first + second) }
        do {
            _ = try ClaimSet.validated(first + second)
        } catch {
            #expect(error.problems.first?.description == "two.jsonl:1: field 'id': 'a': id already used at one.csv:2; ids must be unique in a dataset")
        }
    }
}
