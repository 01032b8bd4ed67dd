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
        var found: [PermissionFinding] = []
        var seen = Set<String>()
        for folder in folders {
            for finding in PrivateFiles.audit(folder: folder) where seen.insert(finding.path).inserted {
                found.append(finding)
            }
        }
        guard !found.isEmpty else { return nil }
        let left = PrivateFiles.fix(found)
        let folder = folders.first ?? ""
        if left.isEmpty {
            return Notice("permissions.fixed", ["count": String(found.count), "folder": folder], kind: .error)
        }
        return Notice("permissions.notFixed", ["count": String(found.count), "left": String(left.count),
                                               "folder": folder], kind: .error)
    }
}
