import Foundation
import Testing

@Suite("tally extract --jobs gives the same output on any number of cores")
struct ExtractJobsTests {
    /// 600 short wire stories in JSON Lines: more than one batch, long and short documents mixed.
    static let corpus: String = {
        let places = ["Idlib", "Kandahar", "Mosul", "Mogadishu", "Aden", "Gao"]
        return (0..<600).map { index -> String in
            let killed = index % 17 + 2
            let wounded = index % 5 + 1
            var text = "\(killed) soldiers were killed and \(wounded) wounded in an attack near \(places[index % places.count]) on Monday, officials said."
            if index % 3 == 0 {
                text += " The ministry said at least \(killed + 40) troops had died since the start of the month, including \(killed) on Monday."
            }
            if index % 7 == 0 { text += String(repeating: " Talks on a ceasefire continued in the capital.", count: 200) }
            return "{\"id\": \"wire-\(index)\", \"published\": \"2020-03-04\", \"text\": \"\(text)\"}"
        }.joined(separator: "\n") + "\n"
    }()

    @Test func oneCoreAndAllCoresWriteTheSameBytes() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.corpus, to: "wire.jsonl")
        let single = try TallyBinary.run(["extract", "wire.jsonl", "--jobs", "1"], in: scratch.url)
        let parallel = try TallyBinary.run(["extract", "wire.jsonl", "--jobs", "4"], in: scratch.url)
        let byDefault = try TallyBinary.run(["extract", "wire.jsonl"], in: scratch.url)
        #expect(single.status == 0 && parallel.status == 0 && byDefault.status == 0)
        #expect(single.standardOutput.split(separator: "\n").count >= 1_400)
        #expect(parallel.standardOutput == single.standardOutput)
        #expect(byDefault.standardOutput == single.standardOutput)
        #expect(try TallyBinary.run(["extract", "wire.jsonl", "--jobs", "0"], in: scratch.url).status == 2)
    }

    /// Two long documents packed with figures, then many short ones without figures: the second long
    /// one's claims outgrow what a worker may hold before its turn (8 MiB of output) while the first is
    /// still being extracted, so that worker waits for the main thread to write the first, even while
    /// the main thread is waiting to complete several pieces at once.
    @Test func aWorkerWaitingForItsTurnDoesNotStallTheRun() throws {
        func line(_ id: String, _ text: String) -> String { "{\"id\": \"\(id)\", \"text\": \"\(text)\"}" }
        let first = (0..<40_000).map { "\($0 % 9 + 2) soldiers were killed in village \($0)." }.joined(separator: " ")
        let second = (0..<35_000).map { "\($0 % 7 + 2) police officers were wounded in town \($0)." }.joined(separator: " ")
        let notes = (0..<12_000).map { line("note-\($0)", String(repeating: "Markets reopened on Monday after the holiday, traders said. ", count: 5)) }
        let scratch = try ScratchFolder()
        try scratch.write(([line("first", first), line("second", second)] + notes).joined(separator: "\n") + "\n", to: "dense.jsonl")
        let parallel = try TallyBinary.run(["extract", "dense.jsonl", "--jobs", "2", "-o", "parallel.jsonl"], in: scratch.url, timeout: 120)
        let single = try TallyBinary.run(["extract", "dense.jsonl", "--jobs", "1", "-o", "single.jsonl"], in: scratch.url, timeout: 120)
        try #require(parallel.status == 0 && single.status == 0, "a run was killed after two minutes or failed: \(parallel.standardError)")
        let written = try scratch.read("parallel.jsonl")
        #expect(written.utf8.count > 25_000_000)
        #expect(written.split(separator: "\n").count == 40_000 + 35_000)
        #expect(written == (try scratch.read("single.jsonl")))
    }
}
