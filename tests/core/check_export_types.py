#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an Unfold data export with Python's own csv and json modules, as an analysis would, and
checks every value against its column's type in the export's codebook.csv.

usage: check_export_types.py CSV_FOLDER JSON_FILE

The CSV folder and the JSON file must come from the same journal. Prints each problem found and
exits 1 when there is any; prints a one-line summary and exits 0 otherwise. It deliberately shares
no code with Unfold: it is a second, independent reader of what Unfold writes.
"""
import csv
import json
import os
import re
import sys

# How each codebook type may be spelled in CSV; an empty field is a missing value in every type.
CSV_PATTERNS = {
    "integer": r"-?[0-9]+",
    # Always a decimal point or an exponent, so no reader takes the column for integers.
    "number": r"-?[0-9]+\.[0-9]+(e[-+]?[0-9]+)?|-?[0-9]+(\.[0-9]+)?e[-+]?[0-9]+",
    "boolean": r"[01]",
    "time": r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z",
    "date": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "text": r"(?s).+",
}
# The Python type json.load gives each codebook type; null (None) is a missing value.
JSON_TYPES = {"integer": int, "number": float, "boolean": bool, "text": str, "time": str, "date": str}
# allowed_values that enumerate keys ("a, b", "partner, friend, …") rather than describe a range.
ENUMERATION = re.compile(r"[a-z0-9-]+(, [a-z0-9-]+)+")
HEADER = {"format": str, "format_version": int, "app_version": str, "time_zone": str, "exported_at": str}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def same_value(kind, text, value):
    """Whether a CSV field and the JSON value of the same cell say the same."""
    if kind == "integer":
        return int(text) == value
    if kind == "number":
        return float(text) == value
    if kind == "boolean":
        return text == ("1" if value else "0")
    return text == value


def check(folder, json_path):
    problems = []
    header, rows = read_csv(os.path.join(folder, "codebook.csv"))
    codebook = [dict(zip(header, row)) for row in rows]
    described = {}  # table -> its codebook rows, in column order
    for entry in codebook:
        described.setdefault(entry["table"], []).append(entry)
        if entry["type"] not in CSV_PATTERNS:
            problems.append(f"codebook: {entry['table']}.{entry['column']} has unknown type {entry['type']!r}")
    files = sorted(name[:-4] for name in os.listdir(folder) if name.endswith(".csv"))
    if files != sorted(described):
        problems.append(f"the folder's tables {files} are not the codebook's {sorted(described)}")

    with open(json_path, encoding="utf-8") as f:
        document = json.load(f)
    for key, kind in HEADER.items():
        if type(document.get("header", {}).get(key)) is not kind:
            problems.append(f"json header: {key} missing or not {kind.__name__}")
    if document.get("header", {}).get("time_zone") != "UTC":
        problems.append("json header: time_zone is not UTC")
    tables = document.get("tables", {})
    if sorted(tables) != sorted(described):
        problems.append(f"json tables {sorted(tables)} are not the codebook's {sorted(described)}")

    values = 0
    for table, columns in described.items():
        names = [c["column"] for c in columns]
        if not os.path.exists(os.path.join(folder, table + ".csv")):
            continue
        header, rows = read_csv(os.path.join(folder, table + ".csv"))
        if header != names:
            problems.append(f"{table}.csv: columns {header} are not the codebook's {names}")
            continue
        json_rows = tables.get(table, [])
        if len(json_rows) != len(rows):
            problems.append(f"{table}: {len(rows)} CSV rows but {len(json_rows)} JSON rows")
        for number, row in enumerate(rows):
            line = number + 2
            if len(row) != len(names):
                problems.append(f"{table}.csv line {line}: {len(row)} fields, not {len(names)}")
                continue
            json_row = json_rows[number] if number < len(json_rows) else {}
            if list(json_row) != names:
                problems.append(f"{table} json row {number}: keys {list(json_row)} are not {names}")
                continue
            for text, column in zip(row, columns):
                name, kind, allowed = column["column"], column["type"], column["allowed_values"]
                value = json_row[name]
                values += 1
                where = f"{table}.{name} line {line}"
                if text == "" or value is None:
                    if (text == "") != (value is None):
                        problems.append(f"{where}: CSV {text!r} but JSON {value!r}: missing in one only")
                    continue
                if not re.fullmatch(CSV_PATTERNS[kind], text):
                    problems.append(f"{where}: CSV {text!r} is not a {kind}")
                    continue
                if type(value) is not JSON_TYPES[kind]:
                    problems.append(f"{where}: JSON {value!r} is {type(value).__name__}, not {kind}")
                    continue
                if not same_value(kind, text, value):
                    problems.append(f"{where}: CSV {text!r} and JSON {value!r} differ")
                if kind == "text" and ENUMERATION.fullmatch(allowed) and text not in allowed.split(", "):
                    problems.append(f"{where}: {text!r} is not one of {allowed}")
    return problems, len(described), values


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    problems, tables, values = check(sys.argv[1], sys.argv[2])
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{tables} tables, {values} values: every one of its codebook type")
    return 0


if __name__ == "__main__":
    sys.exit(main())
