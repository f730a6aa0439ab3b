"""What a spreadsheet user sees in sverka's review workbook, and an edit as one makes it: openpyxl (Debian's python3-openpyxl).

  xlsx.py describe BOOK.xlsx           -> JSON: sheets, freeze panes, widths, wrap, fills, validations, rows
  xlsx.py edit BOOK.xlsx OUT.xlsx OPS  -> applies OPS (JSON list) and saves: ["set", "F2", "rejected"],
                                          ["insert", 5], ["delete", 5], ["swap", 3, 4]
"""
import datetime
import json
import sys

import openpyxl


def describe(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=1)]
    return {
        "sheets": [[name, wb[name].sheet_state] for name in wb.sheetnames],
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "widths": {col: ws.column_dimensions[col].width for col in "ABCDEFG"},
        "wrap": {col: bool(ws[f"{col}2"].alignment.wrap_text) for col in "ABCDEFG"},
        "headerBold": bool(ws["A1"].font.b),
        "fills": [ws.cell(row=r, column=5).fill.fgColor.rgb if ws.cell(row=r, column=5).fill.fill_type else None for r in range(2, ws.max_row + 1)],
        "validations": [[str(d.sqref), d.formula1] for d in ws.data_validations.dataValidation],
        "rows": rows,
    }


def edit(path, out, ops):
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    for op in ops:
        if op[0] == "set":
            ws[op[1]] = op[2]
        elif op[0] == "date":
            # A date typed into a cell: Excel and openpyxl store a number in a date's format.
            ws[op[1]] = datetime.date.fromisoformat(op[2])
        elif op[0] == "insert":
            ws.insert_rows(op[1])
        elif op[0] == "delete":
            ws.delete_rows(op[1])
        elif op[0] == "swap":
            a, b = op[1], op[2]
            for col in range(1, ws.max_column + 1):
                x, y = ws.cell(row=a, column=col), ws.cell(row=b, column=col)
                x.value, y.value = y.value, x.value
    wb.save(out)


if __name__ == "__main__":
    if sys.argv[1] == "describe":
        json.dump(describe(sys.argv[2]), sys.stdout, ensure_ascii=False, default=str)
    else:
        edit(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
