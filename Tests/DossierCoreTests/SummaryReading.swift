import Foundation
@testable import DossierCore

/// The printable summary with its folded lines joined again: the tests
/// that look for what a line says read it whole, whatever the page width
/// made of it. Only the test of the page's width reads the folded text.
enum SummaryReading {
    static func unfolded(_ text: String) -> String {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            let bare = line.hasPrefix("\u{200F}") ? String(line.dropFirst()) : line
            if bare.hasPrefix("  "), let last = lines.last, !last.isEmpty {
                lines[lines.count - 1] = last + " " + bare.drop { $0 == " " }
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text with every line break and run of spaces as one space (and no
    /// right-to-left marks): for a paragraph that the page width folded
    /// without an indent to join it by.
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{200F}", with: "")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
