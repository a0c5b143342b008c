import Dispatch
import Foundation

/// How many threads the library's parallel loops use (`--jobs`): every core by default.
///
/// Every parallel loop cuts its work into the same pieces whatever this is and joins the
/// results in piece order, so the output never depends on it; with 1 the pieces simply run in
/// order on the calling thread.
public enum Parallelism {
    /// Set once, at start-up, before any work begins.
    nonisolated(unsafe) public static var workers = ProcessInfo.processInfo.activeProcessorCount

    /// Runs `body` for every index in `0..<iterations`, on every core when `workers` > 1.
    public static func perform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        if workers <= 1 || iterations <= 1 {
            for index in 0..<iterations { body(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
        }
    }
}
