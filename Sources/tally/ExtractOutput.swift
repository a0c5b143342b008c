import ClaimModel
import Foundation

/// Where `tally extract` writes its output bytes as they come: standard output, or a file replaced
/// atomically (a temporary file beside it, renamed over it when every input has been read).
struct ExtractOutput {
    let destination: String?
    private let fd: Int32
    private let file: AtomicFile.Pending?

    init(destination: String?) throws {
        self.destination = destination
        if let destination {
            let file = try AtomicFile.pending(for: destination)
            self.fd = file.descriptor
            self.file = file
        } else {
            self.fd = 1
            self.file = nil
        }
    }

    /// Writes every byte, retrying short writes.
    func write(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                throw AtomicFile.WriteError(path: destination ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
    }

    /// For a file, makes it durable and renames it into place.
    func finish() throws {
        guard let file else { return }
        try AtomicFile.commit(file)
    }

    /// Removes the temporary file after a failure, leaving any previous output intact.
    func abandon() {
        if let file { AtomicFile.abandon(file) }
    }
}
