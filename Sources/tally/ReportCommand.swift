import ArgumentParser
import ClaimModel
import Foundation
import Reporting

extension Tally {
    /// `tally report`: the Markdown page for a dataset.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Markdown report of a dataset.",
            discussion: """
                Reads the claim files of the inputs and writes one Markdown page: totals per party, \
                category and scope with exact Poisson intervals, and every claim with its quote. \
                The page is replaced atomically; on any input error nothing is written.
                """
        )

        @Argument(help: "Dataset folders or claim files (.csv, .jsonl).")
        var inputs: [String]

        @Option(name: [.short, .customLong("output")], help: "Where to write the page (default: Reports/NAME.md, NAME from the first input).")
        var output: String?

        @Option(help: "The report's title (default: the first input's name).")
        var title: String?

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one dataset folder or claim file") }
        }

        func run() throws {
            let records = try ClaimInputs.records(at: inputs)
            let name = title ?? Self.datasetName(of: inputs[0])
            let page = try DatasetReport(name: name, records: records).markdown()
            let destination = output ?? "Reports/\(name).md"
            try AtomicFile.write(page, to: destination)
            print("wrote \(destination): \(records.count) claims")
        }

        /// `Datasets/idlib-2020/` → `idlib-2020`; `x/claims.csv` → `claims`.
        static func datasetName(of path: String) -> String {
            let last = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            return ClaimFormat(path: last) == nil ? last : (last as NSString).deletingPathExtension
        }
    }
}
