import ArgumentParser
import Reconciliation

/// The `--policy` option shared by the commands that reconcile.
struct PolicyOption: ParsableArguments {
    @Option(help: "How to choose best/low/high among sources: range, conservative, latest, or prefer:SOURCE,….")
    var policy: String = "range"

    func validate() throws {
        guard Policy(argument: policy) != nil else {
            throw ValidationError("unknown policy '\(policy)'; use range, conservative, latest or prefer:SOURCE,…")
        }
    }

    /// The parsed policy (checked in `validate()`).
    var parsed: Policy { Policy(argument: policy)! }
}
