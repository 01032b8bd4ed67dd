import FoundationEssentials

/// The account's home folder when `HOME` is unset or empty (a service, a
/// `sudo -i` gone wrong): the account database's entry, as
/// `NSHomeDirectory()` gave it before the program left full Foundation.
public enum AccountHome {
    public static var path: String { FileManager.default.homeDirectoryForCurrentUser.path }
}
