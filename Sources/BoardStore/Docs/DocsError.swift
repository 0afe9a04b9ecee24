import BoardCore

/// Why a documentation use case refused to act, in both languages: what is wrong, and what to do.
public enum DocsError {
    public static func linkOutsideBoard(_ path: String, _ target: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "chemin refusé « \(path) » : c’est un lien qui mène hors du tableau (\(target))",
                                       en: "path `\(path)` refused: it is a link that leads outside the board (\(target))"),
                   hint: Text(fr: "Jalon ne lit ni n’écrit hors du dossier du tableau ; remplacez le lien par un vrai dossier", en: "Jalon never reads or writes outside the board folder; replace the link with a real folder"))
    }
    public static func writeThroughLink(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "chemin refusé « \(path) » : il passe par un lien symbolique", en: "path `\(path)` refused: it goes through a symbolic link"),
                   hint: Text(fr: "Jalon n’écrit pas à travers un lien ; choisissez un vrai dossier du tableau", en: "Jalon does not write through links; pick a real folder of the board"))
    }
    public static let noSpec = JalonError(.invalidInput, Text(fr: "pas encore de cahier des charges (spec.md)", en: "no project spec yet (spec.md)"),
                                          hint: Text(fr: "créez-le : jalon spec init", en: "create it: jalon spec init"))
    public static let specExists = JalonError(.refused, Text(fr: "le cahier des charges existe déjà (spec.md)", en: "the project spec already exists (spec.md)"),
                                              hint: Text(fr: "modifiez spec.md, puis « jalon spec check » ; rien n’a été modifié", en: "edit spec.md, then `jalon spec check`; nothing was changed"))
    public static func unknownTemplate(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "modèle de document inconnu « \(name) »", en: "unknown document template `\(name)`"),
                   hint: Text(fr: "modèles : \(known.joined(separator: ", ")) (ou un fichier templates/\(name).md du tableau)", en: "templates: \(known.joined(separator: ", ")) (or a templates/\(name).md file in the board)"))
    }
    public static func unknownDocument(_ key: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "document inconnu « \(key) »", en: "unknown document `\(key)`"),
                   hint: Text(fr: "voyez « jalon doc list » (identifiant D-… ou chemin docs/…)", en: "see `jalon doc list` (an id D-… or a path docs/…)"))
    }
    public static func documentExists(_ path: String) -> JalonError {
        JalonError(.refused, Text(fr: "un fichier existe déjà à \(path)", en: "a file already exists at \(path)"),
                   hint: Text(fr: "choisissez un autre titre ou un autre dossier (--folder, --name) ; rien n’a été modifié", en: "pick another title or folder (--folder, --name); nothing was changed"))
    }
    public static func badDocumentStatus(_ status: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "statut de document inconnu « \(status) »", en: "unknown document status `\(status)`"), hint: Catalog.documentStatusHint)
    }
    public static func documentWithoutID(_ path: String) -> JalonError {
        JalonError(.refused, Text(fr: "\(path) n’a pas de métadonnées lisibles", en: "\(path) has no readable metadata"),
                   hint: Text(fr: "corrigez son en-tête (jalon doc check dit où) ; rien n’a été modifié", en: "fix its header (jalon doc check tells where); nothing was changed"))
    }
    public static func badFileName(_ name: String, _ suggested: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "nom de fichier « \(name) » hors règle de nommage", en: "file name `\(name)` breaks the naming rule"),
                   hint: Text(fr: "par exemple \(suggested) (sans espace, accent ni caractère spécial ; dates AAAA-MM-JJ)", en: "e.g. \(suggested) (no spaces, accents or special characters; dates YYYY-MM-DD)"))
    }
    public static func unreadableAttachment(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "impossible de lire le fichier à joindre \(path)", en: "cannot read the file to attach \(path)"),
                   hint: Text(fr: "vérifiez le chemin et les droits", en: "check the path and the permissions"))
    }
    public static func unknownMeeting(_ key: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "compte-rendu inconnu « \(key) »", en: "unknown meeting minutes `\(key)`"),
                   hint: Text(fr: "voyez « jalon meeting list » (identifiant R-…)", en: "see `jalon meeting list` (an id R-…)"))
    }
    public static func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError {
        JalonError(.refused, Text(fr: "\(path) est illisible : Jalon ne le réécrira pas", en: "\(path) cannot be read: Jalon will not rewrite it"),
                   hint: Text(fr: "corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié", en: "fix the file (jalon check tells where), then run again; nothing was changed"),
                   details: details)
    }
    public static let noActions = JalonError(.invalidInput, Text(fr: "aucune action sans tâche dans ce compte-rendu", en: "no action item without a task in these minutes"),
                                             hint: Text(fr: "ajoutez des actions (who, what, due) sous « actions: » dans l’en-tête", en: "add action items (who, what, due) under `actions:` in the header"))
    public static let noActionOwner = JalonError(.invalidInput, Text(fr: "qui fait cette action ? --who est vide", en: "who does this action? --who is empty"),
                                                 hint: Text(fr: "un membre (par ex. --who alice) ou le nom d’une personne extérieure", en: "a member (e.g. --who alice) or the name of someone outside the team"))
    public static func unknownActionOwner(_ who: String, _ members: [String], _ guests: [String]) -> JalonError {
        let known = (members + guests).joined(separator: ", ")
        return JalonError(.invalidInput, Text(fr: "« \(who) » n’est ni un membre ni un invité de cette réunion", en: "`\(who)` is neither a member nor a guest of this meeting"),
                          hint: Text(fr: "possibles : \(known) ; un invité s’ajoute sous « guests: » dans l’en-tête", en: "possible: \(known); a guest is added under `guests:` in the header"))
    }
    public static let emptyComment = JalonError(.invalidInput, Text(fr: "le commentaire est vide", en: "the comment is empty"),
                                                hint: Text(fr: "donnez le texte entre guillemets", en: "give the text in quotes"))
    public static func unknownCommentTarget(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "\(id) n’existe pas : rien à commenter", en: "\(id) does not exist: nothing to comment on"),
                   hint: Text(fr: "on commente une tâche (T-…), un jalon (M-…), un document (D-…) ou un compte-rendu (R-…)", en: "you can comment on a task (T-…), a milestone (M-…), a document (D-…) or minutes (R-…)"))
    }
    public static func unknownMention(_ name: String, _ members: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "@\(name) ne désigne aucun membre", en: "@\(name) is not a member"),
                   hint: Text(fr: "membres : \(members.joined(separator: ", ")), ou @tous pour toute l’équipe ; rien n’a été modifié", en: "members are: \(members.joined(separator: ", ")), or @all for the whole team; nothing was changed"))
    }
    public static func badDeliverable(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "« \(id) » n’est pas un livrable du cahier des charges", en: "`\(id)` is not a deliverable of the spec"),
                   hint: Text(fr: "les livrables sont L1, L2… dans la rubrique Livrables de spec.md", en: "deliverables are L1, L2… in the Deliverables section of spec.md"))
    }
    public static func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError {
        JalonError(.refused, Text(fr: "le livrable \(id) n’est que dans votre copie de \(path), pas encore commitée", en: "deliverable \(id) is only in your copy of \(path), not committed yet"),
                   hint: Text(fr: "commitez d’abord le cahier des charges : git commit \(path) -m \"…\" ; rien n’a été modifié",
                              en: "commit the spec first: git commit \(path) -m \"…\"; nothing was changed"))
    }
    public static func unknownRevision(_ ref: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "« \(ref) » ne désigne aucun commit", en: "`\(ref)` names no commit"),
                   hint: Text(fr: "donnez une branche (origin/main après git fetch), une étiquette ou un identifiant de commit", en: "give a branch (origin/main after git fetch), a tag or a commit id"))
    }
    /// `home` is the board's branch: the hint merges into it, never into whatever branch is
    /// checked out (a feature branch would receive the board).
    public static func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError {
        JalonError(.refused, Text(fr: "la fusion de \(ref) est en conflit sur \(paths.count) fichier(s) : \(paths.joined(separator: ", "))",
                                  en: "merging \(ref) conflicts on \(paths.count) file(s): \(paths.joined(separator: ", "))"),
                   hint: Text(fr: "rien n’a été modifié ; sur la branche du tableau (« git switch \(home) »), fusionnez avec « git merge \(ref) », corrigez ces fichiers, puis « git commit » et « jalon check »",
                              en: "nothing was changed; on the board's branch (`git switch \(home)`), merge with `git merge \(ref)`, fix those files, then `git commit` and `jalon check`"))
    }
    public static let noCommonHistory = JalonError(.refused, Text(fr: "les deux branches n’ont aucun historique commun", en: "the two branches share no history"),
                                                   hint: Text(fr: "vérifiez la branche à fusionner ; rien n’a été modifié", en: "check the branch to merge; nothing was changed"))
}
