/// Why a console's last `readLine` brought no usable line, told by the
/// console and said by the plain mode in the person's language.
public enum PlainLineTrouble: Equatable, Sendable {
    /// The line ran past `limit` bytes: it was read to its end and
    /// dropped, never held whole (a paste of megabytes must not grow
    /// memory without limit).
    case lineTooLong(limit: Int)
    /// The line held bytes that are not UTF-8 (a terminal set to another
    /// encoding): refused whole rather than stored with U+FFFD in a name.
    case notUTF8
    /// A terminating signal (SIGHUP, SIGTERM, SIGINT, SIGQUIT) arrived: the
    /// draft is saved and the program ends with status 128 + `signal`.
    case signal(Int32)
}
