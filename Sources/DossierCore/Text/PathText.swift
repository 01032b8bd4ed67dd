extension String {
    /// `name` inside this folder, as NSString's `appendingPathComponent` put
    /// it: no slash doubled, an empty folder gives the name alone. Paths are
    /// text here, as they are on the command line; only Foundation's
    /// NSString had these, and the program no longer links it (issue 14).
    public func appendingPath(_ name: String) -> String {
        if name.isEmpty { return self }
        if isEmpty { return name }
        if hasSuffix("/") { return self + name }
        return self + "/" + name
    }

    /// The folder a path is in: `/a/b` → `/a`, `/a` → `/`, `b` → ``,
    /// trailing slashes ignored (`a/b/` → `a`), as NSString's
    /// `deletingLastPathComponent`.
    public var parentPath: String {
        let path = withoutTrailingSlashes
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash]).withoutTrailingSlashes
    }

    /// The last name of a path: `/a/b.json` → `b.json`, `a/b/` → `b`, `/` → `/`.
    public var lastPathName: String {
        let path = withoutTrailingSlashes
        guard let slash = path.lastIndex(of: "/") else { return path }
        if path == "/" { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The path without the slashes that end it; `/` stays `/`.
    private var withoutTrailingSlashes: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
