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
}
