import Foundation

/// Output written as it is produced: to standard output, or to a temporary file beside the
/// destination that replaces it only on ``commit()`` (flushed to disk, then renamed), so a killed
/// or failed run leaves the previous file intact.
final class StreamedOutput {
    private let destination: String?
    private let pending: AtomicFile.Pending?
    private let descriptor: Int32
    private var isDone = false

    /// Standard output when `destination` is `nil`.
    init(destination: String?) throws {
        self.destination = destination
        pending = try destination.map(AtomicFile.pending(for:))
        descriptor = pending?.descriptor ?? STDOUT_FILENO
    }

    deinit {
        if !isDone, let pending { AtomicFile.abandon(pending) }
    }

    /// Writes every byte, retrying short writes.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFile.WriteError(path: destination ?? "standard output", reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Makes the output final: the file replaces the destination (standard output is left open).
    func commit() throws {
        isDone = true
        guard let pending else { return }
        try AtomicFile.commit(pending)
    }
}
