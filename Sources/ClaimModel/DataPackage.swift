import Foundation

/// A Frictionless Data Package (`datapackage.json`) whose resources are claim files.
///
/// Only what Tally needs is read: each resource's `path` (a string or a list of strings,
/// relative to the package) and, when given, its Table Schema's field names, which must
/// include the required claim fields.
public enum DataPackage {
    /// The claim files the package lists, as paths relative to the package's folder.
    ///
    /// - Throws: ``InputError`` naming the package file and the resource at fault.
    public static func resourcePaths(from bytes: [UInt8], file: String) throws(InputError) -> [String] {
        func problem(_ message: String, field: String? = nil) -> InputError {
            InputError(InputProblem(location: InputLocation(file: file, line: 0), field: field, message: message))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw problem("not a JSON object; a data package is {\"resources\": [{\"path\": \"claims.csv\", …}]}")
        }
        guard let resources = object["resources"] as? [[String: Any]], !resources.isEmpty else {
            throw problem("expected a non-empty list of resources", field: "resources")
        }
        var paths: [String] = []
        var problems: [InputProblem] = []
        for (index, resource) in resources.enumerated() {
            let field = "resources[\(index)]"
            let listed: [String]
            if let path = resource["path"] as? String {
                listed = [path]
            } else if let many = resource["path"] as? [String], !many.isEmpty {
                listed = many
            } else {
                problems.append(problem("expected a path (a string or a list of strings)", field: field + ".path").problems[0])
                continue
            }
            if let schema = resource["schema"] as? [String: Any], let fields = schema["fields"] as? [[String: Any]] {
                let names = Set(fields.compactMap { ($0["name"] as? String).flatMap(ClaimField.init(columnName:)) })
                let missing = ClaimField.required.filter { !names.contains($0) }
                if !missing.isEmpty {
                    problems.append(problem("the table schema lacks the required field(s) "
                                            + missing.map(\.rawValue).joined(separator: ", "), field: field + ".schema").problems[0])
                }
            }
            for path in listed {
                guard ClaimFormat(path: path) != nil else {
                    problems.append(problem("'\(path)' is not a claim file (.csv, .jsonl, .ndjson)", field: field + ".path").problems[0])
                    continue
                }
                guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                    problems.append(problem("'\(path)' must be a relative path inside the package", field: field + ".path").problems[0])
                    continue
                }
                paths.append(path)
            }
        }
        if !problems.isEmpty { throw InputError(problems: problems) }
        return paths
    }
}
