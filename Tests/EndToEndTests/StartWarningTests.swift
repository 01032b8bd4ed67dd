import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The wizard's start: a data folder others can read is made private again
/// and the person at the screen is told so on the welcome screen.
@Suite("The welcome screen warns about a data folder others could read", .enabled(if: TmuxSession.isAvailable))
struct StartWarningTests {
    @Test func anOpenDataFolderIsFixedAndSaidOnTheWelcomeScreen() throws {
        let world = try PrivateWorld()
        _ = world.environment()                       // creates the world's home, data and config folders
        let data = world.dataHome + "/amo-dossier"
        #expect(mkdir(data, 0o700) == 0)
        #expect(chmod(data, 0o755) == 0)
        let t = try world.startWizard()
        let welcome = try t.waitFor("readable by other users")
        #expect(welcome.contains("Welcome"), "\(welcome)")
        #expect(PrivateWorld.mode(data) == 0o700)
    }
}
