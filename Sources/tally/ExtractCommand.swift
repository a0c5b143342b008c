import ArgumentParser
import ClaimModel
import Extraction
import Foundation

extension Tally {
    /// `tally extract`: casualty claims from news text.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            guard ExtractOutput.Format(rawValue: format) != nil else { throw ValidationError("--format must be jsonl or csv") }
            guard VagueProfile.named(vagueProfile) != nil else {
                throw ValidationError("--vague-profile must be one of: " + VagueProfile.all.map(\.name).joined(separator: ", "))
            }
            if let published, CalendarDate(iso: published) == nil { throw ValidationError("--published must be a date like 2020-03-04") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        }

        func run() throws {
            let extractor = Extractor(profile: VagueProfile.named(vagueProfile)!)
            var out = try ExtractOutput(format: ExtractOutput.Format(rawValue: format)!, destination: output)
            var reader = ExtractInputs(published: published.flatMap { CalendarDate(iso: $0) })
            var progress = Progress()
            let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            do {
                var claimsBefore = 0
                var batch = ExtractionBatch(workers: workers)
                // Documents are extracted a batch at a time on every core, then placed and written in input order.
                func flush() throws {
                    for (item, extracted) in batch.extract(with: extractor) {
                        if item.section.index == 0 { claimsBefore = 0 }
                        let claims = item.section.placed(extracted, after: claimsBefore, document: item.document.id)
                        claimsBefore += claims.count
                        try out.write(claims)
                        progress.update(documents: item.section.index == 0 ? 1 : 0, bytes: item.bytes)
                    }
                }
                try reader.read(inputs) { document, section, bytes in
                    batch.append(document, section: section, bytes: bytes)
                    if batch.isFull { try flush() }
                }
                try flush()
                try out.finish()
                progress.finish()
            } catch {
                out.abandon()
                progress.finish()
                throw error
            }
            if vagueProfile != "tally" || output != nil {
                FileHandle.standardError.write(Data("\(VagueProfile.named(vagueProfile)!.summary)\n".utf8))
            }
        }
    }
}

/// Documents waiting to be extracted together, one share per core.
///
/// A batch holds at most ``capacity`` documents or ``byteLimit`` bytes of text, so memory stays
/// bounded whatever the input size.
struct ExtractionBatch {
    struct Item {
        var document: Document
        var section: ExtractInputs.Section
        var bytes: Int
    }

    let workers: Int
    private(set) var items: [Item] = []
    private var textBytes = 0
    static let capacity = 512
    static let byteLimit = 16 << 20

    init(workers: Int) { self.workers = workers }

    var isFull: Bool { items.count >= Self.capacity || textBytes >= Self.byteLimit }

    mutating func append(_ document: Document, section: ExtractInputs.Section, bytes: Int) {
        items.append(Item(document: document, section: section, bytes: bytes))
        textBytes += document.text.utf8.count
    }

    /// Every item with its claims, in order; the batch is emptied.
    mutating func extract(with extractor: Extractor) -> [(Item, [Claim])] {
        defer { items.removeAll(keepingCapacity: true); textBytes = 0 }
        guard workers > 1, items.count > 1 else { return items.map { ($0, extractor.claims(in: $0.document)) } }
        let documents = items.map(\.document)
        let results = ParallelSlots<[Claim]>(count: documents.count)
        let shares = min(workers, documents.count)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            // Interleaved shares balance long and short documents.
            for index in stride(from: share, to: documents.count, by: shares) {
                results[index] = extractor.claims(in: documents[index])
            }
        }
        return items.indices.map { (items[$0], results[$0] ?? []) }
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
