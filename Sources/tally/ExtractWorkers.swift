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
    private let transform: @Sendable (Work) -> Result

    /// Starts `count` threads that apply `transform` to each submitted piece.
    init(count: Int, transform: @escaping @Sendable (Work) -> Result) {
        self.transform = transform
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
        condition.lock()
        defer { condition.unlock() }
        guard taken < submitted else { return nil }
        while done[taken] == nil { condition.wait() }
        let result = done.removeValue(forKey: taken)
        taken += 1
        return result
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
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
