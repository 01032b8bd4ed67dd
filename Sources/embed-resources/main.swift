import Foundation

// embed-resources RESOURCES OUTPUT FILE…: writes OUTPUT, a Swift file whose
// `EmbeddedResources.files` maps each FILE's path under RESOURCES to its
// text, byte for byte, and whose `EmbeddedTranslations` holds the tables of
// l10n/*.json already decoded (see `translationTables`), and whose
// `EmbeddedEditions` holds the built-in editions as values (`EditionValues`). Run by
// EmbedResourcesPlugin at build time.
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
out += translationTables(root: root, paths: arguments.dropFirst(3).sorted())
out += EditionValues.source(root: root, paths: arguments.dropFirst(3).sorted())
do {
    try out.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-resources: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}

/// The translation tables of `l10n/*.json` as Swift arrays: every key, sorted
/// by its bytes, and its French, Arabic and English texts at the same index.
/// Decoding the JSON at every launch was a third of the time to the first
/// screen (and of `deadline`, `--help`); arrays of literals cost nothing to
/// start. The build stops on what the arrays could not say the same way as
/// the JSON: a key twice, a key not ASCII (sorted bytes must be Swift's
/// order), a language other than fr/ar/en, a value that is not text.
func translationTables(root: String, paths: [String]) -> String {
    let languages = ["fr", "ar", "en"]
    var table: [String: [String: String]] = [:]
    for path in paths where path.hasPrefix(root + "l10n/") && path.hasSuffix(".json") {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            fail("embed-resources: \(path) is not a JSON object")
        }
        for (key, value) in object {
            guard table[key] == nil else { fail("embed-resources: \(path): key \(key) is in two tables") }
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { fail("embed-resources: \(path): key \(key) is not ASCII") }
            guard let entry = value as? [String: String], Set(entry.keys).isSubset(of: languages) else {
                fail("embed-resources: \(path): \(key) is not texts in fr, ar, en")
            }
            table[key] = entry
        }
    }
    let keys = table.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var out = "\n/// Resources/l10n/*.json, decoded at build time: `keys` sorted by their\n"
    out += "/// bytes, each language's text at the key's index, nil where the table has none.\n"
    out += "enum EmbeddedTranslations {\n"
    out += "    static let keys: [String] = [\n"
    for key in keys { out += "        \(literal(key)),\n" }
    out += "    ]\n"
    for language in languages {
        out += "    static let \(language): [String?] = [\n"
        for key in keys { out += "        \(table[key]![language].map(literal) ?? "nil"),\n" }
        out += "    ]\n"
    }
    out += "}\n"
    return out
}

/// `text` as a Swift string literal.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}
