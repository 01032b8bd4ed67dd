import Testing
@testable import amo_dossier

/// `main` starts the wizard without the argument parser when nothing is
/// typed after the program's name (`WizardOptions.withoutArguments`): the
/// options must be those the parser gives for an empty command line, and
/// every one of them set (a property left as the parser's definition would
/// stop the program when read).
@Suite("The wizard started without the parser")
struct NoArgumentStartTests {
    @Test("the options set by hand are the parser's for an empty command line")
    func sameAsParser() throws {
        let parsed = try #require(try AmoDossier.parseAsRoot([]) as? AmoDossier).wizard
        let fast = WizardOptions.withoutArguments()
        #expect(fast.plain == parsed.plain)
        #expect(fast.kiosk == parsed.kiosk)
        #expect(fast.idle == parsed.idle)
        #expect(fast.common.dir == parsed.common.dir)
        #expect(fast.common.lang == parsed.common.lang)
        #expect(fast.common.bidi == parsed.common.bidi)
    }

    @Test("every option of the wizard and of its option group has a value")
    func everyOptionSet() {
        #expect(Self.unset(in: WizardOptions.withoutArguments(), path: "WizardOptions") == [])
    }

    /// The paths of the property wrappers still holding a definition.
    static func unset(in value: Any, path: String) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            let name = child.label ?? "?"
            if name == "_parsedValue" {
                let state = Mirror(reflecting: child.value).children.first?.label
                if state != "value" { found.append(path) }
                if let inner = Mirror(reflecting: child.value).children.first?.value {
                    found += unset(in: inner, path: path)
                }
                continue
            }
            found += unset(in: child.value, path: path + "." + name)
        }
        return found
    }
}
