import ArgumentParser
import ClaimModel

/// `--jobs N`: how many threads reading, reconciliation and checking use (see ``Parallelism``).
struct JobsOption: ParsableArguments {
    @Option(help: "Threads for reading and reconciling (default: every core). Output is the same for any value.")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    /// Puts the setting in force; call before any work.
    func apply() {
        if let jobs { Parallelism.workers = jobs }
    }
}
