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

        func validate() throws {
            guard ExtractOutput.Format(rawValue: format) != nil else { throw ValidationError("--format must be jsonl or csv") }
            guard VagueProfile.named(vagueProfile) != nil else {
                throw ValidationError("--vague-profile must be one of: " + VagueProfile.all.map(\.name).joined(separator: ", "))
            }
            if let published, CalendarDate(iso: published) == nil { throw ValidationError("--published must be a date like 2020-03-04") }
        }

        func run() throws {
            let extractor = Extractor(profile: VagueProfile.named(vagueProfile)!)
            var out = try ExtractOutput(format: ExtractOutput.Format(rawValue: format)!, destination: output)
            var reader = ExtractInputs(published: published.flatMap { CalendarDate(iso: $0) })
            var progress = Progress()
            do {
                var claimsBefore = 0
                try reader.read(inputs) { document, section, bytes in
                    if section.index == 0 { claimsBefore = 0 }
                    let claims = section.placed(extractor.claims(in: document), after: claimsBefore, document: document.id)
                    claimsBefore += claims.count
                    try out.write(claims)
                    progress.update(documents: section.index == 0 ? 1 : 0, bytes: bytes)
                }
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
