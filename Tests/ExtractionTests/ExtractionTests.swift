import ClaimModel
import Testing
@testable import Extraction

/// The claims of one sentence, as (category, value, low, high).
private func claims(_ text: String, profile: VagueProfile = .tally) -> [Claim] {
    Extractor(profile: profile).claims(in: Document(id: "t", text: text, published: CalendarDate(iso: "2020-03-04")))
}

private func summary(_ text: String) -> [String] {
    claims(text).map { "\($0.category.rawValue) \($0.value) \($0.low.map(String.init) ?? "-") \($0.high.map(String.init) ?? "-")" }
}

@Suite("Numbers and qualifiers")
struct NumberTests {
    @Test(arguments: [
        ("Two more Turkish soldiers were killed Wednesday.", ["killed 2 2 2"]),
        ("Rebels killed 1,200 villagers last year.", ["killed 1200 1200 1200"]),
        ("The floods have killed 12 049 people.", ["killed 12049 12049 12049"]),
        ("The war has killed 1.2 million people.", ["killed 1200000 1200000 1200000"]),
        ("Thirty-three soldiers were killed in the raid.", ["killed 33 33 33"]),
        ("The blast killed two hundred and seven people.", ["killed 207 207 207"]),
        ("Gunmen killed a dozen villagers.", ["killed 12 12 12"]),
        ("Dozens of people were killed on Monday.", ["killed 24 24 -"]),
        ("Hundreds were injured in the stampede.", ["wounded 200 200 -"]),
        ("Scores of civilians were wounded.", ["wounded 40 40 -"]),
        ("A soldier was killed near the border.", ["killed 1 1 1"]),
        ("Another person died in hospital overnight.", ["killed 1 1 1"]),
        ("Between 15 and 20 people were killed.", ["killed 15 15 20"]),
        ("The attack killed 15-20 people.", ["killed 15 15 20"]),
        ("Officials said 15 to 20 people died.", ["killed 15 15 20"]),
        ("At least 10 people were killed.", ["killed 10 10 -"]),
        ("More than 80 people were wounded.", ["wounded 81 81 -"]),
        ("Over 65 troops are missing.", ["missing 66 66 -"]),
        ("Nearly 100 people died in the fire.", ["killed 99 - 99"]),
        ("Almost 400 people are killed each winter storm.", ["killed 399 - 399"]),
        ("Up to 19 were killed.", ["killed 19 - 19"]),
        ("As many as 88 people were killed.", ["killed 88 - 88"]),
        ("About 90 people were killed in two bombings.", ["killed 90 - -"]),
        ("Some 953 people are now thought to have died.", ["killed 953 - -"]),
        ("More than two dozen were wounded.", ["wounded 25 25 -"]),
    ])
    func readsCounts(text: String, expected: [String]) {
        #expect(summary(text) == expected)
    }

    @Test func vagueProfilesDiffer() {
        let acled = claims("Dozens of people were killed.", profile: .acled)
        #expect(acled.map(\.value) == [12])
        #expect(VagueProfile.named("ACLED") == .acled)
        #expect(VagueProfile.tally.summary.contains("dozens 24"))
    }
}

@Suite("Categories and voice")
struct CategoryTests {
    @Test(arguments: [
        ("Drones killed nine soldiers.", ["killed 9"]),
        ("Nine soldiers were killed.", ["killed 9"]),
        ("A car bomb exploded, killing nine people.", ["killed 9"]),
        ("The family mourned the death of five soldiers.", ["killed 5"]),
        ("The death toll rose to 60 on Friday.", ["killed 60"]),
        ("The new strike hit the town, bringing the death toll to 75.", ["killed 75"]),
        ("The toll has exceeded 33,000.", ["killed 33001"]),
        ("Two people were killed and six wounded.", ["killed 2", "wounded 6"]),
        ("The blast killed 46 people and wounded 80 others.", ["killed 46", "wounded 80"]),
        ("Seven Ukrainian soldiers were wounded south of the capital.", ["wounded 7"]),
        ("Rescuers said 15 people are still missing.", ["missing 15"]),
        ("Gunmen kidnapped 42 students from the school.", ["captured 42"]),
        ("The militants took 16 people hostage.", ["captured 16"]),
        ("Eleven workers were abducted on the highway.", ["captured 11"]),
        ("Police recovered 19 bodies from the river.", ["killed 19"]),
        ("The crash left 12 dead.", ["killed 12"]),
        ("Thirty people lost their lives in the fire.", ["killed 30"]),
        ("Five people are in hospital.", ["wounded 5"]),
        ("Rebels hacked to death at least 22 civilians.", ["killed 22"]),
        ("Three were hurt in the blast.", ["wounded 3"]),
    ])
    func findsCategory(text: String, expected: [String]) {
        #expect(claims(text).map { "\($0.category.rawValue) \($0.value)" } == expected)
    }

