import ArgumentParser
import Extraction

/// The `--vague-profile` option of the commands that may extract claims from article texts.
struct VagueProfileOption: ParsableArguments {
    @Option(name: .customLong("vague-profile"),
            help: "How vague words become numbers in article texts: tally (dozens 24, hundreds 200) or acled (dozens 12, hundreds 100).")
    var name: String?

    func validate() throws {
        if let name, VagueProfile.named(name) == nil {
            throw ValidationError("--vague-profile must be one of: " + VagueProfile.all.map(\.name).joined(separator: ", "))
        }
    }

    /// The named profile, else `fallback` (a configuration file's), else `tally`.
    func profile(fallback: String? = nil) -> VagueProfile {
        (name ?? fallback).flatMap(VagueProfile.named) ?? .tally
    }
}
