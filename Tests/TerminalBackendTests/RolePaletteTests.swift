import DossierWizard
import Testing
@testable import TerminalBackend

private func style(_ role: ColorRole, _ attributes: CellAttributes = [], colors: Bool, dim: Bool = true) -> TerminalStyle {
    RolePalette.style(for: Cell(text: "x", role: role, attributes: attributes), colors: colors, dimAvailable: dim)
}

struct RolePaletteTests {
    @Test func coloursForMeaning() {
        #expect(style(.error, colors: true).colorPair == RolePalette.errorPair.number)
        #expect(RolePalette.errorPair.foreground == .red)
        #expect(style(.warning, colors: true).colorPair == RolePalette.warningPair.number)
        #expect(RolePalette.warningPair.foreground == .yellow)
        #expect(style(.success, colors: true).colorPair == RolePalette.successPair.number)
        #expect(RolePalette.successPair.foreground == .green)
        #expect(style(.statusBar, colors: true).colorPair == RolePalette.statusPair.number)
        #expect(style(.normal, colors: true) == TerminalStyle(attributes: [], colorPair: 0))
    }

    @Test func errorsAreBoldEvenInColour() {
        #expect(style(.error, colors: true).attributes.contains(.bold))
    }

    @Test func withoutColourNoPairIsUsed() {
        for role in ColorRole.allCases {
            #expect(style(role, colors: false).colorPair == 0)
        }
    }

    @Test func withoutColourRolesBecomeAttributes() {
        #expect(style(.error, colors: false).attributes == [.bold])
        #expect(style(.warning, colors: false).attributes == [.bold])
        #expect(style(.selection, colors: false).attributes.contains(.reverse))
        #expect(style(.statusBar, colors: false).attributes == [.reverse])
        #expect(style(.inputFocused, colors: false).attributes.contains(.reverse))
        #expect(style(.input, colors: false).attributes == [.underline])
        #expect(style(.muted, colors: false).attributes == [.dim])
        #expect(style(.hint, colors: false).attributes == [.dim])
        #expect(style(.normal, colors: false).attributes == [])
    }

    @Test func everyColouredRoleStillStandsOutWithoutColour() {
        // Roles that carry a warning or a focus must differ from plain text
        // on a monochrome terminal; success is said in words by the wizard.
        let mustStandOut: [ColorRole] = [.error, .warning, .statusBar, .selection, .inputFocused, .input, .title]
        for role in mustStandOut {
            #expect(style(role, colors: false).attributes != [], "\(role)")
        }
    }

    @Test func dimDisappearsOnlyWhereTheTerminalLacksIt() {
        #expect(style(.muted, colors: false, dim: false).attributes == [])
        #expect(style(.normal, [.dim], colors: true, dim: false).attributes == [])
        #expect(style(.normal, [.dim], colors: true, dim: true).attributes == [.dim])
    }

    @Test func cellAttributesAlwaysApply() {
        for colors in [true, false] {
            #expect(style(.normal, [.underline], colors: colors).attributes.contains(.underline))
            #expect(style(.error, [.reverse], colors: colors).attributes.isSuperset(of: [.reverse, .bold]))
            #expect(style(.statusBar, [.bold], colors: colors).attributes.contains(.bold))
        }
    }

    @Test func foregroundOnlyPairsKeepTheUsersBackground() {
        // Readable on dark and light terminals: a coloured word never forces
        // a background, and a forced background always comes with black text.
        for pair in RolePalette.pairs {
            if pair.background == .terminalDefault {
                #expect(pair.foreground != .white && pair.foreground != .black)
            } else {
                #expect(pair.foreground == .black)
            }
        }
        #expect(Set(RolePalette.pairs.map(\.number)).count == RolePalette.pairs.count)
        #expect(!RolePalette.pairs.map(\.number).contains(0))
    }
}