    @Test func attackersAreNotVictims() {
        #expect(claims("Two gunmen killed three policemen.").map(\.value) == [3])
    }
}

@Suite("Not claims")
struct NonClaimTests {
    @Test(arguments: [
        "The ceasefire was agreed in 2018 after many were killed.",
        "A 75-year-old man said nobody was killed.",
        "Militants pulled back 15-20 kilometres after the killings.",
        "The offensive lasted 12 days and the dead were buried.",
        "The government paid $500 to families of the dead.",
        "About 40 percent of the wounded were children.",
        "Turkey sent thousands of troops after the deaths.",
        "They destroyed 12 vehicles and four drones; no one was killed.",
        "In an interview with channel Rossiya 24, he spoke of the dead.",
        "Each side blames the other for the nine-year conflict that killed many.",
        "No soldiers were killed.",
        "If another soldier was hurt, the talks would end.",
        "Nearly 42 a day were killed in October.",
        "The 21 girls released by the kidnappers were reunited with families.",
    ])
    func noClaim(text: String) {
        #expect(claims(text).isEmpty, "\(text)")
    }

    @Test func ageMakesOneVictim() {
        #expect(claims("A 75-year-old woman was killed in the shelling.").map(\.value) == [1])
    }
}

@Suite("Structure, scope, source, party")
struct StructureTests {
    @Test func partOfIncluding() throws {
        let c = claims("Clashes have killed 58 Turkish troops in the past month, including 33 soldiers killed Thursday in a single airstrike.")
        try #require(c.map(\.value) == [58, 33])
        #expect(c[1].partOf == c[0].id)
        #expect(c[0].scope == .cumulative)
        #expect(c[1].scope == .incident)
        #expect(c[0].party == "Turkey")
        #expect(c[0].role == .military)
    }

    @Test func partOfAmongThem() throws {
        let c = claims("The bombing killed 20 people. Among them were 4 children.")
        try #require(c.count == 2)
        #expect(c[1].partOf == c[0].id)
    }

    @Test func sameAsRestatement() throws {
        let c = claims("Bomb kills 12 in market\nA car bomb killed 12 people in a busy market on Tuesday, police said.")
        try #require(c.count == 2)
        #expect(c[1].sameAs == c[0].id)
        #expect(c[1].source == "police")
    }

    @Test(arguments: [
        ("Five people were killed in the attack, the Defence Ministry said.", "Defence Ministry"),
        ("According to the health ministry, 40 people were killed.", "health ministry"),
        ("A war monitor said nine Syrian soldiers were also killed.", "war monitor"),
    ])
    func source(text: String, expected: String) {
        #expect(claims(text).first?.source == expected)
    }

    @Test(arguments: [
        ("The war has killed 500 people since the war began.", ClaimScope.cumulative),
        ("Bombings have killed 300 people so far this year.", .cumulative),
        ("A total of 1,200 civilians were killed in the past month.", .cumulative),
        ("Two people were killed on Monday.", .incident),
    ])
    func scope(text: String, expected: ClaimScope) {
        #expect(claims(text).first?.scope == expected)
    }

    @Test func roles() {
        #expect(claims("Four policemen were killed.").first?.role == .police)
        #expect(claims("Ten civilians were killed.").first?.role == .civilian)
        #expect(claims("Troops killed 12 militants.").first?.role == .militant)
        #expect(claims("Troops killed 12 militants.").first?.party == nil)
    }
}

