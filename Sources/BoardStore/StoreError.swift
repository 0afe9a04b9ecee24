import BoardCore
import Foundation
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

    /// What Git is in the middle of and how to leave it: one table for the refusal of every
    /// mutating command and for `jalon status`.
    static func gitOperation(_ state: RepositoryState) -> (what: Text, hint: Text) {
        let (fr, en, hintFR, hintEN): (String, String, String, String)
        switch state {
        case .merge: (fr, en, hintFR, hintEN) = ("une fusion Git est en cours", "a Git merge is in progress",
                                               "terminez-la (« git commit ») ou annulez-la (« git merge --abort »)", "finish it (`git commit`) or abort it (`git merge --abort`)")
        case .rebase: (fr, en, hintFR, hintEN) = ("un rebase Git est en cours", "a Git rebase is in progress",
                                                "« git rebase --continue » ou « git rebase --abort »", "`git rebase --continue` or `git rebase --abort`")
        case .cherryPick: (fr, en, hintFR, hintEN) = ("un cherry-pick Git est en cours", "a Git cherry-pick is in progress",
                                                    "« git cherry-pick --continue » ou « git cherry-pick --abort »", "`git cherry-pick --continue` or `git cherry-pick --abort`")
        case .revert: (fr, en, hintFR, hintEN) = ("un revert Git est en cours", "a Git revert is in progress",
                                                "« git revert --continue » ou « git revert --abort »", "`git revert --continue` or `git revert --abort`")
        case .bisect: (fr, en, hintFR, hintEN) = ("une bissection Git est en cours", "a Git bisect is in progress",
                                                "« git bisect reset » quand vous avez fini", "`git bisect reset` when you are done")
        case .applyMailbox, .none: (fr, en, hintFR, hintEN) = ("un « git am » est en cours", "a `git am` is in progress",
                                                             "« git am --continue » ou « git am --abort »", "`git am --continue` or `git am --abort`")
        }
        return (Text(fr: fr, en: en), Text(fr: hintFR, en: hintEN))
    }

    static func unfinishedGitOperation(_ state: RepositoryState) -> JalonError {
        let (what, hint) = gitOperation(state)
        return JalonError(.refused, Text(fr: what.fr + " : Jalon ne change pas le tableau pendant ce temps", en: what.en + ": Jalon does not change the board meanwhile"),
                          hint: Text(fr: hint.fr + ", puis relancez la commande ; rien n’a été modifié", en: hint.en + ", then run the command again; nothing was changed"))
    }

    static func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError {
        JalonError(.repository, Text(fr: "la branche \(branch) a changé pendant chacun des \(attempts) essais", en: "branch \(branch) moved during each of \(attempts) attempts"),
                   hint: Text(fr: "d’autres programmes écrivent en même temps ; relancez la commande ; rien n’a été modifié", en: "other programs are writing at the same time; run the command again; nothing was changed"))
    }

    static func journalNotWritten(_ error: Error) -> JalonError {
        JalonError(.repository, Text(fr: "impossible d’écrire le journal .git/jalon/pending : \(error)", en: "cannot write the journal .git/jalon/pending: \(error)"),
                   hint: Text(fr: "vérifiez les droits et la place libre du dossier .git ; rien n’a été modifié", en: "check the permissions and free space of the .git folder; nothing was changed"))
    }

    static func worktreeNotWritten(_ error: Error) -> JalonError {
        JalonError(.repository, Text(fr: "impossible d’écrire la copie de travail : \(error)", en: "cannot write the work tree: \(error)"),
                   hint: Text(fr: "vérifiez les droits des fichiers ; rien n’a été modifié", en: "check the files’ permissions; nothing was changed"))
    }

    static func worktreeNotRestored(_ error: Error) -> JalonError {
        JalonError(.repository, Text(fr: "le changement n’a pas été enregistré et la copie de travail n’a pas pu être remise en état : \(error)",
                                     en: "the change was not saved and the work tree could not be put back: \(error)"),
                   hint: Text(fr: "la prochaine commande jalon la remet en état (par ex. « jalon check »)", en: "the next jalon command puts it back (for instance `jalon check`)"))
    }

    static func includedInAnotherCommit(_ commit: ObjectID) -> JalonError {
        JalonError(.saved, Text(fr: "le changement est enregistré, dans le commit \(commit.short) fait au même moment par un autre programme (il a pris les fichiers préparés par Jalon)",
                                en: "the change is saved, in commit \(commit.short) made at the same moment by another program (it took the files Jalon had staged)"),
                   hint: Text(fr: "ne relancez pas la commande : il n’y a rien à refaire", en: "do not run the command again: there is nothing to redo"))
    }

    static func referenceLocked(_ path: String) -> JalonError {
        JalonError(.repository, Text(fr: "la branche est verrouillée par un autre programme (\(path))", en: "the branch is locked by another program (\(path))"),
                   hint: Text(fr: "attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez \(path) ; rien n’a été modifié",
                              en: "wait for it to finish and run again; if no Git command is running, remove \(path); nothing was changed"))
    }

    static func indexLocked(_ path: String) -> JalonError {
        JalonError(.repository, Text(fr: "l’index Git est verrouillé par un autre programme (\(path))", en: "the Git index is locked by another program (\(path))"),
                   hint: Text(fr: "attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez \(path) ; rien n’a été modifié",
                              en: "wait for it to finish and run again; if no Git command is running, remove \(path); nothing was changed"))
    }

    static func staleLockRemoved(_ path: String) -> Text {
        Text(fr: "verrou abandonné par un Jalon interrompu supprimé : \(path)", en: "removed a lock left by an interrupted Jalon: \(path)")
    }

    static func pendingFinished(_ commit: ObjectID, _ paths: [String]) -> Text {
        Text(fr: "mise à jour interrompue terminée (commit \(commit.short) déjà enregistré) : \(paths.joined(separator: ", "))",
             en: "finished an interrupted update (commit \(commit.short) was already saved): \(paths.joined(separator: ", "))")
    }

    static func pendingUndone(_ paths: [String]) -> Text {
        Text(fr: "changement interrompu avant d’être enregistré, fichiers remis comme avant : \(paths.joined(separator: ", "))",
             en: "a change interrupted before it was saved; files put back as they were: \(paths.joined(separator: ", "))")
    }

    static func pendingLeftAlone(_ paths: [String]) -> Text {
        Text(fr: "fichiers modifiés depuis une mise à jour interrompue, laissés tels quels : \(paths.joined(separator: ", ")) (vérifiez-les avec « git status »)",
             en: "files changed since an interrupted update, left as they are: \(paths.joined(separator: ", ")) (check them with `git status`)")
    }

    static func pendingDropped(_ reference: String) -> Text {
        Text(fr: "mise à jour interrompue : \(reference) a été déplacée depuis (par un commit Git) ; les fichiers suivent ce commit",
             en: "an interrupted update: \(reference) was moved since (by a Git commit); the files now follow that commit")
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

    static func severalBoards(_ path: String, _ folders: [String]) -> JalonError {
        let list = folders.map { $0.isEmpty ? "." : String($0.dropLast()) }.joined(separator: ", ")
        return JalonError(.repository, Text(fr: "plusieurs tableaux Jalon sous \(path) : \(list)", en: "several Jalon boards below \(path): \(list)"),
                          hint: Text(fr: "choisissez-en un avec --board DOSSIER, ou lancez la commande depuis son dossier", en: "choose one with --board FOLDER, or run the command from its folder"))
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
