import Foundation

/// Writes files so that a reader never sees a half-written one.
///
/// The content goes to a temporary file in the destination's folder, is flushed to disk, and
/// is renamed over the destination: a killed run leaves the previous file intact (see ``StreamedOutput``).
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "error: cannot write \(path): \(reason)" }
    }

    static func write(_ text: String, to path: String) throws {
        try write(bytes: Data(text.utf8), to: path)
    }

    static func write(bytes content: Data, to path: String) throws {
        let output = try StreamedOutput(destination: path)
        try output.write([UInt8](content))
        try output.commit()
    }
}
