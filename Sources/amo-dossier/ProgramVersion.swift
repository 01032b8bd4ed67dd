/// The program's version, written here only: `--version` prints it, and
/// `packaging/build-deb.sh` asks the built binary for it to name and
/// version the Debian package, so the two cannot disagree.
enum ProgramVersion {
    static let current = "1.0.0"
}
