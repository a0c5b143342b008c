import ClaimModel
import Testing

@Suite("Claim positions: every id back to its claim")
struct ClaimPositionsTests {
    @Test func findsEveryIdAndNothingElse() {
        let ids = (0..<5_000).map { "c\($0)" } + ["idlib-2020-02-27-ministry", "ä-ünïcode-id", ""]
        let positions = ClaimPositions(ids: ids)
        for (position, id) in ids.enumerated() { #expect(positions[id] == position) }
        #expect(positions["c5000"] == nil)
        #expect(positions["C1"] == nil)
        #expect(positions.repeats.isEmpty)
        #expect(positions.count == ids.count)
    }

    @Test func aRepeatedIdKeepsItsFirstUseAndIsReported() {
        let positions = ClaimPositions(ids: ["k1", "w1", "k1", "k2", "w1"])
        #expect(positions["k1"] == 0)
        #expect(positions["w1"] == 1)
        #expect(positions.repeats.map(\.position) == [2, 4])
        #expect(positions.repeats.map(\.first) == [0, 1])
    }
}
