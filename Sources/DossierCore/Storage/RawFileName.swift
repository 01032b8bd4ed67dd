#if canImport(Glibc)
import Glibc
#endif

/// A file's name as the system holds it: bytes, which need not be UTF-8
/// (a name made on a Windows USB key in Latin-1, `é` as the one byte
/// 0xE9). Swift's `String` cannot hold such bytes, and decoding them the
/// usual way replaces each with U+FFFD: the name no longer names the
/// file, and `check` said "not found" about a file that is there.
///
/// So the program carries names in a `String` losslessly, as Python does
/// with its "surrogateescape": each byte that is not part of valid UTF-8
/// stands for itself as one scalar of a private range (byte `b` as
/// U+10FE00 + `b`, U+10FE80–U+10FEFF, which no written language uses), and
/// `cString` gives the system the original bytes back. A name that is
/// valid UTF-8 is unchanged, except that the four bytes of a scalar of
/// that range, should a name hold one, are escaped too, so that
/// `bytes(string(b)) == b` for every `b`.
///
/// Whatever shows a name (`TerminalText.visible`) writes an escaped byte
/// as `\xFF`, and says the name is not UTF-8 (`isUTF8`).
public enum RawFileName {
    /// The first scalar of the range; byte `b` (0x80–0xFF) is `base + b`.
    static let base: UInt32 = 0x10FE00

    /// The byte an escaped scalar stands for; nil for any other scalar.
    public static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        (base + 0x80...base + 0xFF).contains(scalar.value) ? UInt8(scalar.value - base) : nil
    }

    /// The name of the system's bytes (from `argv`, `readdir` or a line
    /// of standard input), invalid bytes escaped.
    public static func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = Array(bytes)
        // The usual case costs one validation: nothing to escape.
        if let plain = String(validating: bytes, as: UTF8.self),
           !plain.unicodeScalars.contains(where: { escapedByte($0) != nil }) {
            return plain
        }
        var out = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var position = 0
        func escape(_ count: Int) {
            for byte in bytes[position..<position + count] {
                out.append(Unicode.Scalar(base + UInt32(byte))!)
            }
        }
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if escapedByte(scalar) != nil { escape(encoded.count) } else { out.append(scalar) }
                position += encoded.count
            case .error(let length):
                escape(length)
                position += length
            case .emptyInput:
                return String(out)
            }
        }
    }

    /// The name of a C string (`argv[i]`, `d_name`).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        string(UnsafeBufferPointer(start: cString, count: strlen(cString)).lazy.map { UInt8(bitPattern: $0) })
    }

    /// The system's bytes of a name.
    public static func bytes(_ name: String) -> [UInt8] {
        guard name.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return Array(name.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if let byte = escapedByte(scalar) { out.append(byte) } else { out += UTF8.encode(scalar)! }
        }
        return out
    }

    /// The bytes NUL-terminated, for a system call: `open(RawFileName.cString(path), …)`.
    public static func cString(_ name: String) -> [CChar] {
        bytes(name).map { CChar(bitPattern: $0) } + [0]
    }

    /// Whether the name is valid UTF-8 (no byte escaped).
    public static func isUTF8(_ name: String) -> Bool {
        !name.unicodeScalars.contains(where: { escapedByte($0) != nil })
    }

    /// A byte that is not UTF-8 as it is shown: `\xFF`.
    public static func shown(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "\\x" + (hex.count == 1 ? "0" : "") + hex
    }

    /// The name with each byte that is not UTF-8 written `\xFF` and
    /// nothing else changed: for a JSON or CSV value, where the encoder
    /// escapes the rest.
    public static func shown(_ name: String) -> String {
        guard !isUTF8(name) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            if let byte = escapedByte(scalar) { out += shown(byte) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The entries of a folder (`.` and `..` aside) as raw names, in no
    /// order; nil when it cannot be read. `FileManager` decodes names
    /// on its own and loses those that are not UTF-8.
    public static func entries(of folder: String) -> [String]? {
        guard let dir = opendir(cString(folder)) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    string(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
