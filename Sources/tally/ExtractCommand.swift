import ArgumentParser
import ClaimModel
import Extraction
import Foundation

extension Tally {
    /// `tally extract`: casualty claims from news text.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",  // named here, not derived from the type's name at every start
            abstract: "Extract casualty claims from news text.",
            discussion: """
                Reads .txt, .md, .html and .jsonl document files (one {"id", "text", "published", "url"} \
                object per line), or standard input, and writes one claim per casualty figure as JSON Lines \
                (or CSV). Offsets count Unicode code points of the document text (of the extracted text for HTML). \
                Bounds keep low ≤ value ≤ high: "more than 80" is value 81, low 81; "nearly 100" is value 99, high 99.
                """
        )

        @Argument(help: "Document files (.txt, .md, .html, .jsonl); none or '-' reads standard input.")
        var inputs: [String] = []

        @Option(name: [.short, .customLong("output")], help: "Write claims to this file (replaced atomically) instead of standard output.")
        var output: String?

        @Option(help: "Output format: jsonl or csv.")
        var format: String = "jsonl"

        @Option(help: "Publication date (YYYY-MM-DD) for documents that do not give one; anchors relative dates.")
        var published: String?

        @Option(help: "Vague-word convention: tally (dozens 24, hundreds 200) or acled (dozens 12, hundreds 100).")
        var vagueProfile: String = "tally"

        @Option(help: "Documents extracted at once on separate cores (default: every core). Output is the same for any value.")
        var jobs: Int?

        func validate() throws {
            guard ExtractEncoding.Format(rawValue: format) != nil else { throw ValidationError("--format must be jsonl or csv") }
            guard VagueProfile.named(vagueProfile) != nil else {
                throw ValidationError("--vague-profile must be one of: " + VagueProfile.all.map(\.name).joined(separator: ", "))
            }
            if let published, CalendarDate(iso: published) == nil { throw ValidationError("--published must be a date like 2020-03-04") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        }

        func run() throws {
            var timer = PhaseTimer()
            AllocatorTuning.keepFreedMemory()
            let work = ExtractWork(extractor: Extractor(profile: VagueProfile.named(vagueProfile)!),
                                   encoding: ExtractEncoding(format: ExtractEncoding.Format(rawValue: format)!),
                                   published: published.flatMap { CalendarDate(iso: $0) })
            let out = try ExtractOutput(destination: output)
            let sink = ExtractSink(output: out, encoding: work.encoding)
            let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            timer.mark("set up")
            do {
                try work.encoding.header.withUnsafeBufferPointer { try out.write($0) }
                if workers == 1 {
                    var sequence = 0
                    try ExtractInputs.read(inputs) { unit in
                        var unit = unit
                        unit.sequence = sequence
                        sequence += 1
                        try sink.complete(work.run(unit, sink: sink))
                    }
                } else {
                    try Self.extract(inputs, workers: workers, work: work, sink: sink)
                }
                try out.finish()
                sink.progress.finish()
                timer.mark("extract (this thread: reading and writing)")
            } catch {
                out.abandon()
                sink.progress.finish()
                throw error
            }
            if vagueProfile != "tally" || output != nil {
                FileHandle.standardError.write(Data("\(VagueProfile.named(vagueProfile)!.summary)\n".utf8))
            }
        }

        /// Pieces of input in flight at most, per worker.
        static let piecesPerWorker = 8
        /// Input bytes in flight at most (a single longer piece still goes alone).
        static let bytesInFlight = 8 << 20

        /// The main thread splits the input and completes results in order; `workers` threads do the rest.
        ///
        /// When the pipeline is full, the main thread sleeps until half of it is done and completes those
        /// results together, rather than waking at every piece (the workers keep the other half to do).
        private static func extract(_ inputs: [String], workers: Int, work: ExtractWork, sink: ExtractSink) throws {
            let pool = ExtractWorkers<ExtractUnit, ExtractWork.Result>(count: workers) {
                let own = work.independentCopy()
                return { own.run($0, sink: sink) }
            }
            defer {
                sink.cancel()  // after a failure, workers waiting for their turn must not wait forever
                pool.close()
            }
            var inFlight = 0
            var sequence = 0
            var failed = false
            func complete(_ result: ExtractWork.Result) throws {
                inFlight -= result.unitBytes
                do { try sink.complete(result) } catch { failed = true; throw error }
            }
            do {
                try ExtractInputs.read(inputs) { unit in
                    if pool.pending >= workers * piecesPerWorker { pool.waitForOldest(pool.pending / 2) }
                    while let ready = pool.nextIfReady() { try complete(ready) }
                    while pool.pending > 0 && (pool.pending >= workers * piecesPerWorker || inFlight + unit.bytes.count > bytesInFlight) {
                        try complete(pool.next()!)
                    }
                    var unit = unit
                    unit.sequence = sequence
                    sequence += 1
                    inFlight += unit.bytes.count
                    pool.submit(unit)
                    while let ready = pool.nextIfReady() { try complete(ready) }
                }
            } catch where !failed {
                // A reading problem comes after the output of everything read before it.
                while let result = pool.next() { try complete(result) }
                throw error
            }
            while let result = pool.next() { try complete(result) }
        }
    }
}

/// Progress on standard error for long runs on a terminal: documents, megabytes, rate. Silent when piped or in CI.
struct Progress {
    private let enabled = isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
    private let started = Date()
    private var lastShown = Date()
    private var documents = 0
    private var bytes = 0
    private var shown = false

    mutating func update(documents added: Int, bytes total: Int) {
        documents += added
        bytes = total
        guard enabled, documents % 64 == 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = now
        shown = true
        let mb = Double(bytes) / 1_000_000
        let rate = mb / max(now.timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(Data(String(format: "\r%d documents, %.1f MB, %.1f MB/s ", documents, mb, rate).utf8))
    }

    func finish() {
        if enabled && shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
