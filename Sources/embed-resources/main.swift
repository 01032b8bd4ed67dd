import Foundation

// embed-resources RESOURCES OUTPUT FILE…: writes OUTPUT, a Swift file whose
// `EmbeddedResources.files` maps each FILE's path under RESOURCES to its
// text, byte for byte. Run by EmbedResourcesPlugin at build time.
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: embed-resources RESOURCES OUTPUT FILE…\n".utf8))
    exit(64)
}
let root = arguments[1].hasSuffix("/") ? arguments[1] : arguments[1] + "/"
var out = "// Generated at build time from Resources/ by embed-resources. Do not edit.\n"
out += "enum EmbeddedResources {\n    /// Path under Resources/ → the file's text, byte for byte.\n"
out += "    static let files: [String: String] = [\n"
for path in arguments.dropFirst(3).sorted() {
    guard path.hasPrefix(root), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-resources: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    // A raw string delimited by #""" cannot hold that delimiter.
    if text.contains("\"\"\"#") || text.contains("\\#") {
        FileHandle.standardError.write(Data("embed-resources: \(path) contains a raw-string delimiter\n".utf8))
        exit(1)
    }
    let relative = String(path.dropFirst(root.count))
    // The newline before the closing delimiter is not part of the literal: the text stays byte-exact.
    out += "        \"\(relative)\": #\"\"\"\n\(text)\n\"\"\"#,\n"
}
out += "    ]\n}\n"
do {
    try out.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-resources: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
