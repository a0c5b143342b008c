import Analysis
import ArgumentParser
import ClaimModel
import Foundation
import Reconciliation
import Statistics

extension Tally {
    /// `tally stats`: descriptive statistics, uncertainty of totals and statistical findings.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Statistics of reconciled claims: totals with uncertainty, daily series, heaping, ratios.",
            discussion: """
                Claims are reconciled first (see `tally reconcile`). Every random draw comes from one \
                generator seeded with --seed, so the same input and seed give the same output.
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

        @OptionGroup var jobs: JobsOption

        @Option(help: "Seed of the Monte Carlo generator.")
        var seed: UInt32 = TotalUncertainty.defaultSeed

        @Option(help: "Number of simulated totals.")
        var draws: Int = TotalUncertainty.defaultDraws

        @Option(help: "How an incident's count is drawn within its range: uniform or triangular (peaking at the best figure).")
        var shape: RangeShape = .uniform

        @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one dataset folder or claim file") }
            guard (1...1_000_000).contains(draws) else { throw ValidationError("--draws must be between 1 and 1000000") }
        }

        func run() throws {
            jobs.apply()
            let records = try ClaimInputs.claims(at: inputs)
            let dataset = Reconciler(policy: policyOption.parsed).reconcile(records)
            var settings = StatisticsSettings()
            settings.seed = seed
            settings.draws = draws
            settings.shape = shape
            let statistics = try DatasetStatistics(dataset: dataset, settings: settings)
            let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) == 1 ? .text : .json)
            let text = chosen == .json ? StatisticsJSON.text(of: statistics) : TerminalText.printable(StatisticsSummary.text(of: statistics))
            if let output {
                try AtomicFile.write(text, to: output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            // Everything stays alive to the end: freeing a million claims' worth of values costs seconds.
            withExtendedLifetime((records, dataset, statistics)) { Tally.finishWithoutTeardown() }
        }
    }
}

extension RangeShape: ExpressibleByArgument {}
