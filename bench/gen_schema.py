#!/usr/bin/env python3
"""Generate a synthetic, deterministic PostgreSQL schema for benchmarking shale.

    python3 bench/gen_schema.py --tables N [--variant a|b] [--seed S] --out FILE

Variant "a" is the base schema. Variant "b" is the same schema with roughly 5%
of the tables changed (at least one change of every kind), so that diffing
a -> b yields a realistic, non-trivial migration plan:

  * a column added
  * a column type widened (varchar(n) -> varchar(m>n), integer -> bigint,
    numeric(12,2) -> numeric(16,2))
  * an index added
  * a column default changed
  * a table dropped (only tables no other table references)
  * a table added (with a foreign key to an existing table)

Output depends only on (--tables, --variant, --seed); it uses only the stdlib.
Objects are unqualified (they land in the "public" schema).
"""

import argparse
import random
import sys

ENUM_VALUE_POOL = [
    "draft", "pending", "active", "paused", "archived", "deleted", "new",
    "open", "closed", "blocked", "low", "medium", "high", "urgent", "red",
    "green", "blue", "small", "large", "retired",
]

CHANGE_KINDS = [
    "add_column",
    "widen_type",
    "add_index",
    "change_default",
    "drop_table",
    "add_table",
]


def tname(i):
    return "t%05d" % i


class Column:
    def __init__(self, name, type_, not_null=False, default=None):
        self.name = name
        self.type = type_
        self.not_null = not_null
        self.default = default

    def render(self):
        parts = ["%s %s" % (self.name, self.type)]
        if self.not_null:
            parts.append("NOT NULL")
        if self.default is not None:
            parts.append("DEFAULT %s" % self.default)
        return " ".join(parts)


class Table:
    def __init__(self, idx):
        self.idx = idx
        self.name = tname(idx)
        self.columns = []      # list[Column]; the identity PK is rendered separately
        self.checks = []       # list[(name, expr)]
        self.fk = None         # (column, ref_table_name, on_delete or None)
        self.indexes = []      # list[(name, sql)]

    def col(self, name):
        for c in self.columns:
            if c.name == name:
                return c
        return None


