import Foundation

/// Threads that transform submitted work while the caller takes the results back in submission order.
///
/// The caller (the main thread of `tally extract`) submits pieces of input and takes results in the
/// order it submitted them; any number of results may wait, so it decides how far ahead it reads.
final class ExtractWorkers<Work: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Pieces waiting, from `queueHead` on (taken ones are cleared so their memory goes at once).
    private var queue: [(sequence: Int, work: Work)?] = []
    private var queueHead = 0
    private var done: [Int: Result] = [:]
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private var running = 0
    /// How many of the oldest pieces the caller waits for (0 when it is not waiting).
    private var awaited = 0
    private let makeTransform: @Sendable () -> (Work) -> Result

    /// Starts `count` threads; each calls `makeTransform` once, on itself, and applies what it returns
    /// to each piece it takes (so a thread can build state of its own, shared with no other).
    init(count: Int, makeTransform: @escaping @Sendable () -> (Work) -> Result) {
        self.makeTransform = makeTransform
        running = count
        for _ in 0..<count {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Submitted pieces whose result has not been taken yet.
    var pending: Int { submitted - taken }

    /// Queues one piece.
    func submit(_ work: Work) {
        condition.lock()
        queue.append((submitted, work))
        submitted += 1
        condition.signal()
        condition.unlock()
    }

    /// The result of the oldest piece not taken yet, waiting for it; `nil` when nothing is pending.
    func next() -> Result? {
        waitForOldest(1)
        return nextIfReady()
    }

    /// Waits until the `count` oldest pieces not taken yet (all pending ones, if fewer) are done, so
    /// the caller can take them without sleeping between them: a worker wakes the caller only then,
    /// not at every piece it finishes (each wake-up costs a context switch on a busy core).
    ///
    /// Once the oldest is done, the caller waits at most ``batchPatience`` for the rest: a worker whose
    /// output outgrew what it may hold waits for the caller to complete the pieces before its own, so
    /// the caller must not wait for that worker's piece.
    func waitForOldest(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        awaited = min(count, submitted - taken)
        while !oldestDone() {
            let timedOut = !condition.wait(until: Date(timeIntervalSinceNow: Self.batchPatience))
            if timedOut && done[taken] != nil { break }
        }
        awaited = 0
    }

    /// How long the caller waits for more of a batch once its oldest piece is done.
    static var batchPatience: TimeInterval { 0.005 }

    /// Whether the `awaited` oldest pieces are done (the lock held).
    private func oldestDone() -> Bool {
        (taken..<(taken + awaited)).allSatisfy { done[$0] != nil }
    }

    /// The result of the oldest piece not taken yet if it is ready, without waiting.
    func nextIfReady() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        guard let result = done.removeValue(forKey: taken) else { return nil }
        taken += 1
        return result
    }

    /// Lets the threads end once the queue is empty; pieces not started are dropped, and this waits
    /// until every thread has ended.
    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func work() {
        let transform = makeTransform()
        condition.lock()
        while true {
            while queueHead == queue.count && !closed { condition.wait() }
            if queueHead == queue.count { break }
            let (sequence, work) = queue[queueHead]!
            queue[queueHead] = nil
            queueHead += 1
            if queueHead > 64 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let result = transform(work)
            condition.lock()
            done[sequence] = result
            if awaited > 0 && oldestDone() { condition.broadcast() }
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
