import Foundation
import Testing

/// Issue 8: a run killed while it writes its output leaves the previous file exactly as it was,
/// and no temporary file behind (on Linux the file being written has no name until it is complete).
@Suite("Interrupted runs: SIGKILL mid-write leaves the previous output intact")
struct InterruptedWriteTests {
    /// A dataset whose reconciliation JSON takes a while to stream out.
    static func largeClaims(count: Int) -> String {
        var text = "id,doc,report_date,event_start,event_end,category,value,party,scope,source,quote\n"
        for index in 0..<count {
            let day = 1 + index % 28
            text += "c\(index),doc\(index % 500),2020-02-\(day < 10 ? "0" : "")\(day),2020-02-\(day < 10 ? "0" : "")\(day),"
            text += "2020-02-\(day < 10 ? "0" : "")\(day),killed,\(1 + index % 50),P\(index % 40),incident,S\(index % 7),"
            text += "\"\(index) people killed in region \(index % 300)\"\n"
        }
        return text
    }

    static func largeDocuments(count: Int) -> String {
        (0..<count).map { index in
            #"{"id":"d\#(index)","published":"2020-03-04","text":"Officials said \#(index % 90 + 2) soldiers were killed and \#(index % 7 + 1) wounded on Wednesday near the border, after dozens of people were injured in a blast. The ministry said the toll may rise."}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [
        (["reconcile", "claims.csv", "--format", "json", "-o", "out.json"], "claims.csv"),
        (["extract", "docs.jsonl", "-o", "out.json"], "docs.jsonl"),
    ])
    func aKilledRunLeavesThePreviousFileAndNoTemporaryFile(arguments: [String], input: String) throws {
        let scratch = try ScratchFolder()
        try scratch.write(input == "claims.csv" ? Self.largeClaims(count: 40_000) : Self.largeDocuments(count: 60_000), to: input)
        let previous = "the previous output, which must survive\n"
        try scratch.write(previous, to: "out.json")

        let process = Process()
        process.executableURL = TallyBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let sawPartialOutput = Self.waitForPartialOutput(of: process.processIdentifier, in: scratch.url, timeout: 120)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        #expect(sawPartialOutput, "the run ended before it was seen writing; nothing was interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try scratch.read("out.json") == previous)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(left == [input, "out.json"].sorted(), "a killed run left files behind")
    }

    /// Waits until the process holds an output file in `folder` (named or not) with some bytes in it.
    static func waitForPartialOutput(of pid: Int32, in folder: URL, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let descriptors = "/proc/\(pid)/fd"
        let folderPath = folder.resolvingSymlinksInPath().path
        while Date() < deadline {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? [] {
                let link = "\(descriptors)/\(name)"
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
                      target.hasPrefix(folderPath + "/"), target.contains("#") || target.contains(".tmp-") else { continue }
                var info = stat()
                if stat(link, &info) == 0, info.st_size > 4096 { return true }
            }
            usleep(2_000)
        }
        return false
    }
}
