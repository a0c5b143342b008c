import Foundation
import Testing

@Suite("tally reconcile and check give the same output on any number of cores")
struct ReconcileJobsTests {
    /// About 14,000 claims (1.6 MB of CSV, so the file is read in pieces): incidents of four
    /// parties told by up to three sources, some revised, restated or broken down, and rising
    /// running totals of every source; deterministic.
    static let claims: String = {
        let parties = ["Arland", "Borduria", "Carpania", "Dravonia"]
        let sources = ["Health Ministry", "Defence Ministry", "Monitor group", "Red Cross"]
        let header = "id,doc,report_date,event_start,event_end,category,value,low,high,victim,party,role,scope,period,region,source,part_of,same_as,url,quote"
        var rows = [header]
        var totals: [String: Int] = [:]
        var next = 0
        func add(_ cells: [String]) -> String {
            next += 1
            rows.append((["c\(next)"] + cells).joined(separator: ","))
            return "c\(next)"
        }
        for story in 0..<4_000 {
            let day = String(format: "2022-%02d-%02d", story / 360 % 12 + 1, story / 12 % 28 + 1)
            let party = parties[story % parties.count]
            let category = story % 5 == 0 ? "wounded" : "killed"
            let value = story % 23 + 1
            let region = "District \(story % 40)"
            var first: String?
            for (offset, source) in sources.enumerated() where (story + offset) % 3 != 2 {
                let figure = value + (story + offset) % 4
                let id = add(["d\(story)-\(offset)", day, day, day, category, "\(figure)", "", "", "people", party, "civilian",
                              "incident", "", region, source, "", "", "", "\"\(figure) people were \(category) in \(region)\""])
                first = first ?? id
                if story % 5 == offset {
                    _ = add(["r\(story)-\(offset)", day, day, day, category, "\(figure)", "", "", "people", party, "civilian",
                             "incident", "", region, "Wire A", "", id, "", "\(figure) people were \(category) a wire said"])
                }
            }
            if story % 9 == 0, let first {
                _ = add(["d\(story)-0", day, day, day, category, "\(max(1, value / 2))", "", "", "children", party, "civilian",
                         "incident", "", region, sources[0], first, "", "", "including children"])
            }
            let source = sources[story % sources.count]
            let key = "\(party)|\(category)|\(source)"
            totals[key, default: 0] += value + story % 3 - (story % 97 == 0 ? 40 : 0)
            _ = add(["t\(story)", day, "2022-01-01", day, category, "\(max(0, totals[key]!))", "", "", "people", party, "civilian",
                     "cumulative", "since January", "", source, "", "", "", "the toll rose"])
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    @Test func oneThreadAndEveryCoreWriteTheSameBytes() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.claims, to: "claims.csv")
        for command in [["reconcile", "claims.csv", "--format", "json"], ["check", "claims.csv", "--format", "json", "--fail-on", "never"]] {
            let single = try TallyBinary.run(command + ["--jobs", "1"], in: scratch.url)
            let parallel = try TallyBinary.run(command + ["--jobs", "3"], in: scratch.url)
            let byDefault = try TallyBinary.run(command, in: scratch.url)
            #expect(single.status == 0 && parallel.status == 0 && byDefault.status == 0)
            #expect(parallel.standardOutput == single.standardOutput)
            #expect(byDefault.standardOutput == single.standardOutput)
        }
        // The dataset exercises every part of reconciliation: many incidents and findings of many rules.
        let json = try TallyBinary.run(["reconcile", "claims.csv", "--format", "json"], in: scratch.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["claims"]! >= 12_000)
        #expect(counts["incidents"]! >= 3_000)
        let rules = Set((object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect((object["findings"] as? [Any])?.count ?? 0 > 4_096)
        for rule in ["restatement.merged", "sources.disagree", "total.contains", "cumulative.monotone"] { #expect(rules.contains(rule)) }
        #expect(try TallyBinary.run(["check", "claims.csv", "--jobs", "0"], in: scratch.url).status == 2)
        // Text is for people: the 1,000 most severe findings, the rest counted; JSON lists every one.
        let text = try TallyBinary.run(["check", "claims.csv", "--fail-on", "never"], in: scratch.url).standardOutput
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("claims.csv:") }.count == 1_000)
        #expect(lines.contains { $0.hasPrefix("… ") && $0.contains("more findings not listed") })
        let everything = try TallyBinary.run(["check", "claims.csv", "--fail-on", "never", "--max-findings", "100000"], in: scratch.url)
        #expect(everything.standardOutput.split(separator: "\n").filter { $0.hasPrefix("claims.csv:") }.count > 4_096)
    }
}
