import Foundation

/// How a person fills the wizard in a real terminal: look for the field in
/// focus (the `›` marker before its label), type, check the text is there,
/// press Enter. Waiting for the screen between steps is what keeps keys
/// from sharing one read with the next command (see
/// `TmuxSession.pressAndWaitForChange`), never a fixed sleep.
extension TmuxSession {
    /// Waits for `label` to have the focus.
    @discardableResult
    func focus(_ label: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("› " + label, timeout: timeout)
    }

    /// Types `text` into the field labelled `label`, waits until the end of
    /// it is on screen, then presses Enter.
    func fill(_ label: String, _ text: String) throws {
        try focus(label)
        if !text.isEmpty {
            try type(text)
            try waitFor(String(text.suffix(16)))
        }
        try press("Enter")
    }

    /// Answers a yes/no field with `y` or `n`, then Enter.
    func answer(_ label: String, _ yes: Bool) throws {
        try focus(label)
        try press(yes ? "y" : "n")
        try waitFor(yes ? "(•) Yes" : "(•) No")
        try press("Enter")
    }

    /// On an entry-list screen titled `title`: adds an entry and waits for
    /// its first field.
    func addEntry(on title: String, firstField: String) throws {
        try waitFor("· " + title)
        try waitFor("+ Add (a)")
        try press("a")
        try focus(firstField)
    }

    /// Leaves an entry-list screen titled `title` with `n`, waiting for the
    /// next screen's title.
    func continueFromList(_ title: String, to next: String) throws {
        try waitFor("· " + title)
        try press("n")
        try waitFor("· " + next)
    }

    /// Ticks every box on the Originals screen: Space, seen on screen, then
    /// Down (which moves only the highlight; it is one escape sequence that
    /// ncurses decodes whole, so the next Space cannot merge with it).
    func tickAllOriginals() throws {
        let screen = try waitFor("· Originals to attach")
        let boxes = screen.components(separatedBy: "[ ]").count - 1
        for index in 0..<boxes {
            try pressAndWaitForChange("Space")
            if index < boxes - 1 { try press("Down") }
        }
    }
}