@Suite("Spans and dates")
struct SpanTests {
    @Test func spansAreExactInCodePoints() {
        let text = "«Ukraïna» — Два. Naïve café: Two more Turkish soldiers were killed Wednesday, officials said. 😀 Nine 😀 were wounded."
        let found = claims(text)
        #expect(!found.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for c in found {
            let quote = String(String.UnicodeScalarView(scalars[c.start!..<c.end!]))
            #expect(quote == c.quote)
        }
        #expect(found.first?.quote == "Two more Turkish soldiers were killed")
    }

    @Test func relativeDates() {
        // 2020-03-04 is a Wednesday.
        let wednesday = claims("Two soldiers were killed Wednesday.").first
        #expect(wednesday?.eventStart == CalendarDate(iso: "2020-03-04"))
        let monday = claims("Two soldiers were killed on Monday.").first
        #expect(monday?.eventStart == CalendarDate(iso: "2020-03-02"))
        let month = claims("Attacks killed 58 troops in the past month.").first
        #expect(month?.eventStart == CalendarDate(iso: "2020-02-03"))
        #expect(month?.eventEnd == CalendarDate(iso: "2020-03-04"))
        let since = claims("Fighting has killed 300 people since January.").first
        #expect(since?.eventStart == CalendarDate(iso: "2020-01-01"))
        let ago = claims("Two people were killed two days ago.").first
        #expect(ago?.eventStart == CalendarDate(iso: "2020-03-02"))
    }

    @Test func emptyDocumentHasNoClaims() {
        #expect(claims("").isEmpty)
        #expect(claims("Nothing happened today.").isEmpty)
    }
}

@Suite("Document lines")
struct DocumentLineTests {
    private func parse(_ line: String) throws(DocumentLine.Problem) -> Document {
        var bytes = Array(line.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(DocumentLine.Problem) in
            try DocumentLine.document(from: UnsafeBufferPointer(buffer), fallbackID: "f-1")
        }
    }

    @Test func readsFields() throws {
        let d = try parse(#"{"id": "a1", "text": "Caf\u00e9 \"x\"\n\ud83d\ude00", "published": "2020-03-04", "claims": [{"a": [1, 2]}], "url": null}"#)
        #expect(d.id == "a1")
        #expect(d.text == "Café \"x\"\n😀")
        #expect(d.published == CalendarDate(iso: "2020-03-04"))
        #expect(d.url == nil)
    }

    @Test func readsLongTextsWithManyEscapes() throws {
        let paragraph = String(repeating: "Markets reopened on Monday. ", count: 40)
        let escaped = Array(repeating: paragraph, count: 300).joined(separator: "\\n\\n\\\"")
        let d = try parse(#"{"id": "long", "text": ""# + escaped + #"", "published": "2020-03-04T10:00:00Z"}"#)
        #expect(d.text == Array(repeating: paragraph, count: 300).joined(separator: "\n\n\""))
        #expect(d.published == CalendarDate(iso: "2020-03-04"))
    }

    @Test func keepsPartialAndInvalidDates() throws {
        #expect(try parse(#"{"text": "x", "published": "2020-03"}"#).published == CalendarDate(iso: "2020-03"))
        #expect(try parse(#"{"text": "x", "published": "2020-02-30"}"#).published == nil)
    }

    @Test(arguments: ["[1, 2]", "{\"id\": \"x\"}", "{\"text\": \"unterminated}", "{\"text\": \"a\\\"b}", "not json"])
    func rejectsNonDocuments(line: String) {
        #expect(throws: DocumentLine.Problem.self) { try parse(line) }
    }

    @Test func htmlTextStripsTagsAndEntities() {
        let text = HTMLText.plainText(of: "<html><script>var x = 5;</script><h1>Blast kills 5</h1><p>Five &amp; more were killed&nbsp;today.</p></html>")
        #expect(text.contains("Blast kills 5"))
        #expect(text.contains("Five & more were killed today."))
        #expect(!text.contains("var x"))
    }
}
