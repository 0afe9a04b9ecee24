"""Compares a CSV file Jalon wrote with what LibreOffice Calc read of it.

Usage: spreadsheet.py CSV FODS LANG

FODS is the flat OpenDocument spreadsheet `soffice --headless --convert-to fods` made of CSV
(imported as `;`-separated UTF-8 in LANG's locale). Every cell must hold what the CSV field says:
a number where the field is a number in LANG's notation (decimal comma in French), a date where it
is an ISO date, otherwise the field's text to the letter. No cell may be a formula. Prints one line
of counts, or one line per difference and exits 1.
"""
import csv
import datetime
import re
import sys
import xml.etree.ElementTree as ET

TABLE = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
OFFICE = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def sheet_rows(path):
    """Rows of (type, value, text) cells of the first sheet, empty rows included."""
    table = next(ET.parse(path).getroot().iter(TABLE + 'table'))
    rows, formulas = [], 0
    for row in table.iter(TABLE + 'table-row'):
        cells = []
        for cell in row:
            if cell.tag not in (TABLE + 'table-cell', TABLE + 'covered-table-cell'):
                continue
            if cell.get(TABLE + 'formula'):
                formulas += 1
            kind = cell.get(OFFICE + 'value-type', '')
            value = cell.get(OFFICE + 'value') or cell.get(OFFICE + 'date-value') or ''
            text = '\n'.join(''.join(p.itertext()) for p in cell.findall(TEXT + 'p'))
            cells += [(kind, value, text)] * min(int(cell.get(TABLE + 'number-columns-repeated', '1')), 1024)
        while cells and cells[-1] == ('', '', ''):
            cells.pop()
        rows += [cells] * min(int(row.get(TABLE + 'number-rows-repeated', '1')), 1024)
    while rows and not rows[-1]:
        rows.pop()
    return rows, formulas


def as_number(field, lang):
    text = field.replace('\u00a0', '').replace('\u202f', '').replace(' ', '')
    if lang == 'fr':
        text = text.replace(',', '.')
    return float(text)


def as_date(field):
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', field):
        return datetime.date.fromisoformat(field)
    if re.fullmatch(r'[A-Z][a-z]{2} \d{1,2}, \d{4}', field):  # English: "Feb 3, 2027"
        return datetime.datetime.strptime(field, '%b %d, %Y').date()
    day, month, year = field.split('/')
    return datetime.date(int(year), int(month), int(day))


def main(csv_path, fods_path, lang):
    with open(csv_path, encoding='utf-8-sig', newline='') as f:
        fields = list(csv.reader(f, delimiter=';'))
    while fields and not fields[-1]:
        fields.pop()
    cells, formulas = sheet_rows(fods_path)
    problems, counts = [], {'float': 0, 'percentage': 0, 'date': 0, 'string': 0}
    if formulas:
        problems.append(f'{formulas} cell(s) read as a formula')
    if len(cells) != len(fields):
        problems.append(f'{len(fields)} CSV rows, {len(cells)} spreadsheet rows')
    for r, (want, got) in enumerate(zip(fields, cells), start=1):
        while want and want[-1] == '':
            want = want[:-1]
        if len(got) != len(want):
            problems.append(f'row {r}: {len(want)} CSV fields, {len(got)} cells: {want!r} / {got!r}')
            continue
        for c, (field, (kind, value, text)) in enumerate(zip(want, got), start=1):
            where = f'row {r} column {c} ({field!r})'
            try:
                if kind in ('float', 'percentage'):
                    number = as_number(field.rstrip('%'), lang) / (100 if kind == 'percentage' else 1)
                    if abs(number - float(value)) > 1e-9:
                        problems.append(f'{where}: read as the number {value}')
                elif kind == 'date':
                    if as_date(field) != datetime.date.fromisoformat(value[:10]):
                        problems.append(f'{where}: read as the date {value}')
                elif kind in ('string', ''):
                    if text != field:
                        problems.append(f'{where}: shown as {text!r}')
                else:
                    problems.append(f'{where}: read as {kind} {value}')
            except ValueError:
                problems.append(f'{where}: read as {kind} {value!r}')
            counts[kind if kind else 'string'] = counts.get(kind if kind else 'string', 0) + 1
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print(f"rows={len(fields)} numbers={counts['float'] + counts['percentage']} dates={counts['date']} texts={counts['string']}")


if __name__ == '__main__':
    main(*sys.argv[1:4])
