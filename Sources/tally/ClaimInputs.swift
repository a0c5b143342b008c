import ClaimModel
import Extraction
import Foundation

/// Finds and reads the claim files named on the command line.
///
/// A path may be a claim file (`.csv`, `.jsonl`, `.ndjson`), a Frictionless `datapackage.json`
/// (its resources are read), or a dataset folder: the folder's `datapackage.json` if it has
/// one, else its claim files and article texts (`.txt`, `.md`, `.html`, whose claims are
/// extracted, see ``ArticleClaims``) in name order. Subfolders and other files are not read.
enum ClaimInputs {
    /// Every claim of the given paths, checked for unique ids.
    static func records(at paths: [String], vagueProfile: VagueProfile = .tally) throws(InputError) -> [ClaimRecord] {
        try claims(at: paths, vagueProfile: vagueProfile).records
    }

    /// Every claim of the given paths, checked for unique ids, with each id's position (the
    /// index reconciliation needs, built once).
    static func claims(at paths: [String], vagueProfile: VagueProfile = .tally) throws(InputError) -> ClaimSet.Validated {
        var records: [ClaimRecord] = []
        var problems: [InputProblem] = []
        for path in paths {
            do {
                for file in try claimFiles(at: path) {
                    if let format = file.format {
                        let read = try ClaimFileReading.records(from: try bytes(of: file.path), format: format, file: file.path)
                        if records.isEmpty { records = read } else { records += read }
                    } else {
                        records += try ArticleClaims.records(file: file.path, profile: vagueProfile)
                    }
                }
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw InputError(problems: problems) }
        var timer = PhaseTimer()
        defer { timer.mark("read: unique ids") }
        return try ClaimSet.validatedWithPositions(records)
    }

    /// The claim files a path stands for.
    /// The files a path stands for: claim files with their format, articles with none.
    static func claimFiles(at path: String) throws(InputError) -> [(path: String, format: ClaimFormat?)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0), message: "no such file or folder"))
        }
        let packageFile = isFolder.boolValue ? (path as NSString).appendingPathComponent("datapackage.json") : path
        if (packageFile as NSString).lastPathComponent == "datapackage.json", FileManager.default.fileExists(atPath: packageFile) {
            let folder = (packageFile as NSString).deletingLastPathComponent
            return try DataPackage.resourcePaths(from: bytes(of: packageFile), file: packageFile).map { relative in
                let full = folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
                return (full, ClaimFormat(path: relative))
            }
        }
        if !isFolder.boolValue {
            if let format = ClaimFormat(path: path) { return [(path, format)] }
            if ArticleClaims.isArticle(path) { return [(path, nil)] }
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                          message: "not a claim file or article; expected a .csv, .jsonl or .ndjson claim file, "
                                              + "a .txt, .md or .html article, a datapackage.json, or a dataset folder"))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.sorted().compactMap { name -> (String, ClaimFormat?)? in
            guard !name.hasPrefix(".") else { return nil }
            let full = (path as NSString).appendingPathComponent(name)
            if let format = ClaimFormat(path: name) { return (full, format) }
            if ArticleClaims.isArticle(name), name.lowercased() != "readme.md" { return (full, nil) }
            return nil
        }
        guard !files.isEmpty else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                          message: "folder holds no claim files (.csv, .jsonl, .ndjson) or articles (.txt, .md, .html)"))
        }
        return files
    }

    /// The whole file, or an error naming it.
    static func bytes(of path: String) throws(InputError) -> [UInt8] {
        let unreadable = InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                                 message: "cannot be read (check that it is a file and its permissions)"))
        // Read straight into the array: a claim file can be hundreds of megabytes.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { throw unreadable }
        // Into the array's own storage, then on in 1 MiB steps should the file have grown.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + (1 << 20))
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: 1 << 20) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
