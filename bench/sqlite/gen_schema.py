#!/usr/bin/env python3
"""Generate a synthetic, deterministic SQLite schema for benchmarking shale.

    python3 bench/sqlite/gen_schema.py --tables N [--variant a|b] [--rows R] --out FILE [--data FILE]

Variant "a" is the base schema: N tables of 8 columns, each with a foreign key to
the table before it, an index, a view every 50 tables and a trigger every 100.
Variant "b" changes about 5% of the tables, one kind of change per table:

  * a nullable column added            (ALTER TABLE ADD COLUMN)
  * a column type changed              (table rebuild)
  * NOT NULL added to a column         (table rebuild)
  * an index added
  * a CHECK constraint added           (table rebuild)
  * a table dropped (a leaf: nothing references it)
  * a table added

--data writes R rows per table of variant a (valid for variant b too).
"""

import argparse


def table_sql(i, variant, changed):
    kind = changed.get(i)
    cols = [
        "  id INTEGER PRIMARY KEY",
        f"  parent_id INTEGER REFERENCES t{i - 1} (id)" if i > 0 else "  parent_id INTEGER",
        "  name TEXT NOT NULL" if kind != "type" else "  name VARCHAR(200) NOT NULL",
        "  email TEXT" if kind != "notnull" else "  email TEXT NOT NULL DEFAULT ''",
        "  amount REAL DEFAULT 0",
        "  status TEXT DEFAULT 'new'",
        "  created_at TEXT DEFAULT CURRENT_TIMESTAMP",
        "  notes TEXT",
    ]
    if kind == "add":
        cols.append("  extra TEXT")
    if kind == "check":
        cols.append("  CHECK (amount >= 0)")
    out = f"CREATE TABLE t{i} (\n" + ",\n".join(cols) + "\n);\n"
    out += f"CREATE INDEX t{i}_parent_idx ON t{i} (parent_id);\n"
    if kind == "index":
        out += f"CREATE INDEX t{i}_name_idx ON t{i} (name);\n"
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, required=True)
    ap.add_argument("--variant", choices=["a", "b"], default="a")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data")
    a = ap.parse_args()
    n = a.tables
    kinds = ["add", "type", "notnull", "index", "check", "drop"]
    changed = {}
    if a.variant == "b":
        # Every 20th table, cycling through the kinds; only the last table is
        # a leaf that can be dropped without breaking a foreign key.
        for k, i in enumerate(range(3, n - 1, 20)):
            kind = kinds[k % 5]
            changed[i] = kind
        changed[n - 1] = "drop"
    parts = []
    for i in range(n):
        if changed.get(i) == "drop":
            continue
        parts.append(table_sql(i, a.variant, changed))
        if i % 50 == 49 and changed.get(i) != "drop":
            parts.append(f"CREATE VIEW v{i} AS SELECT t.id, t.name, p.name AS parent FROM t{i} t LEFT JOIN t{i - 1} p ON p.id = t.parent_id;\n")
        if i % 100 == 99 and changed.get(i) != "drop":
            parts.append(f"CREATE TRIGGER t{i}_touch AFTER UPDATE OF name ON t{i} BEGIN UPDATE t{i} SET notes = 'renamed' WHERE id = NEW.id; END;\n")
    if a.variant == "b":
        for j in range(max(1, n // 100)):
            parts.append(f"CREATE TABLE added{j} (id INTEGER PRIMARY KEY, t0_id INTEGER REFERENCES t0 (id), label TEXT);\n")
    with open(a.out, "w") as f:
        f.write("".join(parts))
    if a.data:
        with open(a.data, "w") as f:
            f.write("BEGIN;\n")
            for i in range(n):
                for r in range(1, a.rows + 1):
                    parent = "NULL" if i == 0 else str(r)
                    f.write(f"INSERT INTO t{i} (id, parent_id, name, email, amount) VALUES ({r}, {parent}, 'n{r}', 'e{r}@x', {r});\n")
            f.write("COMMIT;\n")


if __name__ == "__main__":
    main()
