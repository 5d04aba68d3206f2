#!/usr/bin/env python3
"""Compares two CSV files column by column (matched by name): columns only in one file, and for shared columns
the number of rows whose values differ. Exit 0 when every shared column is identical.
Usage: csv_diff.py OLD.csv NEW.csv"""
import csv
import sys

csv.field_size_limit(1 << 30)
old = list(csv.reader(open(sys.argv[1], newline="")))
new = list(csv.reader(open(sys.argv[2], newline="")))
oh, nh = old[0], new[0]
only_old = [c for c in oh if c not in nh]
only_new = [c for c in nh if c not in oh]
print("rows: %d old, %d new; columns only in old: %s; only in new: %s" % (len(old) - 1, len(new) - 1, only_old or "none", only_new or "none"))
if len(old) != len(new):
    sys.exit(1)
differ = {}
for c in oh:
    if c in nh:
        i, j = oh.index(c), nh.index(c)
        n = sum(1 for a, b in zip(old[1:], new[1:]) if a[i] != b[j])
        if n:
            differ[c] = n
print("shared columns: %d, identical in every row: %d%s" % (len([c for c in oh if c in nh]), len([c for c in oh if c in nh]) - len(differ),
      "" if not differ else "; differing rows per column: %s" % differ))
sys.exit(1 if differ else 0)
