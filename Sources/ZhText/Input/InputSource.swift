import Foundation

/// One input to process: a file (found directly or inside a directory) or standard input.
public struct InputItem: Sendable, Equatable, Hashable {
    /// The name reported in output: the path as given, a given directory joined with the relative path, or `-`.
    public let file: String
    /// The file-system path to read, or `nil` for standard input.
    public let path: String?

    /// An input named `file` in output and read from `path` (`nil`: standard input).
    public init(file: String, path: String?) {
        self.file = file
        self.path = path
    }

    /// Standard input.
    public static let standardInput = InputItem(file: "-", path: nil)

    /// Whether the name says Markdown (`.md`, `.markdown`).
    public var looksLikeMarkdown: Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Whether the name says HTML (`.html`, `.htm`, `.xhtml`).
    public var looksLikeHTML: Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    }
}

/// Expands command-line paths into inputs: files as given, directories recursively (`.txt`, `.md`, `.html`, `.htm`,
/// sorted by path, symbolic-link loops skipped), standard input when no path is given or for `-`.
public enum InputCollector {
    /// File name extensions read from directories.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml", "text"]

    /// The inputs for `paths`, in order; a path that cannot be used gives an error in its place.
    public static func collect(_ paths: [String]) -> [Result<InputItem, ZhTextError>] {
        if paths.isEmpty { return [.success(.standardInput)] }
        var result: [Result<InputItem, ZhTextError>] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { result.append(.success(.standardInput)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                let reason = FileProblem.reading(path) ?? "no such file or directory"
                result.append(.failure(.unreadable(file: path, reason: reason)))
                continue
            }
            if isDir.boolValue {
                var visited = Set<String>()
                let files = walk(directory: path, label: path, visited: &visited)
                if files.isEmpty {
                    result.append(.failure(.noTextFiles(directory: path)))
                } else {
                    result.append(contentsOf: files.map { .success($0) })
                }
            } else {
                result.append(.success(InputItem(file: path, path: path)))
            }
        }
        return result
    }

    private static func walk(directory: String, label: String, visited: inout Set<String>) -> [InputItem] {
        let fm = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return [] }
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return [] }
        var items: [InputItem] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let shown = label.hasSuffix("/") ? label + name : label + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                items += walk(directory: path, label: shown, visited: &visited)
            } else if textExtensions.contains((name as NSString).pathExtension.lowercased()) {
                items.append(InputItem(file: shown, path: path))
            }
        }
        return items
    }
}

/// Reads an input's bytes.
public enum InputReader {
    /// Largest file read whole (larger files are refused with a clear error rather than exhausting memory).
    public static let maximumSize = 4 << 30

    /// The bytes of `item`.
    public static func read(_ item: InputItem) throws(ZhTextError) -> [UInt8] {
        guard let path = item.path else {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        if let reason = FileProblem.reading(path) { throw .unreadable(file: item.file, reason: reason) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(file: item.file, reason: "cannot open")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw .unreadable(file: item.file, reason: (error as NSError).localizedDescription)
        }
    }

    /// Reads and decodes `item`.
    public static func load(_ item: InputItem, decoder: TextDecoder = TextDecoder()) throws(ZhTextError) -> SourceText {
        let bytes = try read(item)
        return try decoder.decode(bytes, file: item.file)
    }
}
