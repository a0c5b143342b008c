import Analysis
import ArgumentParser
import ClaimModel
import Foundation
import Reconciliation
import Reporting

extension Tally {
    /// `tally report`: the Markdown page for a dataset.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Markdown report of a dataset.",
            discussion: """
                Reads the claim files of the inputs, reconciles them and writes one Markdown page: \
                reconciled totals with exact Poisson intervals, findings with their quotes, incidents, \
                running totals, and every claim. The page is replaced atomically; on any input error \
                nothing is written.
                """
        )

        @Argument(help: "Dataset folders or claim files (.csv, .jsonl).")
        var inputs: [String]

        @Option(name: [.short, .customLong("output")], help: "Where to write the page (default: Reports/NAME.md, NAME from the first input).")
        var output: String?

        @Option(help: "The report's title (default: the first input's name).")
        var title: String?

        @OptionGroup var policyOption: PolicyOption

        @OptionGroup var vagueProfile: VagueProfileOption

        @OptionGroup var jobs: JobsOption

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one dataset folder or claim file") }
        }

        func run() throws {
            jobs.apply()
            var timer = PhaseTimer()
            let records = try ClaimInputs.claims(at: inputs, vagueProfile: vagueProfile.profile())
            timer.mark("read")
            let name = title ?? Self.datasetName(of: inputs[0])
            let reconciled = Reconciler(policy: policyOption.parsed).reconcile(records)
            timer.mark("reconcile")
            let statistics = try DatasetStatistics(dataset: reconciled)
            timer.mark("statistics")
            let report = DatasetReport(name: name, dataset: reconciled.addingFindings(of: statistics), statistics: statistics)
            let page = try report.markdown()
            let destination = output ?? "Reports/\(name).md"
            timer.mark("render")
            try AtomicFile.write(page, to: destination)
            timer.mark("write")
            print("wrote \(destination): \(records.records.count) claims")
            // The process ends here: the large values are never taken apart (freeing a million
            // claims and findings one by one would cost seconds for nothing).
            withExtendedLifetime((records, reconciled, report)) { Tally.finishWithoutTeardown() }
        }

        /// `Datasets/idlib-2020/` → `idlib-2020`; `x/claims.csv` → `claims`.
        static func datasetName(of path: String) -> String {
            let last = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            return ClaimFormat(path: last) == nil ? last : (last as NSString).deletingPathExtension
        }
    }
}
