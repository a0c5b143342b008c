import ArgumentParser
import ClaimModel
import Foundation
import Reconciliation

extension Tally {
    /// `tally reconcile`: incidents, running totals and findings.
    struct Reconcile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reconcile claims into incidents and running totals, and list every inconsistency.",
            discussion: """
                Restatements are merged, parts are checked against wholes, running totals against the \
                incidents inside them and against each other, and sources are compared. The JSON \
                format is described in the README.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "Dataset folders or claim files (.csv, .jsonl).")
        var inputs: [String]

        @Option(help: "Output format: text or json (default: text on a terminal, json otherwise).")
        var format: Format?

        @OptionGroup var policyOption: PolicyOption

        @OptionGroup var vagueProfile: VagueProfileOption

        @OptionGroup var jobs: JobsOption

        @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one dataset folder or claim file") }
        }

        func run() throws {
            jobs.apply()
            var timer = PhaseTimer()
            let records = try ClaimInputs.claims(at: inputs, vagueProfile: vagueProfile.profile())
            timer.mark("read")
            let dataset = Reconciler(policy: policyOption.parsed).reconcile(records)
            timer.mark("reconcile")
            let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) == 1 ? .text : .json)
            let sink = try StreamedOutput(destination: output)
            if chosen == .json {
                try ReconciliationJSON.write(dataset, to: sink.write)
            } else {
                for piece in ReconciliationSummary.pieces(of: dataset) { try sink.write(Array(TerminalText.printable(piece).utf8)) }
            }
            try sink.commit()
            timer.mark("write")
            // Everything stays alive to the end: freeing a million claims' worth of values costs seconds.
            withExtendedLifetime((records, dataset)) { Tally.finishWithoutTeardown() }
        }
    }
}
