import Foundation
import Testing

@Suite("Dataset folders of article texts are extracted, then reconciled")
struct ArticleFolderTests {
    static let article = """
        Border clashes continue

        Three more Armenian soldiers were killed on Monday in an artillery attack, the defence ministry said.
        Fighting along the border has killed 41 Armenian troops since the start of the month, including 12 soldiers killed on Saturday in a single strike.

        """

    @Test func claimsFromArticlesCarryTheirFileAndLine() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.article, to: "border/2021-05-10-wire.txt")
        try scratch.write("# Border dataset\n\nNot an article: 99 people were killed in the README.\n", to: "border/README.md")
        let result = try TallyBinary.run(["reconcile", "border", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Any])
        #expect((counts["claims"] as? Int ?? 0) >= 3)
        let totals = try #require(json["period_totals"] as? [[String: Any]])
        let killed = try #require(totals.first { $0["party"] as? String == "Armenia" && $0["category"] as? String == "killed" })
        #expect(killed["running_total"] as? Int == 41)
        #expect(!result.standardOutput.contains("README"))
        let report = try TallyBinary.run(["report", "border", "-o", "border.md"], in: scratch.url)
        #expect(report.status == 0)
        let page = try scratch.read("border.md")
        // The quote "killed 41 Armenian troops" stands on the fourth line of the article.
        #expect(page.contains("| killed 41 Armenian troops | border/2021-05-10-wire.txt:4 |"))
        #expect(page.contains("| Three more Armenian soldiers were killed | border/2021-05-10-wire.txt:3 |"))
    }

    @Test func aBinaryArticleIsUnusableInput() throws {
        let scratch = try ScratchFolder()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]).write(to: scratch.url.appendingPathComponent("blob.txt"))
        let result = try TallyBinary.run(["check", "blob.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("blob.txt: binary data"))
    }
}
