import ArgumentParser
import ClaimModel
import Extraction
import Foundation

extension Tally {
    /// `tally eval`: extraction scored against a gold file.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against a gold JSONL file of annotated documents.",
            discussion: """
                Extracts claims from the gold file's documents exactly as tally extract does, then prints \
                precision, recall and F1 overall and per category, number recall, and scope and party accuracy. \
                A prediction matches a gold claim of its document with the same category when its value equals \
                the gold value, lies within [low, high], or equals the single bound of a one-sided qualifier; \
                each gold claim and prediction is used once, nearest spans paired first, then augmenting paths \
                make the matching maximum.
                """
        )

        @Argument(help: "Gold documents with claims, one JSON object per line (SCHEMA.md).")
        var gold: String

        @Option(help: "Output format: text or json.")
        var format: String = "text"

        @Option(help: "Code points of slack between a figure and the gold evidence for number recall.")
        var window: Int = 20

        @Option(help: "Vague-word convention: tally or acled.")
        var vagueProfile: String = "tally"

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
            guard window >= 0 else { throw ValidationError("--window must be 0 or more") }
            guard VagueProfile.named(vagueProfile) != nil else {
                throw ValidationError("--vague-profile must be one of: " + VagueProfile.all.map(\.name).joined(separator: ", "))
            }
        }

        func run() throws {
            let annotated = try GoldFile.read(gold)
            let extractor = Extractor(profile: VagueProfile.named(vagueProfile)!)
            var predictions: [String: [ScoredPrediction]] = [:]
            try ExtractInputs.read([gold]) { unit in
                try ExtractWork.documents(in: unit, published: nil) { document in
                    guard annotated.claims[document.id] != nil else { return }
                    predictions[document.id, default: []] += extractor.claims(in: document).map(ScoredPrediction.init)
                }
            }
            var card = Scorecard(window: window)
            for id in annotated.order {
                card.record(gold: annotated.claims[id]!, predictions: predictions[id] ?? [])
            }
            print(format == "json" ? ScorecardText.json(card) : ScorecardText.text(card))
        }
    }
}

/// A gold file's annotated claims per document id, in file order (a repeated id keeps its first
/// place and its last annotations, as the scorer's dictionary does).
struct GoldFile {
    var order: [String] = []
    var claims: [String: [GoldClaim]] = [:]

    private struct Line: Decodable {
        var id: String
        var text: String
        var claims: [Annotation]
    }

    private struct Annotation: Decodable {
        var value: Int
        var low: Int?
        var high: Int?
        var category: String
        var scope: String?
        var party: String?
        var evidence: String
    }

    static func read(_ path: String) throws -> GoldFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                          message: "cannot be read (check the path and its permissions)"))
        }
        var file = GoldFile()
        let decoder = JSONDecoder()
        var problems: [InputProblem] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
            let location = InputLocation(file: path, line: n + 1)
            let parsed: Line
            do {
                parsed = try decoder.decode(Line.self, from: Data(line))
            } catch {
                problems.append(InputProblem(location: location, message: "not a gold document: \(Self.reason(error)); expected {\"id\", \"text\", \"claims\": [...]} (SCHEMA.md)"))
                continue
            }
            let spans = GoldClaim.spans(of: parsed.claims.map(\.evidence), in: parsed.text)
            var claims: [GoldClaim] = []
            for (k, annotation) in parsed.claims.enumerated() {
                guard let category = CasualtyCategory(rawValue: annotation.category), Scorecard.categories.contains(category) else {
                    problems.append(InputProblem(location: location, field: "claims[\(k)].category", found: annotation.category,
                                                 message: "expected killed, wounded, missing or captured"))
                    continue
                }
                guard let span = spans[k] else {
                    problems.append(InputProblem(location: location, field: "claims[\(k)].evidence", found: annotation.evidence,
                                                 message: "is not an exact substring of the document text"))
                    continue
                }
                claims.append(GoldClaim(value: annotation.value, low: annotation.low, high: annotation.high, category: category,
                                        scope: annotation.scope.flatMap(ClaimScope.init(rawValue:)), party: annotation.party, span: span))
            }
            if file.claims[parsed.id] == nil { file.order.append(parsed.id) }
            file.claims[parsed.id] = claims
        }
        if !problems.isEmpty {
            throw InputError(problems: Array(problems.prefix(InputError.listLimit)), unlisted: max(0, problems.count - InputError.listLimit))
        }
        return file
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "field \(context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()): \(context.debugDescription)"
        default: "not valid JSON"
        }
    }
}

/// The scorecard printed as `score.py` prints it: the same lines, or the same JSON object with the same keys.
enum ScorecardText {
    static func text(_ card: Scorecard) -> String {
        var lines = [
            "docs \(card.documents)  gold claims \(card.overall.gold)  typed predictions \(card.overall.predicted)  untyped predictions \(card.untypedPredictions)",
            "P \(fixed(card.overall.precision))  R \(fixed(card.overall.recall))  F1 \(fixed(card.overall.f1))  (tp \(card.overall.matched))",
            "number recall \(fixed(card.numberRecall))",
            "scope accuracy \(fixed(card.scopeAccuracy)) (n=\(card.scopeCompared))  party accuracy \(fixed(card.partyAccuracy)) (n=\(card.partyCompared))",
        ]
        for c in Scorecard.categories {
            let t = card.perCategory[c] ?? .init()
            let name = c.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            lines.append("  \(name) P \(fixed(t.precision))  R \(fixed(t.recall))  F1 \(fixed(t.f1))  (tp \(t.matched), pred \(t.predicted), gold \(t.gold))")
        }
        return lines.joined(separator: "\n")
    }

    /// One JSON object, keys and number formatting as Python's `json.dumps` writes them.
    static func json(_ card: Scorecard) -> String {
        func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "null" }
        let categories = Scorecard.categories.map { c in
            let t = card.perCategory[c] ?? .init()
            let rates = "\"precision\": \(number(t.precision)), \"recall\": \(number(t.recall)), \"f1\": \(number(t.f1))"
            let counts = "\"tp\": \(t.matched), \"predicted\": \(t.predicted), \"gold\": \(t.gold)"
            return "\"\(c.rawValue)\": {" + rates + ", " + counts + "}"
        }
        let o = card.overall
        var fields: [String] = [
            "\"docs\": \(card.documents)", "\"gold\": \(o.gold)", "\"predicted_typed\": \(o.predicted)",
            "\"predicted_untyped\": \(card.untypedPredictions)", "\"tp\": \(o.matched)",
        ]
        fields.append("\"precision\": \(number(o.precision))")
        fields.append("\"recall\": \(number(o.recall))")
        fields.append("\"f1\": \(number(o.f1))")
        fields.append("\"number_recall\": \(number(card.numberRecall))")
        fields.append("\"per_category\": {" + categories.joined(separator: ", ") + "}")
        fields.append("\"scope_accuracy\": \(number(card.scopeAccuracy))")
        fields.append("\"scope_n\": \(card.scopeCompared)")
        fields.append("\"party_accuracy\": \(number(card.partyAccuracy))")
        fields.append("\"party_n\": \(card.partyCompared)")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func fixed(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "-" }
}
