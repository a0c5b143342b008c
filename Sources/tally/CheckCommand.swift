import Analysis
import ArgumentParser
import Checking
import ClaimModel
import Foundation
import Reconciliation

extension Tally {
    /// `tally check`: gate a casualty dataset in CI.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a dataset's consistency; exit 1 when findings reach the threshold.",
            discussion: """
                Reconciles the inputs and reports every finding with its rule, severity, the file \
                and line of each claim involved, and a stable fingerprint. Settings come from \
                --config or a .tally.yml at the repository root; options override them.

                Exit codes: 0 no new finding at or above --fail-on; 1 there are; 2 the input \
                could not be checked (nothing is written then).

                In GitHub Actions (GITHUB_ACTIONS=true) the most severe findings are also printed \
                as annotations and a Markdown summary is appended to $GITHUB_STEP_SUMMARY.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, junit, github, markdown
        }

        enum Threshold: String, ExpressibleByArgument, CaseIterable {
            case error, warning, info, never
        }

        @Argument(help: "Claim files (.csv, .jsonl), dataset folders, or a Frictionless datapackage.json.")
        var inputs: [String]

        @Option(name: .customLong("fail-on"), help: "Lowest severity that fails: error, warning, info or never (default: error).")
        var failOn: Threshold?

        @Option(parsing: .upToNextOption, help: "Only these rule ids or prefixes (e.g. parts. total.contains).")
        var rules: [String] = []

        @Option(name: .customLong("skip-rules"), parsing: .upToNextOption, help: "Leave out these rule ids or prefixes.")
        var skipRules: [String] = []

        @OptionGroup var vagueProfile: VagueProfileOption

        @OptionGroup var jobs: JobsOption

        @Option(help: "Settings file (default: .tally.yml at the repository root, if any).")
        var config: String?

        @Option(help: "Accepted findings (from --write-baseline): they are listed but do not fail.")
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: "Write every current finding to this baseline file and exit 0.")
        var writeBaseline: String?

        @Option(help: "Output format: text, json, junit, github or markdown.")
        var format: Format = .text

        @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
        var output: String?

        @Option(name: .customLong("max-findings"),
                help: "List at most this many findings (counts always cover all; text lists at most 1000 unless set).")
        var maxFindings: Int?

        /// Findings the text format lists when no limit is set.
        static let textListLimit = 1_000

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("name at least one dataset folder, claim file or datapackage.json") }
            if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings must be 0 or more") }
        }

        func run() throws {
            jobs.apply()
            var settings = try loadConfiguration()
            if let failOn { settings.failOn = Severity(rawValue: failOn.rawValue) }
            if !rules.isEmpty { settings.rules = rules.flatMap { $0.split(separator: ",").map(String.init) } }
            if !skipRules.isEmpty { settings.skipRules = skipRules.flatMap { $0.split(separator: ",").map(String.init) } }
            if let maxFindings { settings.maxFindings = maxFindings }
            // Text is read by people: unless told otherwise it lists the most severe findings up to
            // a screenful's worth of thousands; the counts cover all, and the other formats list every one.
            if format == .text, settings.maxFindings == nil { settings.maxFindings = Self.textListLimit }
            let accepted = try baseline.map { path throws(InputError) in try Baseline.read(ClaimInputs.bytes(of: path), file: path) }

            var timer = PhaseTimer()
            let records = try ClaimInputs.claims(at: inputs, vagueProfile: vagueProfile.profile(fallback: settings.vagueProfile))
            timer.mark("read")
            let reconciled = Reconciler(policy: settings.policy, thresholds: settings.thresholds).reconcile(records)
            timer.mark("reconcile")
            // Statistical findings (stats.*) join the reconciliation's; groups and totals are not needed here.
            let statistics = try DatasetStatistics(dataset: reconciled, findingsOnly: true)
            let dataset = reconciled.addingFindings(of: statistics)
            timer.mark("statistics")
            let result = CheckResult(dataset: dataset, configuration: settings, baseline: accepted)
            timer.mark("check")

            if let writeBaseline {
                try AtomicFile.write(result.baseline().text(), to: writeBaseline)
                FileHandle.standardError.write(Data("wrote \(writeBaseline): \(result.findingCount) findings accepted\n".utf8))
                return
            }
            // The report goes out piece by piece: at a million claims the listing alone can run
            // to hundreds of megabytes.
            let pieces: [String] = switch format {
            case .text: CheckReport.textPieces(result).map(TerminalText.printable)
            case .json: CheckReport.jsonPieces(result)
            case .junit: CheckReport.junitPieces(result)
            case .github: [TerminalText.printable(CheckReport.githubAnnotations(result) + CheckReport.summary(result) + "\n")]
            case .markdown: [CheckReport.markdown(result)]
            }
            timer.mark("render")
            let sink = try StreamedOutput(destination: output)
            for piece in pieces { try sink.write(Array(piece.utf8)) }
            try sink.commit()
            try announceInGitHubActions(result)
            timer.mark("write")
            // Everything stays alive to the end: freeing a million claims' worth of values costs seconds.
            withExtendedLifetime((records, reconciled, statistics, dataset, result)) {
                Tally.finishWithoutTeardown(status: result.fails ? ExitStatus.findings : 0)
            }
        }

        /// The settings file named by --config, else `.tally.yml` at the repository root.
        private func loadConfiguration() throws -> CheckConfiguration {
            let path = config ?? Self.discoveredConfiguration()
            guard let path else { return CheckConfiguration() }
            let bytes = try ClaimInputs.bytes(of: path)
            return try ConfigurationFile.configuration(from: String(decoding: bytes, as: UTF8.self), file: path)
        }

        /// `.tally.yml` in the current folder or the nearest parent that is a git repository's root.
        static func discoveredConfiguration() -> String? {
            var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            while true {
                let candidate = folder.appendingPathComponent(".tally.yml")
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return nil }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { return nil }
                folder = parent
            }
        }

        /// Annotations on standard output and a step summary, when running in GitHub Actions.
        private func announceInGitHubActions(_ result: CheckResult) throws {
            let environment = ProcessInfo.processInfo.environment
            guard environment["GITHUB_ACTIONS"] == "true" else { return }
            if format != .github {
                FileHandle.standardOutput.write(Data(CheckReport.githubAnnotations(result).utf8))
            }
            if let summaryPath = environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
                if !FileManager.default.fileExists(atPath: summaryPath) {
                    _ = FileManager.default.createFile(atPath: summaryPath, contents: nil)
                }
                guard let handle = FileHandle(forWritingAtPath: summaryPath) else { return }
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(CheckReport.markdown(result).utf8))
            }
        }
    }
}
