import DossierCore

/// The start-up check of the user's own folders, as a message for the
/// welcome screen: folders and files that others could read are made
/// private again (`PrivateFiles.audit`/`fix`), and the person at the
/// screen is told, in the language they pick, since the wizard cannot
/// print to a terminal it has taken over.
public enum PermissionNotice {
    /// Nil when everything was already private. Names the first folder,
    /// never a file (a file name holds a CNIE).
    public static func secure(folders: [String]) -> Notice? {
        PrivateFiles.secure(folders: folders).map { Notice($0.key, $0.arguments, kind: .error) }
    }
}
