import ClaimModel
import Testing
@testable import Extraction

@Suite("Scoring against gold claims")
struct ScorecardTests {
    private func gold(_ value: Int, _ low: Int? = nil, _ high: Int? = nil, _ category: CasualtyCategory = .killed,
                      at span: Range<Int>, scope: ClaimScope = .incident, party: String? = nil) -> GoldClaim {
        GoldClaim(value: value, low: low, high: high, category: category, scope: scope, party: party, span: span)
    }

    private func predicted(_ value: Int, _ category: CasualtyCategory? = .killed, at span: Range<Int>,
                           scope: ClaimScope = .incident, party: String? = nil) -> ScoredPrediction {
        ScoredPrediction(value: value, category: category, start: span.lowerBound, end: span.upperBound,
                         scope: .some(scope), party: .some(party))
    }

    @Test(arguments: [
        (80, 81, nil, 81, true), (80, 81, nil, 80, true), (80, 81, nil, 82, false),  // "more than 80"
        (50, nil, 49, 49, true), (50, nil, 49, 48, false),  // "nearly 50"
        (15, 15, 20, 17, true), (15, 15, 20, 21, false),  // "15-20"
        (7, nil, nil, 7, true), (7, nil, nil, 8, false),
    ] as [(Int, Int?, Int?, Int, Bool)])
    func acceptsValuesTheWordingAllows(value: Int, low: Int?, high: Int?, predicted: Int, accepted: Bool) {
        #expect(gold(value, low, high, at: 0..<1).accepts(predicted) == accepted)
    }

    @Test func augmentingPathBeatsNearestFirstGreed() {
        // The range claim and the exact claim both overlap the first prediction; nearest-first pairs
        // it with the range claim (gold index 0), stranding the exact one. The augmenting path moves
        // the range claim to the farther 18, so both are matched.
        let claims = [gold(15, 10, 20, at: 0..<40), gold(12, at: 0..<15)]
        let predictions = [predicted(12, at: 0..<25), predicted(18, at: 200..<230)]
        #expect(ClaimMatching.pairs(gold: claims, predictions: predictions) == [0: 1, 1: 0])
        var card = Scorecard()
        card.record(gold: claims, predictions: predictions)
        #expect(card.overall.matched == 2)
        #expect(card.overall.recall == 1)
    }

    @Test func nearestSpansArePairedFirst() {
        // Two identical figures: each gold claim takes the prediction over its own evidence, which
        // decides the scope compared.
        let claims = [gold(5, at: 0..<10, scope: .incident), gold(5, at: 100..<110, scope: .cumulative)]
        let predictions = [predicted(5, at: 98..<112, scope: .cumulative), predicted(5, at: 2..<8, scope: .incident)]
        #expect(ClaimMatching.pairs(gold: claims, predictions: predictions) == [0: 1, 1: 0])
        var card = Scorecard()
        card.record(gold: claims, predictions: predictions)
        #expect(card.scopeAccuracy == 1)
    }

    @Test func countsPerCategoryAndFields() {
        let claims = [
            gold(9, at: 0..<20, party: "Syria"), gold(6, nil, nil, .wounded, at: 30..<50, party: "Turkey"),
            gold(3, nil, nil, .missing, at: 60..<70),
        ]
        let predictions = [
            predicted(9, at: 0..<20, party: " syria"), predicted(6, .wounded, at: 30..<50, scope: .cumulative, party: "Syria"),
            predicted(4, .captured, at: 80..<90), predicted(3, nil, at: 75..<80),
        ]
        var card = Scorecard(window: 20)
        card.record(gold: claims, predictions: predictions)
        #expect(card.overall == Scorecard.Counts(matched: 2, predicted: 3, gold: 3))
        #expect(card.untypedPredictions == 1)
        #expect(card.perCategory[.killed]?.f1 == 1)
        #expect(card.perCategory[.captured]?.precision == 0)
        #expect(card.perCategory[.captured]?.recall == nil)
        #expect(card.perCategory[.captured]?.f1 == 0)
        #expect(card.perCategory[.missing]?.recall == 0)
        // The untyped 3 lies 5 code points after the missing claim's evidence: its number was found.
        #expect(card.numberRecall == 1)
        #expect(card.scopeAccuracy == 0.5)
        #expect(card.partyAccuracy == 0.5)
    }

    @Test func emptyScorecardHasNoRates() {
        let card = Scorecard()
        #expect(card.overall.precision == nil && card.overall.recall == nil && card.overall.f1 == nil)
        #expect(card.numberRecall == nil && card.scopeAccuracy == nil)
    }

    @Test func locatesRepeatedEvidenceInOrder() {
        let text = "Two died. Two died. Café: two died."
        let spans = GoldClaim.spans(of: ["Two died", "Two died", "two died", "three died"], in: text)
        #expect(spans == [0..<8, 10..<18, 26..<34, nil])
    }
}
