import DossierWizard

/// The colours the backend may use. `terminalDefault` keeps the user's own
/// foreground or background, which is what keeps text readable on both dark
/// and light terminals.
public enum PaletteColor: Int16, Hashable, Sendable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// A colour pair the backend registers with `init_pair`; pair 0 is the
/// terminal's own colours.
public struct ColorPairSpec: Hashable, Sendable {
    public var number: Int16
    public var foreground: PaletteColor
    public var background: PaletteColor
}

/// How one cell is drawn: attributes plus a colour pair (0 without colour).
public struct TerminalStyle: Hashable, Sendable {
    public var attributes: CellAttributes
    public var colorPair: Int16
}

/// Maps meaning (a `ColorRole`) to appearance. Without colour every role
/// that matters gets an attribute, so no screen depends on colour alone.
public enum RolePalette {
    public static let errorPair = ColorPairSpec(number: 1, foreground: .red, background: .terminalDefault)
    public static let warningPair = ColorPairSpec(number: 2, foreground: .yellow, background: .terminalDefault)
    public static let successPair = ColorPairSpec(number: 3, foreground: .green, background: .terminalDefault)
    public static let statusPair = ColorPairSpec(number: 4, foreground: .black, background: .cyan)
    public static let focusPair = ColorPairSpec(number: 5, foreground: .black, background: .white)

    /// The pairs to register when the terminal has colours.
    public static let pairs = [errorPair, warningPair, successPair, statusPair, focusPair]

    /// The style of a cell: its role's style plus the cell's own attributes,
    /// which always apply. `dimAvailable` is false on terminals without a dim
    /// attribute (vt100): dim roles then stay plain rather than vanish.
    public static func style(for cell: Cell, colors: Bool, dimAvailable: Bool) -> TerminalStyle {
        var style = colors ? colorStyle(cell.role) : monochromeStyle(cell.role)
        style.attributes.formUnion(cell.attributes)
        if !dimAvailable { style.attributes.remove(.dim) }
        return style
    }

    static func colorStyle(_ role: ColorRole) -> TerminalStyle {
        switch role {
        case .normal, .label: TerminalStyle(attributes: [], colorPair: 0)
        case .title: TerminalStyle(attributes: [.bold], colorPair: 0)
        case .input: TerminalStyle(attributes: [.underline], colorPair: 0)
        case .inputFocused: TerminalStyle(attributes: [.underline], colorPair: focusPair.number)
        case .error: TerminalStyle(attributes: [.bold], colorPair: errorPair.number)
        case .warning: TerminalStyle(attributes: [.bold], colorPair: warningPair.number)
        case .success: TerminalStyle(attributes: [], colorPair: successPair.number)
        case .hint, .muted: TerminalStyle(attributes: [.dim], colorPair: 0)
        case .statusBar: TerminalStyle(attributes: [], colorPair: statusPair.number)
        case .selection: TerminalStyle(attributes: [.reverse, .bold], colorPair: 0)
        }
    }

    static func monochromeStyle(_ role: ColorRole) -> TerminalStyle {
        let attributes: CellAttributes = switch role {
        case .normal, .label, .success: []
        case .title, .error, .warning: [.bold]
        case .input: [.underline]
        case .inputFocused: [.reverse, .underline]
        case .hint, .muted: [.dim]
        case .statusBar: [.reverse]
        case .selection: [.reverse, .bold]
        }
        return TerminalStyle(attributes: attributes, colorPair: 0)
    }
}
