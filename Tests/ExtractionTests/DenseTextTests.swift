import ClaimModel
import Testing
@testable import Extraction

/// Text dense in figures stays linear: candidates far from any casualty word are skipped, at most
/// ``CandidateWindow/maximumPerSentence`` are analysed in a sentence, and run-on sentences are cut
/// into pieces (no timing here: the benchmark `Tests/Benchmarks/adversarial/run.sh` measures speed).
@Suite("Text dense in figures")
struct DenseTextTests {
    private func claims(_ text: String) -> [Claim] {
        Extractor().claims(in: Document(id: "d", text: text, published: CalendarDate(iso: "2020-03-04")))
    }

    @Test func aSentenceAnalysesAtMostItsCapOfCandidates() {
        func sentence(_ figures: Int) -> String {
            (0..<figures).map { "\($0 % 90 + 2) soldiers were killed in Idlib, " }.joined() + "officials said."
        }
        #expect(claims(sentence(60)).count == 60)
        #expect(claims(sentence(200)).count == CandidateWindow.maximumPerSentence)
    }

    @Test func figuresFarFromAnyCasualtyWordAreNoClaims() {
        let numbers = (1...3000).map(String.init).joined(separator: "-")
        let found = claims("Officials counted " + numbers + " and then said 12 soldiers were killed.")
        #expect(found.map(\.value) == [12])
    }

    @Test func aRunOnLongerThanASentenceIsReadInPieces() {
        // 40 KB without a sentence break, then a casualty figure: found, at the right offsets.
        let filler = String(repeating: "the convoy moved on slowly across the plain and ", count: 850)
        let text = filler + "gunmen killed 14 villagers near the river"
        #expect(text.utf8.count > 2 * SentenceSplitter.longestSentence)
        let found = claims(text)
        #expect(found.map(\.value) == [14])
        let scalars = Array(text.unicodeScalars)
        if let claim = found.first, let start = claim.start, let end = claim.end {
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == claim.quote)
        }
    }

    @Test func streamedClaimsAreTheSameAsTheWholeList() {
        let text = String(repeating: "Five soldiers were killed on Monday. The toll rose to 12, including three children. ", count: 300)
        let document = Document(id: "s", text: text, published: CalendarDate(iso: "2020-03-04"))
        var streamed: [Claim] = []
        Extractor().claims(in: document) { streamed.append($0) }
        #expect(streamed == Extractor().claims(in: document))
        #expect(streamed.count == 900)
        // Links reach back over a window of earlier claims only.
        #expect(streamed.suffix(30).contains { $0.sameAs != nil })
    }
}

@Suite("Token text held inline")
struct WordTextTests {
    @Test func comparesWithLiteralsByBytes() {
        #expect(WordText("killed") == "killed")
        #expect(WordText("killed") != "kill")
        #expect(WordText("") == "")
        #expect(WordText("u.s.") == "u.s.")
        switch WordText("deaths") {
        case "death", "deaths": break
        default: Issue.record("a switch matches literals")
        }
    }

    @Test func aLongTokenMatchesNoLiteralButKnowsItsEnding() {
        let long = WordText("extraordinarilyunusualwed")  // 25 bytes
        #expect(!long.isComplete)
        #expect(long.count == 25)
        #expect(long != "extraordinarilyu")
        #expect(long.hasSuffix("ed"))
        #expect(!long.hasSuffix("es"))
        #expect(WordText("stabbed").hasSuffix("ed"))
        let map: WordMap<Int> = ["extraordinarilyu": 1]
        #expect(map[long] == nil)
    }

    @Test func readsNumbersAndPlurals() {
        #expect(WordText("2009").integer == 2009)
        #expect(WordText("1,200").integer == nil)
        #expect(WordText("thousands").droppingFinalS == WordText("thousand"))
        #expect(WordText("dozen").droppingFinalS == WordText("dozen"))
    }

    @Test func theStemCheckAgreesWithTheTriggerScan() {
        for word in ["killings", "custody", "unaccounted", "unaccountable", "kil", "skill", "hospitals", "treatment", "body", "bodyguard", "die"] {
            var copy = word
            let scanned = copy.withUTF8 { TriggerScan.containsTrigger($0, 0..<$0.count) }
            #expect(WordText(word).startsWithStem == scanned, "\(word)")
        }
    }
}
