// `jalon merge` output, `jalon merge-driver` (Git's merge driver), `jalon setup`, `jalon sync`
// and `jalon status`: the team loop of four clones and one remote.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Git

enum SyncText {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }
    static func mergedFile(_ file: String, _ keys: [String]) -> Text {
        keys.isEmpty ? t("  fusionné : \(file)", "  merged: \(file)")
                     : t("  fusionné : \(file) (\(keys.joined(separator: ", ")))", "  merged: \(file) (\(keys.joined(separator: ", ")))")
    }
    static func decision(_ d: BoardMerge.Decision) -> Text {
        t("  même champ modifié des deux côtés : \(d.file) \(d.key) = \(d.kept) (\(d.winner), plus récent) ; valeur écartée : \(d.lost) (\(d.loser))",
          "  same field changed on both sides: \(d.file) \(d.key) = \(d.kept) (\(d.winner), later); value dropped: \(d.lost) (\(d.loser))")
    }
    static func bodyConflict(_ file: String) -> Text {
        t("  conflit dans le texte de \(file) : marqueurs <<<<<<< laissés dans le corps ; corrigez puis « jalon check »",
          "  conflict in the text of \(file): <<<<<<< markers left in the body; fix them, then `jalon check`")
    }
}

/// Prints what a board-aware merge settled: files merged, every same-field decision, bodies in conflict.
func printMergeReport(_ report: MergeReport, say: (String) -> Void, language: Language) {
    for m in report.mergedFields { say(SyncText.mergedFile(m.file, m.keys)(language)) }
    for d in report.decisions { say(SyncText.decision(d)(language)) }
    for f in report.bodyConflicts { say(SyncText.bodyConflict(f)(language)) }
}
