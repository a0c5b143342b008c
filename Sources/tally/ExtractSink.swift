import ClaimModel
import Foundation

/// Where the output of `tally extract` goes, in input order, from whichever thread holds the unit
/// whose turn it is.
///
/// The main thread completes units in order (``complete(_:)``): it writes what a unit's worker left,
/// places a text's later sections after the earlier ones, and passes the turn on. A worker whose
/// unit has the turn writes its output as it goes (``offer(_:of:)``), so a unit that yields far more
/// output than input (text packed with figures) needs no more memory than ``holdLimit``; a worker
/// whose unit must wait keeps its output up to that limit, then waits for the turn.
final class ExtractSink: @unchecked Sendable {
    /// Output a worker keeps while its unit waits for the turn.
    static let holdLimit = 8 << 20
    /// A worker with the turn writes once it has this much.
    static let flushSize = 1 << 20

    /// Claims and code points of the current text's sections before the unit that has the turn.
    struct Placement {
        var claimsBefore = 0
        var codePointsBefore = 0
    }

    private let condition = NSCondition()
    private let output: ExtractOutput
    private let encoding: ExtractEncoding
    /// The unit whose output goes out now.
    private var turn = 0
    private var placement = Placement()
    private var failure: Error?
    /// Set when the run stops early: waiting workers give up and their output is dropped.
    private var cancelled = false
    var progress = Progress()
    private var bytesRead = 0

    init(output: ExtractOutput, encoding: ExtractEncoding) {
        self.output = output
        self.encoding = encoding
    }

    /// A worker's output of unit `sequence` so far: written and emptied if the unit has the turn or the
    /// output has reached ``holdLimit`` (then after waiting for the turn), kept otherwise.
    func offer(_ bytes: ExtractBytes, of sequence: Int) {
        guard bytes.count >= Self.flushSize else { return }
        condition.lock()
        defer { condition.unlock() }
        if turn != sequence && bytes.count < Self.holdLimit && !cancelled { return }
        while turn != sequence && !cancelled { condition.wait() }
        if cancelled { return bytes.removeAll() }
        write(bytes)
    }

    /// The placement of unit `sequence`, a text's later section, once it has the turn (waiting for it).
    func placementAtTurn(of sequence: Int) -> Placement {
        condition.lock()
        defer { condition.unlock() }
        while turn != sequence && !cancelled { condition.wait() }
        return placement
    }

    /// Stops the run: workers waiting for the turn go on (their output is dropped).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Completes the unit that has the turn (the main thread, in input order): writes what is left of
    /// its output, places a later section's claims, and passes the turn on. A result's problem (a bad
    /// JSON line) or a failed write is thrown after the output before it.
    func complete(_ result: ExtractWork.Result) throws {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        write(result.output)
        if !result.laterSectionClaims.isEmpty, let document = result.laterSectionClaims.first?.document {
            let bytes = ExtractBytes()
            for claim in result.laterSectionClaims {
                encoding.append([ExtractSection.placed(claim, after: placement.claimsBefore, shift: placement.codePointsBefore, document: document)], to: bytes)
            }
            write(bytes)
        }
        if let failure {
            cancelled = true
            throw failure
        }
        if let problem = result.problem {
            cancelled = true
            throw InputError(problem)
        }
        turn += 1
        if result.startsText {
            placement = Placement()
        }
        placement.claimsBefore += result.claimCount
        placement.codePointsBefore += result.codePoints
        bytesRead += result.inputBytes
        progress.update(documents: result.documents, bytes: bytesRead)
    }

    /// Writes and empties `bytes` (the lock held); after a failure, drops them.
    private func write(_ bytes: ExtractBytes) {
        guard failure == nil else { return bytes.removeAll() }
        do { try output.write(bytes.bytes) } catch { failure = error }
        bytes.removeAll()
    }
}
