#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import FoundationEssentials

/// A moment as the machine's clock on the wall shows it, asked of the C
/// library: `TZ` when it is set, else /etc/localtime, the rules `date`
/// follows, with their summer times. FoundationEssentials knows only GMT
/// (its time zones by name live in the ICU part of Foundation the program
/// no longer links, issue 14), so every local day and hour goes through here.
public struct LocalTime: Equatable, Sendable {
    public let year, month, day, hour, minute, second: Int
    /// Seconds east of Greenwich at that moment (Morocco: +3600, or 0 in Ramadan).
    public let secondsFromGMT: Int

    /// `date` on the machine's clock; in GMT if the C library cannot say.
    public init(of date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        if localtime_r(&seconds, &parts) == nil { _ = gmtime_r(&seconds, &parts) }
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon) + 1
        day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        second = Int(parts.tm_sec)
        secondsFromGMT = Int(parts.tm_gmtoff)
    }
}
