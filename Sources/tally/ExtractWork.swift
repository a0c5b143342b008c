import ClaimModel
import Extraction
import Foundation

/// What a worker of `tally extract` does with one ``ExtractUnit``: reads its documents, extracts their
/// claims and writes them as output bytes, so the main thread has only to write them in order.
struct ExtractWork: Sendable {
    let extractor: Extractor
    let encoding: ExtractEncoding
    /// The publication date of documents that give none.
    let published: CalendarDate?

    /// A unit's output, or what the main thread must still do with it.
    struct Result: Sendable {
        /// Claims as output bytes not written yet.
        var output = ExtractBytes()
        /// Documents read (a document's later sections count none).
        var documents = 0
        /// The unit's bytes, and the input bytes it stands for.
        var unitBytes = 0
        var inputBytes = 0
        /// Whether the unit is the first section of a text (a text file or an HTML page).
        var startsText = false
        /// A section's claims: how many there are, and for a later section whose turn did not come
        /// while it was extracted, the claims themselves, to renumber and shift after the sections
        /// before them (``ExtractSection``).
        var claimCount = 0
        var laterSectionClaims: [Claim] = []
        /// A section's length in code points.
        var codePoints = 0
        /// A line that is no document: the output holds the claims of the lines before it.
        var problem: InputProblem?
    }

    /// The same work sharing no storage with this one, for another worker thread.
    func independentCopy() -> ExtractWork {
        ExtractWork(extractor: extractor.independentCopy(), encoding: encoding, published: published)
    }

    /// A later section's claims held while its turn has not come: past this many, the worker waits
    /// for the turn to write them.
    static let heldClaims = 4096

    func run(_ unit: ExtractUnit, sink: ExtractSink) -> Result {
        var result = Result(output: ExtractBytes(capacity: min(unit.bytes.count, ExtractSink.holdLimit)),
                            unitBytes: unit.bytes.count, inputBytes: unit.inputBytes)
        let output = result.output
        switch unit.content {
        case .lines:
            do {
                try Self.documents(in: unit, published: published) { document in
                    if encoding.format == .jsonl {
                        extractor.claims(in: document) { claim in
                            encoding.append(claim, to: output)
                            sink.offer(output, of: unit.sequence)  // a long document packed with figures
                        }
                    } else {
                        encoding.append(extractor.claims(in: document), to: output)
                    }
                    result.documents += 1
                    sink.offer(output, of: unit.sequence)
                }
            } catch {
                result.problem = error.problems.first
            }
        case .section(let index):
            let document = Self.sectionDocument(unit, published: published)
            result.startsText = index == 0
            result.documents = index == 0 ? 1 : 0
            // A later section's claims are numbered after the earlier sections' and shifted by their
            // length, known once the section has the turn.
            var placement: ExtractSink.Placement? = index == 0 ? ExtractSink.Placement() : nil
            var held: [Claim] = []
            func write(_ claim: Claim) {
                guard let placement else { return }
                let placed = index == 0 ? claim
                    : ExtractSection.placed(claim, after: placement.claimsBefore, shift: placement.codePointsBefore, document: unit.stem)
                encoding.append([placed], to: output)
            }
            extractor.claims(in: document) { claim in
                result.claimCount += 1
                if placement != nil {
                    write(claim)
                    sink.offer(output, of: unit.sequence)
                    return
                }
                held.append(claim)
                if held.count >= Self.heldClaims {
                    placement = sink.placementAtTurn(of: unit.sequence)
                    for claim in held { write(claim) }
                    held = []
                }
            }
            result.laterSectionClaims = held
            result.codePoints = Self.codePoints(of: document.text)
        }
        return result
    }

    /// Calls `body` with each document of a unit (the section's for a section), in order; a JSON line
    /// that is no document stops the unit with an error naming the file and line.
    static func documents(in unit: ExtractUnit, published: CalendarDate?, _ body: (Document) -> Void) throws(InputError) {
        guard case .lines(let firstLine) = unit.content else { return body(sectionDocument(unit, published: published)) }
        var failure: InputError?
        unit.bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            var start = 0
            var line = firstLine
            while start < all.count {
                let end = memchr(base + start, 10, all.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? all.count
                defer { start = end + 1; line += 1 }
                let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
                if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                if memchr(bytes.baseAddress!, 0, bytes.count) != nil {
                    failure = InputError(InputProblem(location: InputLocation(file: unit.file, line: line), message: "binary data (NUL byte); expected a JSON document per line"))
                    return
                }
                var document: Document
                do throws(DocumentLine.Problem) {
                    document = try DocumentLine.document(from: bytes, fallbackID: "\(unit.stem)-\(line)")
                } catch {
                    failure = InputError(InputProblem(location: InputLocation(file: unit.file, line: line), message: error.message))
                    return
                }
                if document.published == nil { document.published = published }
                body(document)
            }
        }
        if let failure { throw failure }
    }

    /// How many Unicode code points `text` holds: its UTF-8 bytes but continuation bytes, eight at a time.
    static func codePoints(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var i = 0
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                count += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount  // 10xxxxxx continues
                i += 8
            }
            while i < bytes.count {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            return count
        }
    }

    private static func sectionDocument(_ unit: ExtractUnit, published: CalendarDate?) -> Document {
        Document(id: unit.stem, text: String(decoding: unit.bytes, as: UTF8.self), published: published)
    }
}
