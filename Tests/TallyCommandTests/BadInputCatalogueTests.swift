import Foundation
import Testing

/// The bad-input catalogue of issue 8: each case is a file (or folder) a user might really feed
/// `tally`, the exit code it must give (2 unusable input, 1 readable but inconsistent, 0 accepted),
/// the text that must locate the problem (file, line, field), and the guarantee that a failed run
/// neither creates an output file nor touches an existing one (nor leaves a temporary file behind).
@Suite("Bad-input catalogue: exit code, located message, output untouched")
struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Files to create, by path relative to the scratch folder.
        var files: [String: [UInt8]]
        /// The command; `reconcile` cases get `--format json -o previous.json` appended.
        var arguments: [String]
        var status: Int32
        /// Text that must appear: on standard error for status 2, on standard output for status 1,
        /// in the written output for status 0.
        var messages: [String]
        var testDescription: String { name }
    }

    static let header = "id,category,value,scope"
    static let full = "id,doc,report_date,event_start,event_end,category,value,low,high,party,role,scope,part_of,same_as,quote"

    static func csv(_ lines: String...) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }
    static func reconcile(_ name: String, _ file: String, _ bytes: [UInt8], _ status: Int32, _ messages: String...) -> Case {
        Case(name: name, files: [file: bytes], arguments: ["reconcile", file], status: status, messages: messages)
    }
    static func claim(_ value: String, key: String = "value") -> String {
        #"{"id":"a","category":"killed","scope":"incident","\#(key)":\#(value)}"#
    }
    static let megabyte = String(repeating: "x", count: 1 << 20)
    static let deepArray = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

    // Unusable input: exit 2, nothing written.
    static let unusable: [Case] = [
        reconcile("CSV with invalid UTF-8", "claims.csv", csv(header + ",quote", "a,killed,3,incident,ok") + Array("b,killed,3,incident,caf".utf8) + [0xC3, 0x28, 10],
                  2, "claims.csv:3: invalid UTF-8"),
        reconcile("CSV with a NUL byte in a number", "claims.csv", csv(header, "a,killed,3,incident") + Array("b,killed,5".utf8) + [0] + Array(",incident\n".utf8),
                  2, "claims.csv:3: NUL byte"),
        reconcile("CSV with a NUL byte in a quote", "claims.csv", csv(header + ",quote", "a,killed,3,incident,ok") + Array("b,killed,3,incident,\"x".utf8) + [0] + Array("y\"\n".utf8),
                  2, "claims.csv:3: NUL byte"),
        reconcile("CSV with a 400-digit number", "claims.csv", csv(header, "a,killed,\(String(repeating: "9", count: 400)),incident"),
                  2, "claims.csv:2: field 'value': '99999", "too large"),
        reconcile("CSV with a value beyond 64 bits", "claims.csv", csv(header, "a,killed,18446744073709551616,incident"),
                  2, "claims.csv:2: field 'value': '18446744073709551616': too large"),
        reconcile("CSV with Int.max, whose sums overflowed", "claims.csv", csv(header, "a,killed,9223372036854775807,incident", "b,killed,9223372036854775807,incident"),
                  2, "claims.csv:2: field 'value'", "claims.csv:3: field 'value'", "too large: at most 10000000000"),
        reconcile("CSV with a negative value", "claims.csv", csv(header, "a,killed,-5,incident"), 2, "claims.csv:2: field 'value': '-5': expected a whole number"),
        reconcile("CSV with a negative low bound", "claims.csv", csv(header + ",low", "a,killed,5,incident,-1"), 2, "claims.csv:2: field 'low': '-1'"),
        reconcile("CSV with a non-integer value", "claims.csv", csv(header, "a,killed,2.5,incident"), 2, "claims.csv:2: field 'value': '2.5'"),
        reconcile("CSV with NaN", "claims.csv", csv(header, "a,killed,NaN,incident"), 2, "claims.csv:2: field 'value': 'NaN'"),
        reconcile("CSV with Infinity", "claims.csv", csv(header + ",high", "a,killed,5,incident,Infinity"), 2, "claims.csv:2: field 'high': 'Infinity'"),
        reconcile("CSV without a header row", "claims.csv", csv("a,killed,3,incident", "b,killed,4,incident"), 2, "claims.csv:1: header lacks the required column(s) id, category, value, scope"),
        reconcile("CSV with a column given twice", "claims.csv", csv(header + ",value", "a,killed,3,incident,4"), 2, "claims.csv:1: field 'value': 'value': column given twice"),
        reconcile("CSV with a column and its alias", "claims.csv", csv(header + ",report_id", "a,killed,3,incident,b"), 2, "claims.csv:1: field 'id': 'report_id': column given twice"),
        reconcile("CSV with an unknown category", "claims.csv", csv(header, "a,drowned,3,incident"), 2, "claims.csv:2: field 'category': 'drowned': expected one of"),
        reconcile("CSV with an unknown scope", "claims.csv", csv(header, "a,killed,3,weekly"), 2, "claims.csv:2: field 'scope': 'weekly': expected one of"),
        reconcile("CSV with an unknown role", "claims.csv", csv(header + ",role", "a,killed,3,incident,bystander"), 2, "claims.csv:2: field 'role': 'bystander'"),
        reconcile("CSV with an unterminated quote", "claims.csv", csv(header + ",quote", "a,killed,3,incident,ok", "b,killed,3,incident,\"never closed", "c,killed,3,incident,x"),
                  2, "claims.csv:3: quoted cell opened here is never closed"),
        reconcile("CSV with text after a closing quote", "claims.csv", csv(header + ",quote", "a,killed,3,incident,\"said\" later"), 2, "claims.csv:2: ' later': text after a closing quote"),
        reconcile("CSV with too few cells", "claims.csv", csv(header, "a,killed,3"), 2, "claims.csv:2: 3 cells where the header has 4"),
        reconcile("CSV with too many cells", "claims.csv", csv(header, "a,killed,3,incident,extra,more"), 2, "claims.csv:2: 6 cells where the header has 4"),
        reconcile("CSV missing a required value", "claims.csv", csv(header, "a,killed,,incident"), 2, "claims.csv:2: field 'value': missing"),
        reconcile("CSV missing an id", "claims.csv", csv(header, " ,killed,3,incident"), 2, "claims.csv:2: field 'id': missing"),
        reconcile("CSV with a duplicate id", "claims.csv", csv(header, "a,killed,3,incident", "a,killed,4,incident"),
                  2, "claims.csv:3: field 'id': 'a': id already used at claims.csv:2"),
        Case(name: "A duplicate id across two files of a folder",
             files: ["data/a.csv": csv(header, "x,killed,3,incident"), "data/b.jsonl": Array((claim("1") + "\n").utf8).replacingID("x")],
             arguments: ["reconcile", "data"], status: 2, messages: ["data/b.jsonl:1: field 'id': 'x': id already used at data/a.csv:2"]),
        reconcile("CSV with an impossible date (2020-02-30)", "claims.csv", csv(header + ",event_start", "a,killed,3,incident,2020-02-30"),
                  2, "claims.csv:2: field 'event_start': '2020-02-30': expected a real date"),
        reconcile("CSV with 29 February of a common year", "claims.csv", csv(header + ",report_date", "a,killed,3,incident,2021-02-29"), 2, "claims.csv:2: field 'report_date': '2021-02-29'"),
        reconcile("CSV with month 13", "claims.csv", csv(header + ",event_end", "a,killed,3,incident,2020-13-01"), 2, "claims.csv:2: field 'event_end': '2020-13-01'"),
        reconcile("CSV with year 0", "claims.csv", csv(header + ",event_end", "a,killed,3,incident,0000-01-01"), 2, "claims.csv:2: field 'event_end': '0000-01-01'"),
        reconcile("an empty CSV file", "claims.csv", [], 2, "claims.csv:1: empty file"),
        reconcile("a CSV file of only a byte-order mark", "claims.csv", [0xEF, 0xBB, 0xBF], 2, "claims.csv:1: empty file"),
        reconcile("CSV with a 1 MB line of garbage", "claims.csv", csv(header, "a,killed,3,incident" + megabyte + "\"" + megabyte),
                  2, "claims.csv:2: 'incidentxxxxxxxx", "...': a \" inside an unquoted cell"),
        reconcile("JSON Lines with invalid UTF-8", "claims.jsonl", Array((claim("1") + "\n").utf8) + Array(#"{"id":"b","quote":"caf"#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8),
                  2, "claims.jsonl:2: invalid UTF-8"),
        reconcile("JSON Lines with a raw NUL byte", "claims.jsonl", Array(#"{"id":"a","category":"killed","value":1,"scope":"incident","quote":"x"#.utf8) + [0] + Array("\"}\n".utf8),
                  2, "claims.jsonl:1: field 'quote': expected a string"),
        reconcile("a JSON line that is an array", "claims.jsonl", Array("[1, 2]\n".utf8), 2, "claims.jsonl:1: '[1, 2]': not a JSON object"),
        reconcile("a JSON line that is a string", "claims.jsonl", Array("\"a claim\"\n".utf8), 2, "claims.jsonl:1: '\"a claim\"': not a JSON object"),
        reconcile("a truncated JSON line", "claims.jsonl", Array((claim("1") + "\n" + #"{"id":"b","category":"#).utf8), 2, "claims.jsonl:2: ", "not valid JSON"),
        reconcile("JSON nested 100,000 deep in a value", "claims.jsonl", Array((claim(deepArray, key: "party") + "\n").utf8), 2, "claims.jsonl:1: "),
        reconcile("a JSON line nested 100,000 deep", "claims.jsonl", Array((deepArray + "\n").utf8), 2, "claims.jsonl:1: ", "not a JSON object"),
        reconcile("JSON with a 400-digit number", "claims.jsonl", Array((claim(String(repeating: "9", count: 400)) + "\n").utf8), 2, "claims.jsonl:1: field 'value'"),
        reconcile("JSON with a value beyond 64 bits", "claims.jsonl", Array((claim("18446744073709551616") + "\n").utf8),
                  2, "claims.jsonl:1: field 'value': '18446744073709551616': too large"),
        reconcile("JSON with a negative value", "claims.jsonl", Array((claim("-3") + "\n").utf8), 2, "claims.jsonl:1: field 'value': '-3'"),
        reconcile("JSON with a fraction", "claims.jsonl", Array((claim("2.5") + "\n").utf8), 2, "claims.jsonl:1: field 'value': '2.5'"),
        reconcile("JSON with a NaN literal", "claims.jsonl", Array((claim("NaN") + "\n").utf8), 2, "claims.jsonl:1: ", "not valid JSON"),
        reconcile("JSON with \"Infinity\" as a string", "claims.jsonl", Array((claim("\"Infinity\"") + "\n").utf8), 2, "claims.jsonl:1: field 'value': 'Infinity'"),
        reconcile("JSON with 1e400", "claims.jsonl", Array((claim("1e400") + "\n").utf8), 2, "claims.jsonl:1: field 'value'"),
        reconcile("JSON with a boolean value", "claims.jsonl", Array((claim("true") + "\n").utf8), 2, "claims.jsonl:1: field 'value': expected a string, a number or null"),
        reconcile("JSON with an object as party", "claims.jsonl", Array((#"{"id":"a","category":"killed","value":1,"scope":"incident","party":{"name":"X"}}"# + "\n").utf8),
                  2, "claims.jsonl:1: field 'party': expected a string"),
        reconcile("JSON with a key given twice", "claims.jsonl", Array((#"{"id":"a","category":"killed","value":1,"scope":"incident","value":2}"# + "\n").utf8),
                  2, "claims.jsonl:1: field 'value': key given twice"),
        reconcile("JSON with a key and its alias", "claims.jsonl", Array((#"{"id":"a","report_id":"b","category":"killed","value":1,"scope":"incident"}"# + "\n").utf8),
                  2, "claims.jsonl:1: field 'id': key given twice"),
        reconcile("JSON missing a required key", "claims.jsonl", Array((#"{"id":"a","category":"killed","value":1}"# + "\n").utf8), 2, "claims.jsonl:1: field 'scope': missing"),
        reconcile("a 1 MB JSON line of garbage", "claims.jsonl", Array((megabyte + "\n").utf8), 2, "claims.jsonl:1: 'xxxx", "...': not a JSON object"),
        Case(name: "a folder without claim files", files: ["data/notes.docx": Array("x".utf8)], arguments: ["reconcile", "data"],
             status: 2, messages: ["data: folder holds no claim files"]),
        Case(name: "a folder named like a claim file inside a dataset", files: ["data/a.csv": csv(header, "a,killed,3,incident"), "data/b.csv/x": []],
             arguments: ["reconcile", "data"], status: 2, messages: ["data/b.csv: cannot be read"]),
        Case(name: "a missing file", files: [:], arguments: ["reconcile", "missing.csv"], status: 2, messages: ["missing.csv: no such file or folder"]),
        Case(name: "a file of the wrong kind", files: ["claims.xlsx": Array("a,killed,3".utf8)], arguments: ["reconcile", "claims.xlsx"],
             status: 2, messages: ["claims.xlsx: not a claim file"]),
        Case(name: "a data package pointing outside itself", files: ["data/datapackage.json": Array(#"{"resources":[{"path":"../x.csv"}]}"#.utf8)],
             arguments: ["reconcile", "data"], status: 2, messages: ["data/datapackage.json: field 'resources[0].path': '../x.csv' must be a relative path"]),
        Case(name: "a data package nested 100,000 deep", files: ["data/datapackage.json": Array((#"{"resources":"# + deepArray + "}").utf8)],
             arguments: ["reconcile", "data"], status: 2, messages: ["data/datapackage.json: "]),
        Case(name: "a settings file nested 100,000 deep", files: ["claims.csv": csv(header, "a,killed,3,incident"), "deep.yml": Array(("fail_on: " + deepArray + "\n").utf8)],
             arguments: ["check", "claims.csv", "--config", "deep.yml"], status: 2, messages: ["deep.yml:1: not valid YAML"]),
        Case(name: "a baseline nested 100,000 deep", files: ["claims.csv": csv(header, "a,killed,3,incident"), "baseline.json": Array(deepArray.utf8)],
             arguments: ["check", "claims.csv", "--baseline", "baseline.json"], status: 2, messages: ["baseline.json: not a tally baseline"]),
        Case(name: "extracting from a folder", files: ["pages/a.txt": Array("5 killed".utf8)], arguments: ["extract", "pages"],
             status: 2, messages: ["pages: is a folder"]),
        Case(name: "extracting from a binary file", files: ["page.txt": Array("12 people were killed".utf8) + [0, 1, 2]], arguments: ["extract", "page.txt"],
             status: 2, messages: ["page.txt:1: binary file (NUL bytes)"]),
        Case(name: "extracting from a document line that is not an object", files: ["docs.jsonl": Array(#"{"id":"d","text":"5 killed"}"#.utf8) + Array("\n[1]\n".utf8)],
             arguments: ["extract", "docs.jsonl"], status: 2, messages: ["docs.jsonl:2: not a JSON object"]),
    ]

    // Readable but inconsistent: `tally check` exits 1 and names the file, line and rule.
    static let inconsistent: [Case] = [
        Case(name: "part_of pointing nowhere", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-01,2020-03-01,killed,3,,,X,,incident,zzz,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [links.target] The claim's part_of names zzz"]),
        Case(name: "same_as pointing nowhere", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-01,2020-03-01,killed,3,,,X,,incident,,zzz,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [links.target] The claim's same_as names zzz"]),
        Case(name: "part_of pointing at itself", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-01,2020-03-01,killed,3,,,X,,incident,a,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [links.target] The claim's part_of points at itself"]),
        Case(name: "part_of forming a cycle", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-01,2020-03-01,killed,3,,,X,,incident,b,,q",
                                                                         "b,d,2020-03-04,2020-03-01,2020-03-01,killed,3,,,X,,incident,a,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["[links.cycle]", "a → b → a"]),
        Case(name: "event end before start", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-03,2020-03-01,killed,3,,,X,,incident,,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [date.order] The event ends before it starts."]),
        Case(name: "event after its report", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-09,2020-03-09,killed,3,,,X,,incident,,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [date.order]"]),
        Case(name: "low bound above the value", files: ["claims.csv": csv(full, "a,d,2020-03-04,2020-03-01,2020-03-01,killed,3,5,,X,,incident,,,q")],
             arguments: ["check", "claims.csv"], status: 1, messages: ["claims.csv:2: error: [bounds.order]"]),
    ]

    // Accepted: exit 0, and the claims read exactly.
    static let accepted: [Case] = [
        reconcile("CSV with a byte-order mark", "claims.csv", [0xEF, 0xBB, 0xBF] + csv(header, "bom1,killed,3,incident"), 0, #""claims": ["bom1"]"#),
        reconcile("JSON Lines with a byte-order mark", "claims.jsonl", [0xEF, 0xBB, 0xBF] + Array((claim("3").replacingOccurrences(of: "\"a\"", with: "\"bom2\"") + "\n").utf8),
                  0, #""claims": ["bom2"]"#),
        reconcile("CSV with CRLF line ends", "claims.csv", Array((header + ",quote\r\na,killed,3,incident,\"two\r\nlines\"\r\nb,killed,4,incident,end\r\n").utf8),
                  0, #""claims": ["a"]"#, #""claims": ["b"]"#),
        reconcile("JSON Lines with CRLF line ends", "claims.jsonl", Array((claim("3") + "\r\n\r\n" + claim("4").replacingOccurrences(of: "\"a\"", with: "\"b\"") + "\r\n").utf8),
                  0, #""claims": ["a"]"#, #""claims": ["b"]"#),
        reconcile("CSV with a 1 MB quote", "claims.csv", csv(header + ",quote", "a,killed,3,incident,\"" + megabyte + "\""), 0, #""claims": 1,"#),
        reconcile("an empty JSON Lines file (what extract writes when it finds nothing)", "claims.jsonl", [], 0, #""claims": 0,"#),
        reconcile("a CSV file with only its header", "claims.csv", csv(header), 0, #""claims": 0,"#),
        Case(name: "a document line nested 100,000 deep beside its text", files: ["docs.jsonl": Array((#"{"id":"d","text":"Twelve people were killed.","extra":"# + deepArray + "}\n").utf8)],
             arguments: ["extract", "docs.jsonl"], status: 0, messages: [#""id":"d-1""#, #""value":12"#]),
        Case(name: "a dataset folder holding an HTML page of only scripts", files: ["data/page.html": Array("<script>var s = '12 people were killed';</script><style>b{}</style>".utf8)],
             arguments: ["reconcile", "data"], status: 0, messages: [#""claims": 0,"#]),
        Case(name: "an HTML page of only scripts", files: ["page.html": Array("<html><script>var s = '12 people were killed';</script><script src=x.js></script><style>p{}</style></html>".utf8)],
             arguments: ["extract", "page.html"], status: 0, messages: []),
    ]

    @Test(arguments: unusable + inconsistent + accepted)
    func catalogue(_ item: Case) throws {
        let scratch = try ScratchFolder()
        for (path, bytes) in item.files {
            let url = scratch.url.appendingPathComponent(path)
            if path.hasSuffix("/x") && bytes.isEmpty {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                continue
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let previous = "the previous output\n"
        try scratch.write(previous, to: "previous.json")
        let before = try Self.listing(scratch.url)
        var arguments = item.arguments
        switch arguments[0] {
        case "reconcile": arguments += ["--format", "json", "-o", "previous.json"]
        case "extract": arguments += ["-o", "previous.json"]
        default: break
        }
        let result = try ExitingTally.run(arguments, in: scratch.url)
        #expect(result.exited, "\(item.name): ended by a signal, \(result.standardError.suffix(2000))")
        #expect(result.status == item.status, "\(item.name): \(result.standardError.prefix(2000))")
        switch item.status {
        case 0:
            let written = try scratch.read("previous.json")
            for message in item.messages { #expect(written.contains(message), "\(item.name): \(written.prefix(500))") }
            if arguments[0] == "extract" && item.messages.isEmpty { #expect(written.isEmpty, "\(item.name): \(written.prefix(500))") }
        case 1:
            for message in item.messages { #expect(result.standardOutput.contains(message), "\(item.name): \(result.standardOutput.prefix(2000))") }
        default:
            for message in item.messages { #expect(result.standardError.contains(message), "\(item.name): \(result.standardError.prefix(2000))") }
            #expect(result.standardError.utf8.count < 20_000, "\(item.name): the message should stay short")
        }
        if item.status != 0 {
            #expect(try scratch.read("previous.json") == previous, "\(item.name): the previous output changed")
            #expect(try Self.listing(scratch.url) == before, "\(item.name): files appeared or vanished")
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file"))
    func anUnreadableFileExitsTwo() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(Self.header + "\na,killed,3,incident\n", to: "claims.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try ExitingTally.run(["reconcile", "claims.csv", "-o", "out.json"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("claims.csv: cannot be read"))
        #expect(!scratch.exists("out.json"))
    }

    @Test func aSymbolicLinkLoopExitsTwo() throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("loop.csv").path, withDestinationPath: "loop.csv")
        let result = try ExitingTally.run(["reconcile", "loop.csv", "-o", "out.json"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("loop.csv"))
        #expect(!scratch.exists("out.json"))
    }

    @Test func anOutputThatCannotBeWrittenExitsTwoNotOne() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.header + "\na,killed,3,incident\n", to: "claims.csv")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("folder"), withIntermediateDirectories: true)
        for output in ["missing/out.json", "folder"] {
            let result = try ExitingTally.run(["reconcile", "claims.csv", "--format", "json", "-o", output], in: scratch.url)
            #expect(result.status == 2, "\(output): \(result.standardError)")
            #expect(result.standardError.contains("cannot write \(output)"))
        }
        #expect(try Self.listing(scratch.url) == ["claims.csv", "folder"])
    }

    /// Every path under `folder` with its size, sorted.
    static func listing(_ folder: URL) throws -> [String] {
        let names = FileManager.default.subpaths(atPath: folder.path) ?? []
        return names.sorted()
    }

    static var caseCount: Int { unusable.count + inconsistent.count + accepted.count }
}

extension [UInt8] {
    fileprivate func replacingID(_ id: String) -> [UInt8] {
        Array(String(decoding: self, as: UTF8.self).replacingOccurrences(of: "\"id\":\"a\"", with: "\"id\":\"\(id)\"").utf8)
    }
}

/// Runs the built `tally` and tells whether it exited or was killed by a signal (a trap, an abort).
enum ExitingTally {
    struct Result {
        var exited: Bool
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_ACTIONS"] = nil
        environment["GITHUB_STEP_SUMMARY"] = nil
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.executableURL = TallyBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read standard error on another thread so neither pipe can fill and stall the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errData = Box()
        let group = DispatchGroup()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) { errData.data = errorHandle.readDataToEndOfFile() }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(exited: process.terminationReason == .exit, status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData.data, as: UTF8.self))
    }
}
