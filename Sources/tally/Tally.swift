import ArgumentParser
import ClaimModel
import Foundation
import Statistics

/// The `tally` command: casualty claims in, reconciled numbers out.
@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Turn casualty reports into numbers people can trust.",
        discussion: """
            Claims are numeric casualty statements ("58 Turkish troops killed in the past month"), \
            stored as JSON Lines or CSV with the columns described in the README.

            Exit codes: 0 success, 1 findings at or above the threshold (check), 2 unusable input or bad usage.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Reconcile.self, Stats.self, Report.self, Check.self, Eval.self]
    )

    /// Runs the command, mapping every failure to Tally's exit codes: usage errors and unusable input exit 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(ExitStatus.unusableInput)
        } catch let error as AtomicFile.WriteError {
            // Not a finding (exit 1): the output could not be written, and the previous file is intact.
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(ExitStatus.unusableInput)
        } catch let error as GSLError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            Foundation.exit(ExitStatus.unusableInput)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(ExitStatus.findings) {
                exit(withError: error)
            }
            // Print the parser's message and help as usual, but with Tally's exit code for bad usage.
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(ExitStatus.unusableInput)
        }
    }
}

extension Tally {
    /// Ends the process successfully once all output is written, without freeing the millions of
    /// values a large dataset leaves in memory (the system reclaims them at once; freeing them one
    /// by one takes seconds).
    static func finishWithoutTeardown(status: Int32 = 0) -> Never {
        fflush(nil)
        Foundation.exit(status)
    }
}

/// Tally's exit codes, shared by every subcommand.
enum ExitStatus {
    /// Findings at or above the failure threshold.
    static let findings: Int32 = 1
    /// The input could not be used, or the command line was wrong.
    static let unusableInput: Int32 = 2
}
