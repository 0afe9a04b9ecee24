// The English table of every user-facing text (see `TextTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. English is the
// fallback: every key is here.
extension TextTable {
    static let en = TextTable(source: #"""
# How English is written: the plural rule (only 1 takes the singular), the decimal mark, dates.
language.name = English
language.plural = n=1
language.decimal = .
# No text: an optional part of a text left out.
language.empty =
# A text shown as it is, the same in every language (a name, a label).
language.verbatim = {text}
# A number with its decimal mark.
language.number = {number}
# A date in full and without the year: {d} the day, {dd} and {mm} on two digits, {yyyy}, {month} from language.monthN.
language.date = {month} {d}, {yyyy}
language.dateShort = {month} {d}
# Short month names (Gantt headers, dates).
language.month1 = Jan
language.month2 = Feb
language.month3 = Mar
language.month4 = Apr
language.month5 = May
language.month6 = Jun
language.month7 = Jul
language.month8 = Aug
language.month9 = Sep
language.month10 = Oct
language.month11 = Nov
language.month12 = Dec
"""#)
}
