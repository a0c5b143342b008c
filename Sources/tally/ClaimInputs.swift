import ClaimModel
import Foundation

/// Finds and reads the claim files named on the command line.
///
/// A path may be a claim file (`.csv`, `.jsonl`, `.ndjson`), a Frictionless `datapackage.json`
/// (its resources are read), or a dataset folder: the folder's `datapackage.json` if it has
/// one, else its claim files in name order (subfolders and other files are not claim files).
enum ClaimInputs {
    /// Every claim of the given paths, checked for unique ids.
    static func records(at paths: [String]) throws(InputError) -> [ClaimRecord] {
        var records: [ClaimRecord] = []
        var problems: [InputProblem] = []
        for path in paths {
            do {
                for file in try claimFiles(at: path) {
                    records += try ClaimFileReading.records(from: try bytes(of: file.path), format: file.format, file: file.path)
                }
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw InputError(problems: problems) }
        return try ClaimSet.validated(records)
    }

    /// The claim files a path stands for.
    static func claimFiles(at path: String) throws(InputError) -> [(path: String, format: ClaimFormat)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0), message: "no such file or folder"))
        }
        let packageFile = isFolder.boolValue ? (path as NSString).appendingPathComponent("datapackage.json") : path
        if (packageFile as NSString).lastPathComponent == "datapackage.json", FileManager.default.fileExists(atPath: packageFile) {
            let folder = (packageFile as NSString).deletingLastPathComponent
            return try DataPackage.resourcePaths(from: bytes(of: packageFile), file: packageFile).map { relative in
                let full = folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
                return (full, ClaimFormat(path: relative)!)
            }
        }
        if !isFolder.boolValue {
            guard let format = ClaimFormat(path: path) else {
                throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                              message: "not a claim file; expected a .csv, .jsonl or .ndjson file or a dataset folder"))
            }
            return [(path, format)]
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.sorted().compactMap { name -> (String, ClaimFormat)? in
            guard !name.hasPrefix("."), let format = ClaimFormat(path: name) else { return nil }
            return ((path as NSString).appendingPathComponent(name), format)
        }
        guard !files.isEmpty else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                          message: "folder holds no claim files (.csv, .jsonl, .ndjson)"))
        }
        return files
    }

    /// The whole file, or an error naming it.
    static func bytes(of path: String) throws(InputError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                          message: "cannot be read (check that it is a file and its permissions)"))
        }
        return [UInt8](data)
    }
}
