// BoardCore: the board's domain model (settings, members, tasks, milestones, documents, minutes,
// the project spec, time bookings, history events), the front-matter codecs that read and write
// their files, validation with file:line diagnostics, and the French/English texts (`Text`,
// `Catalog`). Pure and fast to test: it never imports Git and never touches the file system.
