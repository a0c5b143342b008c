import Foundation
import Testing

@Suite("tally reconcile, run as a user runs it")
struct ReconcileCommandTests {
    @Test func writesJSONWithIncidentsSeriesAndLocatedFindings() throws {
        let scratch = try ScratchFolder()
        try scratch.write("""
            id,doc,report_date,event_start,event_end,category,value,party,scope,source,part_of,quote
            m1,d1,2020-03-01,2020-02-01,2020-03-01,killed,40,Turkey,cumulative,Ministry,,"40 soldiers have died this month"
            p1,d1,2020-03-01,2020-02-27,2020-02-27,killed,45,Turkey,incident,Ministry,m1,"including 45 killed Thursday"

            """, to: "war/claims.csv")
        let result = try TallyBinary.run(["reconcile", "war", "--format", "json"], in: scratch.url)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["policy"] as? String == "range")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let subset = try #require(findings.first { $0["rule"] as? String == "parts.subset" })
        #expect(subset["severity"] as? String == "error")
        let claims = try #require(subset["claims"] as? [[String: Any]])
        #expect(claims.first?["file"] as? String == "war/claims.csv")
        #expect(claims.first?["line"] as? Int == 3)
        #expect(claims.first?["quote"] as? String == "including 45 killed Thursday")
    }

    @Test func anUnknownPolicyIsBadUsage() throws {
        let result = try TallyBinary.run(["reconcile", "x.csv", "--policy", "median"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("unknown policy 'median'"))
    }
}
