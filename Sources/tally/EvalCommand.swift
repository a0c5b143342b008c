import ArgumentParser
import Extraction
import Foundation

extension Tally {
    /// `tally eval`: extraction scored against a gold file.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against a gold JSONL file (the rules of score.py)."
        )

        @Argument(help: "Gold documents with claims (SCHEMA.md).")
        var gold: String

        func run() throws {
            throw ValidationError("tally eval is not implemented yet; run tally extract GOLD.jsonl > pred.jsonl and score.py")
        }
    }
}
