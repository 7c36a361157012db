#!/usr/bin/env python3
"""Generate N small, realistic migrations twice: as shale files and as knex files.

    python3 gen_migrations.py --count N --shale-dir DIR --knex-dir DIR

Writes, for i = 1..N, with version = 2026-01-01 00:00:00 + (i-1) seconds
(YYYYMMDDHHMMSS, with proper calendar carry):

  DIR(shale)/<version>_<name>.up.sql / .down.sql
  DIR(knex)/<version>_<name>.js     (exports.up / exports.down run the same SQL
                                     strings through knex.raw)

The up SQL of a migration is byte-for-byte the same string in both. Migrations
cycle through ten kinds of step (create table, create table with a foreign key,
index, add column, check constraint, unique expression index, view, enum type +
table, comment, partial index); steps that change an existing table pick an
earlier table deterministically. Python stdlib only; the output depends only on N.
"""
import argparse
import datetime
import json
import os
import sys

BASE = datetime.datetime(2026, 1, 1, 0, 0, 0)


class Gen:
    def __init__(self):
        self.tables = []  # names of tables created so far (all have id, name, created_at)

    def pick(self, i, salt=0):
        # deterministic, spread over all earlier tables
        return self.tables[(i * 7919 + salt * 104729) % len(self.tables)]

    def step(self, i):
        """Return (name, up_sql, down_sql) for migration i (1-based)."""
        kind = (i - 1) % 10
        if not self.tables or kind == 0:
            t = f"t_{i:05d}"
            self.tables.append(t)
            return (
                f"create_{t}",
                f"CREATE TABLE {t} (\n"
                f"    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                f"    name text NOT NULL,\n"
                f"    qty integer NOT NULL DEFAULT 0,\n"
                f"    created_at timestamptz NOT NULL DEFAULT now()\n"
                f");\n",
                f"DROP TABLE {t};\n",
            )
        if kind == 1:
            p = self.pick(i)
            t = f"t_{i:05d}"
            self.tables.append(t)
            return (
                f"create_{t}",
                f"CREATE TABLE {t} (\n"
                f"    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                f"    parent_id bigint NOT NULL REFERENCES {p} (id) ON DELETE CASCADE,\n"
                f"    name text NOT NULL,\n"
                f"    qty integer NOT NULL DEFAULT 0,\n"
                f"    amount numeric(12,2),\n"
                f"    created_at timestamptz NOT NULL DEFAULT now()\n"
                f");\n"
                f"CREATE INDEX {t}_parent_id_idx ON {t} (parent_id);\n",
                f"DROP TABLE {t};\n",
            )
        if kind == 2:
            t = self.pick(i)
            ix = f"ix_{i:05d}_{t}_created_at"
            return (f"index_{t}_created_at", f"CREATE INDEX {ix} ON {t} (created_at DESC);\n", f"DROP INDEX {ix};\n")
        if kind == 3:
            t = self.pick(i)
            c = f"c_{i:05d}"
            return (
                f"add_{c}_to_{t}",
                f"ALTER TABLE {t} ADD COLUMN {c} integer NOT NULL DEFAULT 0;\n",
                f"ALTER TABLE {t} DROP COLUMN {c};\n",
            )
        if kind == 4:
            t = self.pick(i)
            ck = f"ck_{i:05d}_{t}_name"
            return (
                f"check_{t}_name",
                f"ALTER TABLE {t} ADD CONSTRAINT {ck} CHECK (length(name) <= {100 + i});\n",
                f"ALTER TABLE {t} DROP CONSTRAINT {ck};\n",
            )
        if kind == 5:
            t = self.pick(i)
            ix = f"ux_{i:05d}_{t}_lower_name"
            return (
                f"unique_{t}_lower_name",
                f"CREATE UNIQUE INDEX {ix} ON {t} (lower(name), id);\n",
                f"DROP INDEX {ix};\n",
            )
        if kind == 6:
            t = self.pick(i)
            v = f"v_{i:05d}_{t}"
            return (
                f"view_{t}",
                f"CREATE VIEW {v} AS\n    SELECT id, name, created_at FROM {t} WHERE qty > 0;\n",
                f"DROP VIEW {v};\n",
            )
        if kind == 7:
            e = f"e_{i:05d}_status"
            t = f"t_{i:05d}"
            self.tables.append(t)
            return (
                f"create_{t}_with_status",
                f"CREATE TYPE {e} AS ENUM ('new', 'active', 'archived');\n"
                f"CREATE TABLE {t} (\n"
                f"    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                f"    name text NOT NULL,\n"
                f"    qty integer NOT NULL DEFAULT 0,\n"
                f"    status {e} NOT NULL DEFAULT 'new',\n"
                f"    attrs jsonb NOT NULL DEFAULT '{{}}',\n"
                f"    created_at timestamptz NOT NULL DEFAULT now()\n"
                f");\n",
                f"DROP TABLE {t};\nDROP TYPE {e};\n",
            )
        if kind == 8:
            t = self.pick(i)
            return (
                f"comment_{t}",
                f"COMMENT ON TABLE {t} IS 'table {t}, described by migration {i}';\n",
                f"COMMENT ON TABLE {t} IS NULL;\n",
            )
        # kind == 9
        t = self.pick(i)
        c = f"note_{i:05d}"
        ix = f"ix_{i:05d}_{t}_{c}"
        return (
            f"add_{c}_to_{t}",
            f"ALTER TABLE {t} ADD COLUMN {c} text;\n"
            f"CREATE INDEX {ix} ON {t} ({c}) WHERE {c} IS NOT NULL;\n",
            f"DROP INDEX {ix};\nALTER TABLE {t} DROP COLUMN {c};\n",
        )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--shale-dir", required=True)
    ap.add_argument("--knex-dir", required=True)
    a = ap.parse_args()
    if a.count < 1:
        sys.exit("--count must be >= 1")
    os.makedirs(a.shale_dir, exist_ok=True)
    os.makedirs(a.knex_dir, exist_ok=True)
    g = Gen()
    for i in range(1, a.count + 1):
        version = (BASE + datetime.timedelta(seconds=i - 1)).strftime("%Y%m%d%H%M%S")
        name, up, down = g.step(i)
        base = f"{version}_{name}"
        with open(os.path.join(a.shale_dir, base + ".up.sql"), "w") as f:
            f.write(up)
        with open(os.path.join(a.shale_dir, base + ".down.sql"), "w") as f:
            f.write(down)
        with open(os.path.join(a.knex_dir, base + ".js"), "w") as f:
            f.write(
                f"// generated by bench/apply/gen_migrations.py: same SQL as shale's {base}.up.sql\n"
                f"const up = {json.dumps(up)};\n"
                f"const down = {json.dumps(down)};\n"
                "exports.up = (knex) => knex.raw(up);\n"
                "exports.down = (knex) => knex.raw(down);\n"
            )


if __name__ == "__main__":
    main()
