// The French table of every user-facing text (see `TextTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. A key missing
// here is shown from the English table.
extension TextTable {
    static let fr = TextTable(source: #"""
# How French is written: the plural rule (0 and 1 take the singular), the decimal mark, dates.
language.name = français
language.plural = n<2
language.decimal = ,
# No text: an optional part of a text left out.
language.empty =
# A text shown as it is, the same in every language (a name, a label).
language.verbatim = {text}
# A number with its decimal mark.
language.number = {number}
# A date in full and without the year: {d} the day, {dd} and {mm} on two digits, {yyyy}, {month} from language.monthN.
language.date = {dd}/{mm}/{yyyy}
language.dateShort = {dd}/{mm}
# Short month names (Gantt headers, dates).
language.month1 = janv.
language.month2 = févr.
language.month3 = mars
language.month4 = avr.
language.month5 = mai
language.month6 = juin
language.month7 = juil.
language.month8 = août
language.month9 = sept.
language.month10 = oct.
language.month11 = nov.
language.month12 = déc.
"""#)
}
