import Foundation
import Testing

@Suite("tally stats, run as a user runs it")
struct StatsCommandTests {
    static let dataset = """
        id,doc,report_date,event_start,event_end,category,value,low,high,party,scope,region,source,quote
        k1,d1,2020-03-01,2020-03-01,2020-03-01,killed,30,30,30,Ruritania,incident,Alpha,Ministry,"30 soldiers killed"
        k2,d2,2020-03-02,2020-03-02,2020-03-02,killed,50,40,60,Ruritania,incident,Beta,Ministry,"40 to 60 killed"
        k3,d3,2020-03-05,2020-03-05,2020-03-05,killed,20,20,,Ruritania,incident,Gamma,Ministry,"at least 20 killed"
        w1,d3,2020-03-05,2020-03-05,2020-03-05,wounded,4,4,4,Ruritania,incident,Gamma,Ministry,"4 wounded"

        """

    @Test func writesJSONWithGroupsRatiosAndSeed() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.dataset, to: "war/claims.csv")
        let result = try TallyBinary.run(["stats", "war", "--format", "json", "--seed", "7", "--shape", "triangular"], in: scratch.url)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["seed"] as? Int == 7)
        #expect(settings["shape"] as? String == "triangular")
        let groups = try #require(json["groups"] as? [[String: Any]])
        let killed = try #require(groups.first { $0["category"] as? String == "killed" && $0["period"] as? String == "all" })
        let total = try #require(killed["total_interval"] as? [String: Any])
        #expect(total["best"] as? Double == 100)
        #expect(killed["high_sum"] is NSNull || killed["high_sum"] == nil)
        let ratios = try #require(json["ratios"] as? [[String: Any]])
        #expect(ratios.first?["implausible"] as? Bool == true)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "stats.ratio" })
        // Same input and seed: the same bytes.
        let again = try TallyBinary.run(["stats", "war", "--format", "json", "--seed", "7", "--shape", "triangular"], in: scratch.url)
        #expect(again.standardOutput == result.standardOutput)
    }

    @Test func textOutputNamesTheSettings() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.dataset, to: "war/claims.csv")
        let result = try TallyBinary.run(["stats", "war", "--format", "text"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("statistics: Monte Carlo 10000 draws, uniform within each range, seed 20200227"))
        #expect(result.standardOutput.contains("Ruritania killed incident all: 3 incidents"))
    }

    @Test func badUsageExitsTwo() throws {
        let shape = try TallyBinary.run(["stats", "x.csv", "--shape", "normal"])
        #expect(shape.status == 2)
        let draws = try TallyBinary.run(["stats", "x.csv", "--draws", "0"])
        #expect(draws.status == 2)
        #expect(draws.standardError.contains("--draws must be between 1 and 1000000"))
    }
}
