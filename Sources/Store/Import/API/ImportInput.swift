import Foundation

/// One file (or standard input) to import: its name for messages and its bytes.
public struct ImportInput: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Reads the file at `path`; "-" reads standard input to its end.
    public static func read(path: String) throws(ImportError) -> ImportInput {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return ImportInput(name: "<stdin>", bytes: [UInt8](data))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ImportError(file: path, line: 0, message: "no such file: check the path")
        }
        guard !isFolder.boolValue else {
            throw ImportError(file: path, line: 0, message: "is a folder: name the files to import (e.g. \(path)/*.jsonl)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, line: 0, message: "cannot read the file: check its permissions")
        }
        return ImportInput(name: path, bytes: [UInt8](data))
    }
}
