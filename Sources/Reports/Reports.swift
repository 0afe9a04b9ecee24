// Reports: pure renderers that turn a loaded board (BoardCore) and its forecast (Planning) into
// text for people (tables, kanban, Gantt, reports), Markdown, HTML/SVG, CSV, JSON, iCalendar and
// Mermaid. Functions take values and return strings: they never print, never read files and never
// touch Git; they import BoardCore, Planning, Foundation and Ink (Markdown to HTML), plus the C
// library in TerminalStyle.detect alone, to ask whether stdout is a terminal and how wide. The
// words come from the catalog (`Catalog` extensions, in French and English).