def build_enums(rng, n_tables):
    count = max(2, min(40, n_tables // 100 + 2))
    enums = []
    for e in range(count):
        k = rng.randint(3, 6)
        values = rng.sample(ENUM_VALUE_POOL, k)
        enums.append(("e_kind_%02d" % e, values))
    return enums


def build_table(rng, i, existing, enums):
    """Build table number i. `existing` is the list of earlier table indexes it may reference."""
    t = Table(i)
    n = t.name
    vlen = rng.choice([16, 32, 64, 100, 255])
    t.columns = [
        Column("name", "text", not_null=True),
        Column("code", "varchar(%d)" % vlen),
        Column("qty", "integer", not_null=True, default="0"),
        Column("amount", "numeric(12,2)"),
        Column("created_at", "timestamptz", not_null=True, default="now()"),
        Column("is_active", "boolean", not_null=True, default="false"),
        Column("attrs", "jsonb", not_null=True, default="'{}'::jsonb"),
        Column("parent_id", "bigint"),
    ]
    # One extra column, varied, so tables are ~10 columns of mixed types.
    r = i % 4
    if r == 0 and enums:
        ename, values = enums[rng.randrange(len(enums))]
        t.columns.append(Column("kind", ename, not_null=True,
                                default="'%s'::%s" % (values[0], ename)))
    elif r == 1:
        t.columns.append(Column("note", "text"))
    elif r == 2:
        t.columns.append(Column("updated_at", "timestamptz"))
    else:
        t.columns.append(Column("ratio", "double precision", default="1.0"))

    # Foreign key to an earlier table for ~90% of tables.
    if existing and rng.random() < 0.9:
        ref = rng.choice(existing)
        on_delete = rng.choice([None, None, None, "CASCADE", "SET NULL"])
        t.fk = ("parent_id", tname(ref), on_delete)

    # A few check constraints.
    if i % 7 == 0:
        t.checks.append(("%s_qty_nonneg" % n, "qty >= 0"))
    if i % 11 == 0:
        t.checks.append(("%s_amount_range" % n, "amount IS NULL OR amount BETWEEN 0 AND 1000000"))
    if i % 13 == 0:
        t.checks.append(("%s_name_nonempty" % n, "length(name) > 0"))

    # Indexes: one plain per table; every few tables a partial or expression one.
    plain_col = "parent_id" if t.fk else rng.choice(["code", "created_at", "qty"])
    t.indexes.append(("%s_%s_idx" % (n, plain_col),
                      "CREATE INDEX %s_%s_idx ON %s USING btree (%s);" % (n, plain_col, n, plain_col)))
    if i % 5 == 0:
        t.indexes.append(("%s_active_created_idx" % n,
                          "CREATE INDEX %s_active_created_idx ON %s USING btree (created_at) WHERE is_active;"
                          % (n, n)))
    elif i % 5 == 2:
        t.indexes.append(("%s_lower_name_idx" % n,
                          "CREATE INDEX %s_lower_name_idx ON %s USING btree (lower(name));" % (n, n)))
    elif i % 17 == 3:
        t.indexes.append(("%s_code_key" % n,
                          "CREATE UNIQUE INDEX %s_code_key ON %s USING btree (code);" % (n, n)))
    return t


def render_table(t):
    lines = ["    id bigint GENERATED ALWAYS AS IDENTITY"]
    lines += ["    " + c.render() for c in t.columns]
    lines.append("    CONSTRAINT %s_pkey PRIMARY KEY (id)" % t.name)
    for cname, expr in t.checks:
        lines.append("    CONSTRAINT %s CHECK (%s)" % (cname, expr))
    if t.fk:
        col, ref, on_delete = t.fk
        s = "    CONSTRAINT %s_%s_fkey FOREIGN KEY (%s) REFERENCES %s (id)" % (t.name, col, col, ref)
        if on_delete:
            s += " ON DELETE " + on_delete
        lines.append(s)
    out = ["CREATE TABLE %s (" % t.name, ",\n".join(lines), ");"]
    out += [sql for _, sql in t.indexes]
    return "\n".join(out) + "\n"


def build_base(n_tables, seed):
    rng = random.Random(seed)
    enums = build_enums(rng, n_tables)
    tables = []
    for i in range(1, n_tables + 1):
        tables.append(build_table(rng, i, list(range(1, i)), enums))
    return enums, tables


def apply_variant_b(enums, tables, n_tables, seed):
    """Mutate ~5% of tables in place; returns (tables, list of change descriptions)."""
    rng = random.Random(seed * 7919 + 17)
    total = max(len(CHANGE_KINDS), round(n_tables * 0.05))
    per_kind = {k: 0 for k in CHANGE_KINDS}
    for j in range(total):
        per_kind[CHANGE_KINDS[j % len(CHANGE_KINDS)]] += 1

    referenced = {t.fk[1] for t in tables if t.fk}
    touched = set()
    changes = []

    def pick(pred):
        cands = [t for t in tables if t.name not in touched and pred(t)]
        if not cands:
            return None
        t = rng.choice(cands)
        touched.add(t.name)
        return t

    # Drops first (so later picks skip dropped tables); only unreferenced tables.
    dropped = set()
    for _ in range(per_kind["drop_table"]):
        t = pick(lambda t: t.name not in referenced)
        if t is None:
            break
        dropped.add(t.name)
        changes.append("drop table %s" % t.name)
    tables = [t for t in tables if t.name not in dropped]

    for _ in range(per_kind["add_column"]):
        t = pick(lambda t: True)
        if t is None:
            break
        # Alternate nullable / defaulted new columns.
        if len(changes) % 2:
            t.columns.append(Column("extra_note", "text"))
            changes.append("add column %s.extra_note text" % t.name)
        else:
            t.columns.append(Column("score", "integer", not_null=True, default="0"))
            changes.append("add column %s.score integer not null default 0" % t.name)

    for j in range(per_kind["widen_type"]):
        t = pick(lambda t: True)
        if t is None:
            break
        mode = j % 3
        if mode == 0:
            c = t.col("code")
            old = c.type
            n = int(old[len("varchar("):-1])
            c.type = "varchar(%d)" % (n * 2)
        elif mode == 1:
            c = t.col("qty")
            old = c.type
            c.type = "bigint"
        else:
            c = t.col("amount")
            old = c.type
            c.type = "numeric(16,2)"
        changes.append("widen %s.%s %s -> %s" % (t.name, c.name, old, c.type))

    for j in range(per_kind["add_index"]):
        t = pick(lambda t: True)
        if t is None:
            break
        if j % 2 == 0:
            name = "%s_name_created_idx" % t.name
            t.indexes.append((name, "CREATE INDEX %s ON %s USING btree (name, created_at);" % (name, t.name)))
        else:
            name = "%s_attrs_gin_idx" % t.name
            t.indexes.append((name, "CREATE INDEX %s ON %s USING gin (attrs);" % (name, t.name)))
        changes.append("add index %s" % name)

    for j in range(per_kind["change_default"]):
        t = pick(lambda t: True)
        if t is None:
            break
        if j % 2 == 0:
            c = t.col("is_active")
            old, c.default = c.default, "true"
        else:
            c = t.col("qty")
            old, c.default = c.default, "1"
        changes.append("default %s.%s %s -> %s" % (t.name, c.name, old, c.default))

    next_idx = n_tables + 1
    existing = [t.idx for t in tables]
    for _ in range(per_kind["add_table"]):
        t = build_table(rng, next_idx, existing, enums)
        if t.fk is None and existing:
            t.fk = ("parent_id", tname(rng.choice(existing)), None)
        tables.append(t)
        changes.append("add table %s" % t.name)
        next_idx += 1

    return tables, changes


def render(n_tables, variant, seed):
    enums, tables = build_base(n_tables, seed)
    changes = []
    if variant == "b":
        tables, changes = apply_variant_b(enums, tables, n_tables, seed)
    out = [
        "-- Synthetic schema generated by bench/gen_schema.py",
        "-- tables=%d variant=%s seed=%d (objects: %d tables, %d enums)"
        % (n_tables, variant, seed, len(tables), len(enums)),
    ]
    if changes:
        out.append("-- changes relative to variant a (%d):" % len(changes))
        out += ["--   " + c for c in changes]
    out.append("")
    for ename, values in enums:
        out.append("CREATE TYPE %s AS ENUM (%s);" % (ename, ", ".join("'%s'" % v for v in values)))
    out.append("")
    for t in tables:
        out.append(render_table(t))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tables", type=int, required=True, help="number of tables in variant a")
    ap.add_argument("--variant", choices=["a", "b"], default="a")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True, help="output file ('-' for stdout)")
    args = ap.parse_args(argv)
    if args.tables < 1:
        ap.error("--tables must be >= 1")
    text = render(args.tables, args.variant, args.seed)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
