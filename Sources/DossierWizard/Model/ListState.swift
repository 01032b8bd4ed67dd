import DossierCore

/// The selection of one list and the first row shown, as ratatui's
/// `ListState`: each list keeps its own, so moving in one never disturbs
/// another, and no sentinel value stands for "nothing selected".
public struct ListState: Codable, Equatable, Sendable {
    public var selected: Int
    /// The first row shown when the list is taller than its window.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta`, within `0..<count`.
    public mutating func move(_ delta: Int, count: Int) {
        selected = min(max(0, selected + delta), max(0, count - 1))
    }

    public mutating func select(_ row: Int, count: Int) {
        selected = min(max(0, row), max(0, count - 1))
    }

    /// Keeps the selection inside a window of `visible` rows, scrolling as
    /// little as possible.
    public mutating func follow(visible: Int, count: Int) {
        let visible = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = min(max(0, offset), max(0, count - visible))
    }
}

/// Which of the screen's lists a `ListState` belongs to.
public enum ListID: Hashable, Sendable {
    case welcome
    case entries(CareKind)
    /// The options of a choice field, by the field's JSON path.
    case choice(String)
    case disease
    case originals
    case review
    /// The Done screen's actions (quit, a new dossier, record the mailing…).
    case done

    /// The key of the list in the state (and the draft file).
    public var key: String {
        switch self {
        case .welcome: "welcome"
        case .entries(let kind): "entries.\(kind.rawValue)"
        case .choice(let path): "choice.\(path)"
        case .disease: "disease"
        case .originals: "originals"
        case .review: "review"
        case .done: "done"
        }
    }
}

/// How the body of the screen is scrolled.
public enum BodyScroll: Codable, Equatable, Sendable {
    /// A screen opens at its first line, so that its explanation is read
    /// first; once the student acts, the view follows the focus.
    case top
    case followFocus
    /// Scrolled by hand (the Review, the Done screen): this first line.
    case line(Int)
}
