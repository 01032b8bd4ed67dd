import FoundationEssentials

/// The home folder the program's own folders go under.
public enum AccountHome {
    /// `HOME` from `environment` when it is set and not empty, else the
    /// account's.
    public static func path(environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? path
    }

    /// The account's home folder when `HOME` is unset or empty (a service, a
    /// `sudo -i` gone wrong): the account database's entry, as
    /// `NSHomeDirectory()` gave it before the program left full Foundation.
    public static var path: String { FileManager.default.homeDirectoryForCurrentUser.path }
}
