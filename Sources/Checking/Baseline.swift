import ClaimModel
import Foundation

/// Known, accepted findings: listed once, they no longer fail the check, while new ones do.
///
/// The file is JSON: `{"version": 1, "findings": [{"fingerprint", "rule", "claims": [ids], "message"}]}`.
/// Entries are matched on the fingerprint (rule id and claim ids), never on line numbers.
public struct Baseline: Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var fingerprint: String
        public var rule: String
        public var claims: [String]
        public var message: String
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The fingerprints of the accepted findings.
    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    /// Reads a baseline file's bytes.
    /// - Throws: ``InputError`` naming the file when it is not a baseline.
    public static func read(_ bytes: [UInt8], file: String) throws(InputError) -> Baseline {
        do {
            let decoded = try JSONDecoder().decode(File.self, from: Data(bytes))
            return Baseline(entries: decoded.findings)
        } catch {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 0),
                                          message: "not a tally baseline (expected JSON {\"version\": 1, \"findings\": [...]}, as --write-baseline writes)"))
        }
    }

    /// The baseline as JSON, entries sorted by rule then fingerprint, so it diffs well in git.
    public func text() -> String {
        let sorted = entries.sorted { ($0.rule, $0.fingerprint) < ($1.rule, $1.fingerprint) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(version: 1, findings: sorted))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
