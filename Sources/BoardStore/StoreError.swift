import BoardCore
import Git

/// The errors of this module, as `JalonError`s the CLI can print in either language.
public enum StoreError {
    public static func git(_ error: GitError) -> JalonError {
        JalonError(.repository, Text(fr: "Git a échoué : \(error.message)", en: "Git failed: \(error.message)"),
                   hint: Text(fr: "\(error.function), code \(error.code), classe \(error.errorClass)", en: "\(error.function), code \(error.code), class \(error.errorClass)"))
    }

    static func uncommittedChanges(_ paths: [String]) -> JalonError {
        JalonError(.refused,
                   Text(fr: "des modifications non commitées touchent les fichiers à changer : \(paths.joined(separator: ", "))",
                        en: "uncommitted changes touch the files to change: \(paths.joined(separator: ", "))"),
                   hint: Text(fr: "commitez-les (git commit) ou mettez-les de côté (git stash), puis relancez la commande ; rien n’a été modifié",
                              en: "commit them (git commit) or set them aside (git stash), then run the command again; nothing was changed"))
    }

    static func worktreeNotUpdated(_ error: Error) -> JalonError {
        JalonError(.repository,
                   Text(fr: "le commit est fait mais la copie de travail n’a pas pu être mise à jour : \(error)",
                        en: "the commit was made but the work tree could not be updated: \(error)"),
                   hint: Text(fr: "lancez « git status » ; « git checkout -- FICHIER » remet un fichier à jour", en: "run `git status`; `git checkout -- FILE` refreshes a file"))
    }

    static func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError {
        JalonError(.refused,
                   Text(fr: "la branche du tableau (\(branch)) est extraite dans une autre copie de travail : \(path)",
                        en: "the board's branch (\(branch)) is checked out in another work tree: \(path)"),
                   hint: Text(fr: "lancez la commande dans \(path) ; rien n’a été modifié", en: "run the command in \(path); nothing was changed"))
    }

    /// A board file that exists but cannot be read (invalid UTF-8, too large, a symbolic link…).
    static func unreadableFile(_ problem: Diagnostic) -> JalonError {
        JalonError(.refused, Text(fr: "fichier illisible : \(problem.rendered(.fr))", en: "unreadable file: \(problem.rendered(.en))"),
                   hint: Text(fr: "corrigez ce fichier puis lancez « jalon check » ; rien n’a été modifié", en: "fix this file, then run `jalon check`; nothing was changed"))
    }

    /// `jalon.yml` exists but cannot be read: the board is not memberless, and nothing is written.
    static func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError {
        JalonError(.refused, Text(fr: "le fichier du tableau est illisible : \(problem.rendered(.fr, pathPrefix: prefix))", en: "the board file cannot be read: \(problem.rendered(.en, pathPrefix: prefix))"),
                   hint: Text(fr: "corrigez jalon.yml (ou « git checkout -- jalon.yml ») puis relancez ; rien n’a été modifié", en: "fix jalon.yml (or `git checkout -- jalon.yml`), then run again; nothing was changed"))
    }

    static func pathOutsideBoard(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "chemin refusé « \(path) » : il sort du tableau", en: "path `\(path)` refused: it leaves the board folder"),
                   hint: Text(fr: "donnez un chemin relatif, sans « .. », à l’intérieur du tableau", en: "give a relative path inside the board, without `..`"))
    }

    static func lockFailed(_ path: String) -> JalonError {
        JalonError(.repository, Text(fr: "impossible de verrouiller \(path)", en: "cannot lock \(path)"),
                   hint: Text(fr: "vérifiez les droits sur le dossier .git", en: "check the permissions of the .git folder"))
    }

    static func notARepository(_ path: String) -> JalonError {
        JalonError(.repository, Text(fr: "pas de dépôt Git ici (\(path))", en: "no Git repository here (\(path))"),
                   hint: Text(fr: "placez-vous dans le dépôt du projet, ou lancez « jalon init » pour en créer un", en: "go to the project's repository, or run `jalon init` to create one"))
    }

    static func noBoard(_ path: String) -> JalonError {
        JalonError(.repository, Text(fr: "aucun tableau Jalon trouvé depuis \(path)", en: "no Jalon board found from \(path)"),
                   hint: Text(fr: "lancez « jalon init », ou donnez --board DOSSIER", en: "run `jalon init`, or pass --board FOLDER"))
    }

    static func boardExists(_ path: String) -> JalonError {
        JalonError(.refused, Text(fr: "il y a déjà un tableau ici (\(path))", en: "there is already a board here (\(path))"),
                   hint: Text(fr: "utilisez-le, ou choisissez un autre dossier avec --board", en: "use it, or pick another folder with --board"))
    }

    static let detachedHead = JalonError(.refused, Text(fr: "HEAD est détachée : le tableau a besoin d’une branche", en: "HEAD is detached: the board needs a branch"),
                                         hint: Text(fr: "« git switch main » (ou une autre branche), puis relancez", en: "`git switch main` (or another branch), then run again"))

    static let bareRepository = JalonError(.repository, Text(fr: "ce dépôt n’a pas de copie de travail", en: "this repository has no work tree"),
                                           hint: Text(fr: "clonez-le d’abord (git clone)", en: "clone it first (git clone)"))
}
