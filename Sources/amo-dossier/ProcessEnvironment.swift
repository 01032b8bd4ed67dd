import Glibc

/// The environment of this process, read once from `environ`.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary on every
/// call, through Foundation's general string conversions: about 150 000
/// instructions each, and the wizard's start asked it six times (issue 14).
/// The environment does not change while the program runs (nothing here
/// calls `setenv`), so one reading serves every caller. A variable whose
/// name or value is not UTF-8 is read with U+FFFD in place of the bad
/// bytes, as Foundation does; a line without "=" is skipped; the first of
/// two lines with the same name wins, as `getenv` would answer.
enum ProcessEnvironment {
    static let current: [String: String] = {
        var variables: [String: String] = [:]
        var entry = environ
        while let line = entry.pointee {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self),
                                            count: strlen(line))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0 {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                if variables[name] == nil {
                    variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
                }
            }
            entry += 1
        }
        return variables
    }()
}
