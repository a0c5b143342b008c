import Foundation
import Testing

@Suite("tally eval")
struct EvalCommandTests {
    /// A two-document gold file. In the first, the first prediction (12) is the nearest one for both
    /// gold claims; only the augmenting path matches both (the range claim takes the farther 14).
    static let gold = [
        #"{"id": "d1", "published": "2021-05-03", "text": "Twelve soldiers were killed on Monday. Fourteen soldiers were killed on Tuesday.", "claims": ["#
            + #"{"value": 14, "low": 12, "high": 14, "category": "killed", "party": null, "scope": "incident", "evidence": "Twelve soldiers were killed on Monday"},"#
            + #"{"value": 12, "low": 12, "high": 12, "category": "killed", "party": null, "scope": "incident", "evidence": "Twelve soldiers"}]}"#,
        #"{"id": "d2", "text": "Three people were wounded. The weather was fine.", "claims": ["#
            + #"{"value": 3, "low": 3, "high": 3, "category": "wounded", "party": null, "scope": "cumulative", "evidence": "Three people were wounded"},"#
            + #"{"value": 5, "low": 5, "high": 5, "category": "missing", "party": null, "scope": "incident", "evidence": "The weather"}]}"#,
    ].joined(separator: "\n") + "\n"

    @Test func printsTheScorersFigures() throws {
        let folder = try ScratchFolder()
        let file = try folder.write(Self.gold, to: "gold.jsonl")
        let result = try TallyBinary.run(["eval", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            docs 2  gold claims 4  typed predictions 3  untyped predictions 0
            P 1.000  R 0.750  F1 0.857  (tp 3)
            number recall 0.750
            scope accuracy 0.667 (n=3)  party accuracy 1.000 (n=3)
              killed    P 1.000  R 1.000  F1 1.000  (tp 2, pred 2, gold 2)
              wounded   P 1.000  R 1.000  F1 1.000  (tp 1, pred 1, gold 1)
              missing   P -  R 0.000  F1 0.000  (tp 0, pred 0, gold 1)
              captured  P -  R -  F1 -  (tp 0, pred 0, gold 0)

            """)
    }

    @Test func printsJSON() throws {
        let folder = try ScratchFolder()
        let file = try folder.write(Self.gold, to: "gold.jsonl")
        let result = try TallyBinary.run(["eval", file.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["tp"] as? Int == 3)
        #expect(object["precision"] as? Double == 1.0)
        #expect(object["recall"] as? Double == 0.75)
        #expect(result.standardOutput.hasPrefix(#"{"docs": 2, "gold": 4, "predicted_typed": 3, "predicted_untyped": 0, "tp": 3, "precision": 1.0, "recall": 0.75, "#))
    }

    @Test func namesTheLineOfAnEvidenceNotInTheText() throws {
        let folder = try ScratchFolder()
        let broken = Self.gold.replacingOccurrences(of: #""evidence": "The weather""#, with: #""evidence": "The rain""#)
        let file = try folder.write(broken, to: "gold.jsonl")
        let result = try TallyBinary.run(["eval", file.path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("gold.jsonl:2"))
        #expect(result.standardError.contains("evidence"))
    }
}
