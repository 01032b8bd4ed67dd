import Foundation
import Testing
@testable import amo_dossier

@Suite("The environment is read once from environ, as Foundation reads it")
struct ProcessEnvironmentTests {
    /// The one reading holds what `ProcessInfo` holds: every name, every value.
    @Test func theSameVariablesAsProcessInfo() {
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] != nil)
    }
}
