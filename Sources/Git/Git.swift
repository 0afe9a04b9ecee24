// Git: the only module that imports CLibGit2. It turns libgit2's handles into owned Swift
// classes (freed in deinit) and its return codes into one typed error (GitError.swift).
// Nothing above this module sees a C type; nothing here knows about boards.
