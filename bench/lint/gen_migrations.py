#!/usr/bin/env python3
"""Generate N synthetic but realistic PostgreSQL migration pairs for the lint benchmark.

    python3 bench/lint/gen_migrations.py --count N [--seed 42] --out DIR

Writes DIR/<version>_<slug>.up.sql and DIR/<version>_<slug>.down.sql for N
migrations (versions 20260101000000 onwards, strictly increasing) and prints a
one-line summary (key=value) on stdout. Python stdlib only; the same arguments
always give the same bytes.

The migrations follow one evolving schema: tables are created, grow columns,
indexes, foreign keys, checks, enums, triggers and views, get backfilled and
sometimes shrink again. About 1 in 9 files is a `-- shale:no-transaction`
migration that builds (or drops) indexes CONCURRENTLY. Each up file has 3-20
statements; each down file undoes its up file in reverse order.
"""

import argparse
import datetime
import os
import random
import sys

NOUNS = [
    "user", "account", "organization", "team", "membership", "invitation", "session", "api_key",
    "order", "order_item", "invoice", "invoice_line", "payment", "refund", "subscription", "plan",
    "product", "product_variant", "category", "price", "coupon", "cart", "cart_item", "shipment",
    "address", "warehouse", "stock_level", "supplier", "purchase_order", "review", "comment", "post",
    "tag", "attachment", "notification", "webhook", "webhook_delivery", "audit_event", "feature_flag",
    "project", "task", "milestone", "label", "document", "folder", "message", "conversation",
    "device", "event", "report", "export", "import_job", "customer", "contact", "lead", "deal",
    "ticket", "sla_policy", "schedule", "booking", "room", "location", "employee", "payroll_run",
]

# (name, type, nullable-default-clause choices)
COLUMNS = [
    ("email", "text"), ("name", "text"), ("title", "text"), ("description", "text"),
    ("status", "text"), ("notes", "text"), ("slug", "text"), ("code", "varchar(32)"),
    ("sku", "varchar(64)"), ("phone", "varchar(32)"), ("currency", "char(3)"),
    ("amount_cents", "bigint"), ("total_cents", "bigint"), ("quantity", "integer"),
    ("position", "integer"), ("priority", "smallint"), ("price", "numeric(12,2)"),
    ("discount_rate", "numeric(5,4)"), ("weight_grams", "integer"), ("score", "double precision"),
    ("is_active", "boolean"), ("is_archived", "boolean"), ("verified", "boolean"),
    ("metadata", "jsonb"), ("settings", "jsonb"), ("payload", "jsonb"), ("tags", "text[]"),
    ("external_id", "uuid"), ("public_id", "uuid"), ("ip_address", "inet"),
    ("starts_at", "timestamptz"), ("ends_at", "timestamptz"), ("published_at", "timestamptz"),
    ("archived_at", "timestamptz"), ("deleted_at", "timestamptz"), ("last_seen_at", "timestamp"),
    ("due_on", "date"), ("birthday", "date"), ("duration", "interval"), ("version", "integer"),
    ("locale", "text"), ("timezone", "text"), ("color", "varchar(7)"), ("url", "text"),
]

DEFAULTS = {
    "text": ["''", "'unknown'"], "boolean": ["false", "true"], "integer": ["0", "1"],
    "smallint": ["0"], "bigint": ["0"], "jsonb": ["'{}'::jsonb", "'[]'::jsonb"],
    "timestamptz": ["now()", "CURRENT_TIMESTAMP"], "numeric(12,2)": ["0"], "uuid": ["gen_random_uuid()"],
    "char(3)": ["'EUR'", "'USD'"], "text[]": ["'{}'"], "double precision": ["0"],
}

# Backfill values for types without an entry in DEFAULTS.
BACKFILL = {"date": "CURRENT_DATE", "timestamp": "now()", "interval": "interval '0'", "inet": "'0.0.0.0'",
            "numeric(5,4)": "0"}

ENUM_VALUES = ["pending", "active", "paused", "cancelled", "completed", "failed", "archived",
               "draft", "review", "approved", "rejected", "expired", "refunded", "shipped"]


def plural(noun):
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


class Table:
    def __init__(self, name, noun):
        self.name = name
        self.noun = noun
        self.columns = {}      # name -> type (insertion ordered)
        self.indexes = []      # index names
        self.fks = []          # constraint names
        self.checks = []


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.tables = {}       # name -> Table
        self.enums = {}        # name -> values
        self.functions = []
        self.views = []
        self.noun_uses = {}
        self.names = set()
        self.focus = []        # tables this file is about; most statements touch them

    # ------------------------------------------------------------ helpers
    def fresh(self, base):
        """A name not used before (identifiers stay <= 63 bytes)."""
        base = base[:55]
        name, i = base, 2
        while name in self.names:
            name = f"{base}_{i}"
            i += 1
        self.names.add(name)
        return name

    def new_table_name(self):
        noun = self.r.choice(NOUNS)
        n = self.noun_uses.get(noun, 0)
        self.noun_uses[noun] = n + 1
        name = plural(noun) if n == 0 else f"{plural(noun)}_{n + 1}"
        if self.r.random() < 0.05:
            name = noun if n == 0 else f"{noun}_{n + 1}"     # the odd singular name
        return self.fresh(name), noun

    def pick_table(self, exclude=()):
        names = [t for t in self.tables if t not in exclude]
        if not names:
            return None
        focus = [t for t in self.focus if t in self.tables and t not in exclude]
        if focus and self.r.random() < 0.75:
            return self.tables[self.r.choice(focus)]
        # Recent tables change more often than old ones.
        if self.r.random() < 0.6:
            names = names[-40:]
        return self.tables[self.r.choice(names)]

    def pick_column(self, t, pred=lambda c, ty: True):
        cols = [c for c, ty in t.columns.items() if c != "id" and pred(c, ty)]
        return self.r.choice(cols) if cols else None

    def col_type(self, ty):
        return ty

    # ------------------------------------------------------------ statements
    # Each returns (up_sql, down_sql or None, slug-part), or None if not applicable.
    def create_table(self, in_file):
        name, noun = self.new_table_name()
        t = Table(name, noun)
        lines = []
        key = self.r.random()
        if key < 0.6:
            lines.append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
            t.columns["id"] = "bigint"
        elif key < 0.75:
            lines.append("    id bigserial PRIMARY KEY")
            t.columns["id"] = "bigint"
        elif key < 0.85:
            lines.append("    id uuid PRIMARY KEY DEFAULT gen_random_uuid()")
            t.columns["id"] = "uuid"
        elif key < 0.93:
            lines.append("    id serial PRIMARY KEY")
            t.columns["id"] = "integer"
        else:
            lines.append("    id integer PRIMARY KEY")
            t.columns["id"] = "integer"
        fks = []
        for parent in self.r.sample(list(self.tables), min(len(self.tables), self.r.choice([0, 0, 1, 1, 1, 2]))):
            p = self.tables[parent]
            if self.r.random() < 0.3 and parent in self.tables and len(self.tables) > 30:
                p = self.pick_table()
            col = f"{p.noun}_id"
            if col in t.columns:
                continue
            ptype = p.columns.get("id", "bigint")
            nn = " NOT NULL" if self.r.random() < 0.7 else ""
            action = self.r.choice(["", "", "", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT"])
            if action == " ON DELETE SET NULL":
                nn = ""
            lines.append(f"    {col} {ptype}{nn} REFERENCES {p.name} (id){action}")
            t.columns[col] = ptype
            fks.append(col)
        for col, ty in self.r.sample(COLUMNS, self.r.randint(2, 9)):
            if col in t.columns:
                continue
            parts = [f"    {col} {ty}"]
            if self.r.random() < 0.4 and not col.endswith(("deleted_at", "archived_at", "ends_at")):
                parts.append("NOT NULL")
            if ty in DEFAULTS and self.r.random() < 0.35:
                parts.append("DEFAULT " + self.r.choice(DEFAULTS[ty]))
            if col in ("email", "slug", "code", "sku", "public_id") and self.r.random() < 0.5:
                parts.append("UNIQUE")
            if col == "quantity" and self.r.random() < 0.5:
                parts.append("CHECK (quantity >= 0)")
            lines.append(" ".join(parts))
            t.columns[col] = ty
        ts = self.r.choice(["timestamptz", "timestamptz", "timestamptz", "timestamp"])
        lines.append(f"    created_at {ts} NOT NULL DEFAULT now()")
        lines.append(f"    updated_at {ts} NOT NULL DEFAULT now()")
        t.columns["created_at"] = ts
        t.columns["updated_at"] = ts
        if "starts_at" in t.columns and "ends_at" in t.columns and self.r.random() < 0.6:
            lines.append(f"    CONSTRAINT {self.fresh(name + '_period_check')} CHECK (ends_at > starts_at)")
        ine = " IF NOT EXISTS" if self.r.random() < 0.15 else ""
        sql = f"CREATE TABLE{ine} {name} (\n" + ",\n".join(lines) + "\n);"
        self.tables[name] = t
        self.focus.append(name)
        in_file["new_tables"].add(name)
        stmts = [(sql, f"DROP TABLE IF EXISTS {name};", f"create_{name}")]
        for col in fks:
            if self.r.random() < 0.7:
                idx = self.fresh(f"{name}_{col}_idx")
                t.indexes.append(idx)
                stmts.append((f"CREATE INDEX {idx} ON {name} ({col});", None, None))
        if self.r.random() < 0.3:
            stmts.append((f"COMMENT ON TABLE {name} IS '{noun.replace('_', ' ').capitalize()} records';", None, None))
        return stmts

    def create_index(self, in_file, concurrently=False):
        t = self.pick_table()
        if t is None:
            return None
        cols = [c for c in t.columns if c != "id"]
        if not cols:
            return None
        n = 1 if self.r.random() < 0.7 else 2
        chosen = self.r.sample(cols, min(n, len(cols)))
        unique = self.r.random() < 0.15
        idx = self.fresh(f"{t.name}_{'_'.join(chosen)}_{'key' if unique else 'idx'}")
        t.indexes.append(idx)
        method, where, elems = "", "", []
        for c in chosen:
            ty = t.columns[c]
            if ty in ("jsonb", "text[]") and len(chosen) == 1:
                method = " USING gin"
                elems.append(c)
            elif ty.startswith("timestamp") and self.r.random() < 0.4:
                elems.append(f"{c} DESC")
            elif c == "email" and self.r.random() < 0.5:
                elems.append("lower(email)")
            else:
                elems.append(c)
        if "deleted_at" in t.columns and self.r.random() < 0.5:
            where = " WHERE deleted_at IS NULL"
        elif "is_active" in t.columns and self.r.random() < 0.3:
            where = " WHERE is_active"
        conc = " CONCURRENTLY" if concurrently else ""
        ine = " IF NOT EXISTS" if self.r.random() < 0.3 else ""
        u = "UNIQUE " if unique else ""
        up = f"CREATE {u}INDEX{conc}{ine} {idx} ON {t.name}{method} ({', '.join(elems)}){where};"
        down = f"DROP INDEX{conc} IF EXISTS {idx};"
        return [(up, down, f"index_{t.name}_on_{'_and_'.join(chosen)}")]

    def drop_index(self, in_file, concurrently=False):
        cands = [t for t in self.tables.values() if t.indexes]
        if not cands:
            return None
        t = self.r.choice(cands)
        idx = t.indexes.pop(self.r.randrange(len(t.indexes)))
        conc = " CONCURRENTLY" if concurrently else ""
        col = self.pick_column(t) or "id"
        return [(f"DROP INDEX{conc} IF EXISTS {idx};", f"CREATE INDEX{conc} IF NOT EXISTS {idx} ON {t.name} ({col});",
                 f"drop_{idx}")]

    def add_column(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col, ty = self.r.choice(COLUMNS)
        if col in t.columns:
            col = self.fresh(f"{col}_v2") if self.r.random() < 0.5 else None
            if col is None:
                return None
        x = self.r.random()
        clause = ""
        if ty in DEFAULTS and x < 0.35:
            clause = " DEFAULT " + self.r.choice(DEFAULTS[ty])
            if self.r.random() < 0.5:
                clause += " NOT NULL"
        elif x < 0.42:
            clause = " NOT NULL"          # add-required-column
        ine = " IF NOT EXISTS" if self.r.random() < 0.2 else ""
        t.columns[col] = ty
        stmts = [(f"ALTER TABLE {t.name} ADD COLUMN{ine} {col} {ty}{clause};",
                  f"ALTER TABLE {t.name} DROP COLUMN IF EXISTS {col};", f"add_{col}_to_{t.name}")]
        if not clause and self.r.random() < 0.35:
            val = self.r.choice(DEFAULTS.get(ty, [BACKFILL.get(ty, "''")]))
            if ty == "uuid":
                val = "gen_random_uuid()"
            stmts.append((f"UPDATE {t.name} SET {col} = {val} WHERE {col} IS NULL;", None, None))
            if self.r.random() < 0.5:
                stmts.append((f"ALTER TABLE {t.name} ALTER COLUMN {col} SET NOT NULL;",
                              f"ALTER TABLE {t.name} ALTER COLUMN {col} DROP NOT NULL;", None))
        return stmts

    def add_columns_multi(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        adds = []
        for col, ty in self.r.sample(COLUMNS, self.r.randint(2, 4)):
            if col in t.columns:
                continue
            t.columns[col] = ty
            d = f" DEFAULT {DEFAULTS[ty][0]}" if ty in DEFAULTS and self.r.random() < 0.3 else ""
            adds.append((col, ty, d))
        if not adds:
            return None
        up = f"ALTER TABLE {t.name}\n" + ",\n".join(f"    ADD COLUMN {c} {ty}{d}" for c, ty, d in adds) + ";"
        down = f"ALTER TABLE {t.name}\n" + ",\n".join(f"    DROP COLUMN IF EXISTS {c}" for c, _, _ in adds) + ";"
        return [(up, down, f"add_{adds[0][0]}_and_more_to_{t.name}")]

    def drop_column(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: not c.endswith("_id") and c not in ("created_at", "updated_at"))
        if col is None:
            return None
        ty = t.columns.pop(col)
        ie = " IF EXISTS" if self.r.random() < 0.4 else ""
        return [(f"ALTER TABLE {t.name} DROP COLUMN{ie} {col};", f"ALTER TABLE {t.name} ADD COLUMN {col} {ty};",
                 f"drop_{col}_from_{t.name}")]

    def add_foreign_key(self, in_file):
        if len(self.tables) < 2:
            return None
        child = self.pick_table()
        parent = self.pick_table(exclude=(child.name,))
        col = f"{parent.noun}_id"
        stmts = []
        ptype = parent.columns.get("id", "bigint")
        if col not in child.columns:
            child.columns[col] = ptype
            stmts.append((f"ALTER TABLE {child.name} ADD COLUMN {col} {ptype};",
                          f"ALTER TABLE {child.name} DROP COLUMN IF EXISTS {col};", None))
        con = self.fresh(f"{child.name}_{col}_fkey")
        child.fks.append(con)
        not_valid = self.r.random() < 0.45
        action = self.r.choice(["", "", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON UPDATE CASCADE"])
        stmts.append((f"ALTER TABLE {child.name}\n    ADD CONSTRAINT {con} FOREIGN KEY ({col}) REFERENCES {parent.name} (id)"
                      f"{action}{' NOT VALID' if not_valid else ''};",
                      f"ALTER TABLE {child.name} DROP CONSTRAINT IF EXISTS {con};", f"add_{con}"))
        if not_valid and self.r.random() < 0.6:
            stmts.append((f"ALTER TABLE {child.name} VALIDATE CONSTRAINT {con};", None, None))
        if self.r.random() < 0.55:
            idx = self.fresh(f"{child.name}_{col}_idx")
            child.indexes.append(idx)
            stmts.append((f"CREATE INDEX {idx} ON {child.name} ({col});", f"DROP INDEX IF EXISTS {idx};", None))
        return stmts

    def add_check(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: ty in ("integer", "bigint", "numeric(12,2)", "text", "smallint"))
        if col is None:
            return None
        ty = t.columns[col]
        expr = f"char_length({col}) <= 255" if ty == "text" else f"{col} >= 0"
        con = self.fresh(f"{t.name}_{col}_check")
        t.checks.append(con)
        nv = " NOT VALID" if self.r.random() < 0.4 else ""
        stmts = [(f"ALTER TABLE {t.name} ADD CONSTRAINT {con} CHECK ({expr}){nv};",
                  f"ALTER TABLE {t.name} DROP CONSTRAINT IF EXISTS {con};", f"add_{con}")]
        if nv and self.r.random() < 0.5:
            stmts.append((f"ALTER TABLE {t.name} VALIDATE CONSTRAINT {con};", None, None))
        return stmts

    def add_unique(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: c in ("email", "slug", "code", "sku", "external_id", "public_id", "name"))
        if col is None:
            return None
        con = self.fresh(f"{t.name}_{col}_key")
        return [(f"ALTER TABLE {t.name} ADD CONSTRAINT {con} UNIQUE ({col});",
                 f"ALTER TABLE {t.name} DROP CONSTRAINT IF EXISTS {con};", f"add_unique_{col}_to_{t.name}")]

    def backfill(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: ty in ("text", "boolean", "integer", "jsonb", "timestamptz")
                               and c not in ("created_at", "updated_at"))
        if col is None:
            return None
        ty = t.columns[col]
        val = {"text": "'unknown'", "boolean": "false", "integer": "0", "jsonb": "'{}'::jsonb",
               "timestamptz": "created_at"}[ty]
        x = self.r.random()
        if x < 0.5:
            sql = f"UPDATE {t.name}\n   SET {col} = {val}\n WHERE {col} IS NULL;"
        elif x < 0.8:
            sql = (f"UPDATE {t.name}\n   SET {col} = {val}, updated_at = now()\n"
                   f" WHERE id IN (SELECT id FROM {t.name} WHERE {col} IS NULL ORDER BY id LIMIT 10000);")
        else:
            other = self.pick_table(exclude=(t.name,))
            fk = f"{other.noun}_id" if other else None
            if other is None or fk not in t.columns:
                sql = f"UPDATE {t.name} AS t\n   SET {col} = {val}\n WHERE t.created_at < now() - interval '90 days';"
            else:
                sql = (f"UPDATE {t.name} AS c\n   SET updated_at = p.updated_at\n  FROM {other.name} AS p\n"
                       f" WHERE c.{fk} = p.id\n   AND c.updated_at < p.updated_at;")
        return [(sql, None, f"backfill_{t.name}_{col}")]

    def data_change(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        x = self.r.random()
        if x < 0.5 and "name" in t.columns:
            rows = ",\n       ".join(f"('{self.r.choice(ENUM_VALUES)}_{i}')" for i in range(self.r.randint(1, 5)))
            return [(f"INSERT INTO {t.name} (name)\nVALUES {rows}\nON CONFLICT DO NOTHING;", None, f"seed_{t.name}")]
        if "deleted_at" in t.columns:
            return [(f"DELETE FROM {t.name} WHERE deleted_at < now() - interval '1 year';", None, f"purge_{t.name}")]
        return [(f"DELETE FROM {t.name} WHERE created_at < '2020-01-01'::timestamptz;", None, f"purge_{t.name}")]

    def set_not_null(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t)
        if col is None:
            return None
        if self.r.random() < 0.4:
            con = self.fresh(f"{t.name}_{col}_not_null")
            return [(f"ALTER TABLE {t.name} ADD CONSTRAINT {con} CHECK ({col} IS NOT NULL) NOT VALID;",
                     f"ALTER TABLE {t.name} DROP CONSTRAINT IF EXISTS {con};", None),
                    (f"ALTER TABLE {t.name} VALIDATE CONSTRAINT {con};", None, None),
                    (f"ALTER TABLE {t.name} ALTER COLUMN {col} SET NOT NULL;",
                     f"ALTER TABLE {t.name} ALTER COLUMN {col} DROP NOT NULL;", f"require_{t.name}_{col}")]
        return [(f"ALTER TABLE {t.name} ALTER COLUMN {col} SET NOT NULL;",
                 f"ALTER TABLE {t.name} ALTER COLUMN {col} DROP NOT NULL;", f"require_{t.name}_{col}")]

    def alter_default(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: ty in DEFAULTS)
        if col is None:
            return None
        d = self.r.choice(DEFAULTS[t.columns[col]])
        return [(f"ALTER TABLE ONLY {t.name} ALTER COLUMN {col} SET DEFAULT {d};",
                 f"ALTER TABLE ONLY {t.name} ALTER COLUMN {col} DROP DEFAULT;", f"default_{t.name}_{col}")]

    def change_type(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: ty in ("integer", "varchar(32)", "varchar(64)", "timestamp"))
        if col is None:
            return None
        old = t.columns[col]
        new = {"integer": "bigint", "varchar(32)": "text", "varchar(64)": "text", "timestamp": "timestamptz"}[old]
        t.columns[col] = new
        using = f" USING {col}::{new}" if self.r.random() < 0.4 else ""
        return [(f"ALTER TABLE {t.name} ALTER COLUMN {col} TYPE {new}{using};",
                 f"ALTER TABLE {t.name} ALTER COLUMN {col} TYPE {old};", f"change_{t.name}_{col}_to_{new.split('(')[0]}")]

    def rename_column(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t, lambda c, ty: not c.endswith("_id"))
        if col is None:
            return None
        new = self.fresh(f"{col}_old" if self.r.random() < 0.5 else f"legacy_{col}")
        t.columns[new] = t.columns.pop(col)
        return [(f"ALTER TABLE {t.name} RENAME COLUMN {col} TO {new};",
                 f"ALTER TABLE {t.name} RENAME COLUMN {new} TO {col};", f"rename_{t.name}_{col}")]

    def create_enum(self, in_file):
        t = self.pick_table()
        name = self.fresh(f"{(t.noun if t else 'item')}_state")
        vals = self.r.sample(ENUM_VALUES, self.r.randint(3, 6))
        self.enums[name] = vals
        stmts = [(f"CREATE TYPE {name} AS ENUM ({', '.join(repr(v) for v in vals)});",
                  f"DROP TYPE IF EXISTS {name};", f"create_{name}")]
        if t is not None and "state" not in t.columns:
            t.columns["state"] = name
            stmts.append((f"ALTER TABLE {t.name} ADD COLUMN state {name} NOT NULL DEFAULT '{vals[0]}';",
                          f"ALTER TABLE {t.name} DROP COLUMN IF EXISTS state;", None))
        return stmts

    def alter_enum(self, in_file):
        if not self.enums:
            return None
        name = self.r.choice(list(self.enums))
        vals = self.enums[name]
        new = self.r.choice([v for v in ENUM_VALUES if v not in vals] or ["other"])
        if new in vals:
            return None
        vals.append(new)
        pos = f" AFTER '{vals[0]}'" if self.r.random() < 0.3 else ""
        return [(f"ALTER TYPE {name} ADD VALUE IF NOT EXISTS '{new}'{pos};", None, f"add_{new}_to_{name}")]

    def trigger(self, in_file):
        t = self.pick_table()
        if t is None or "updated_at" not in t.columns:
            return None
        stmts = []
        if not self.functions:
            self.functions.append("set_updated_at")
            stmts.append(("CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger\n"
                          "LANGUAGE plpgsql AS $$\nBEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n$$;",
                          "DROP FUNCTION IF EXISTS set_updated_at();", None))
        trg = self.fresh(f"{t.name}_set_updated_at")
        stmts.append((f"CREATE TRIGGER {trg}\n    BEFORE UPDATE ON {t.name}\n    FOR EACH ROW EXECUTE FUNCTION set_updated_at();",
                      f"DROP TRIGGER IF EXISTS {trg} ON {t.name};", f"touch_{t.name}_updated_at"))
        return stmts

    def audit_function(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        fn = self.fresh(f"{t.name}_audit")
        self.functions.append(fn)
        body = (f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger\nLANGUAGE plpgsql\nSECURITY DEFINER AS $fn$\n"
                f"BEGIN\n    IF TG_OP = 'DELETE' THEN\n"
                f"        INSERT INTO audit_log (table_name, row_id, op, at) VALUES ('{t.name}', OLD.id, TG_OP, now());\n"
                f"        RETURN OLD;\n    END IF;\n"
                f"    INSERT INTO audit_log (table_name, row_id, op, at) VALUES ('{t.name}', NEW.id, TG_OP, now());\n"
                f"    RETURN NEW;\nEND;\n$fn$;")
        trg = self.fresh(f"{t.name}_audit_trg")
        return [(body, f"DROP FUNCTION IF EXISTS {fn}();", f"audit_{t.name}"),
                (f"CREATE TRIGGER {trg} AFTER INSERT OR UPDATE OR DELETE ON {t.name}\n    FOR EACH ROW EXECUTE FUNCTION {fn}();",
                 f"DROP TRIGGER IF EXISTS {trg} ON {t.name};", None)]

    def create_view(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        cols = [c for c in t.columns][:6]
        name = self.fresh(f"active_{t.name}" if "deleted_at" in t.columns else f"{t.name}_overview")
        self.views.append(name)
        where = "\n WHERE deleted_at IS NULL" if "deleted_at" in t.columns else ""
        return [(f"CREATE OR REPLACE VIEW {name} AS\nSELECT {', '.join(cols)}\n  FROM {t.name}{where};",
                 f"DROP VIEW IF EXISTS {name};", f"create_{name}_view")]

    def rename_table(self, in_file):
        t = self.pick_table()
        if t is None or self.r.random() < 0.5:
            return None
        new = self.fresh(f"{t.name}_archive")
        del self.tables[t.name]
        old = t.name
        t.name = new
        self.tables[new] = t
        return [(f"ALTER TABLE {old} RENAME TO {new};", f"ALTER TABLE {new} RENAME TO {old};", f"rename_{old}")]

    def drop_table(self, in_file):
        if len(self.tables) < 20:
            return None
        t = self.pick_table()
        if t.name in in_file["new_tables"]:
            return None
        del self.tables[t.name]
        cols = ",\n".join(f"    {c} {ty}" for c, ty in t.columns.items())
        return [(f"DROP TABLE IF EXISTS {t.name};", f"CREATE TABLE {t.name} (\n{cols}\n);", f"drop_{t.name}")]

    def comment(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        col = self.pick_column(t)
        if col is None:
            return None
        text = f"{col.replace('_', ' ')} of the {t.noun.replace('_', ' ')}; see the product spec".replace("'", "''")
        return [(f"COMMENT ON COLUMN {t.name}.{col} IS '{text}';", f"COMMENT ON COLUMN {t.name}.{col} IS NULL;", None)]

    def lock_timeout(self, in_file):
        return [(f"SET lock_timeout = '{self.r.choice(['2s', '5s', '10s'])}';", None, None)]

    def grant(self, in_file):
        t = self.pick_table()
        if t is None:
            return None
        role = self.r.choice(["app_readonly", "reporting", "app_writer"])
        priv = "SELECT" if role != "app_writer" else "SELECT, INSERT, UPDATE, DELETE"
        return [(f"GRANT {priv} ON {t.name} TO {role};", f"REVOKE {priv} ON {t.name} FROM {role};", None)]

    # ------------------------------------------------------------ files
    WEIGHTS = [
        ("create_table", 7), ("create_index", 12), ("add_column", 16), ("add_columns_multi", 4),
        ("drop_column", 5), ("add_foreign_key", 8), ("add_check", 4), ("add_unique", 2), ("backfill", 8),
        ("data_change", 3), ("set_not_null", 4), ("alter_default", 3), ("change_type", 2),
        ("rename_column", 2), ("create_enum", 2), ("alter_enum", 2), ("trigger", 3), ("audit_function", 1),
        ("create_view", 3), ("rename_table", 1), ("drop_index", 2), ("drop_table", 1), ("comment", 5),
        ("grant", 2),
    ]

    def statement_count(self):
        # 3..20, most migrations small: triangular distribution with mode 4.
        return int(round(self.r.triangular(3, 20, 4)))

    def transactional_file(self):
        in_file = {"new_tables": set()}
        self.focus = []
        if self.tables:
            for _ in range(self.r.randint(1, 3)):
                name = self.pick_table().name
                if name not in self.focus:
                    self.focus.append(name)
        target = self.statement_count()
        stmts, slug = [], None
        names, weights = zip(*self.WEIGHTS)
        if self.tables and self.r.random() < 0.3:
            stmts.extend(self.lock_timeout(in_file))
        if len(self.tables) < 5:
            first = self.create_table(in_file)
            stmts.extend(first)
            slug = first[0][2]
        tries = 0
        while len(stmts) < target and tries < 200:
            tries += 1
            kind = self.r.choices(names, weights)[0]
            got = getattr(self, kind)(in_file)
            if not got or len(stmts) + len(got) > 20:
                continue
            stmts.extend(got)
            if slug is None:
                slug = next((s for _, _, s in got if s), None)
        while len(stmts) < 3:
            stmts.extend(self.comment(in_file) or self.lock_timeout(in_file))
        return "", stmts, slug or "schema_changes"

    def concurrent_file(self):
        in_file = {"new_tables": set()}
        self.focus = []
        stmts = [(f"SET lock_timeout = '{self.r.choice(['2s', '5s'])}';", None, None),
                 ("SET statement_timeout = 0;", None, None)]
        slug = None
        for _ in range(self.r.choice([1, 1, 1, 2, 3])):
            got = (self.drop_index(in_file, concurrently=True) if self.r.random() < 0.15
                   else self.create_index(in_file, concurrently=True))
            if got:
                stmts.extend(got)
                slug = slug or got[0][2]
        if slug is None:
            return None
        header = "-- shale:no-transaction\n"
        return header, stmts, slug + "_concurrently"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.count < 1:
        ap.error("--count must be positive")
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    ts = datetime.datetime(2026, 1, 1, 0, 0, 0)
    up_bytes = down_bytes = n_stmts = n_conc = 0
    for i in range(a.count):
        made = None
        if i >= 5 and g.r.random() < 0.11:
            made = g.concurrent_file()
        if made is None:
            made = g.transactional_file()
        else:
            n_conc += 1
        header, stmts, slug = made
        version = ts.strftime("%Y%m%d%H%M%S")
        ts += datetime.timedelta(seconds=g.r.randint(60, 6 * 3600))
        slug = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in slug.lower())[:60].rstrip("_")
        base = os.path.join(a.out, f"{version}_{slug}")
        intro = ""
        if g.r.random() < 0.35:
            intro = f"-- {slug.replace('_', ' ').capitalize()}.\n"
        up = header + intro + ("\n" if intro or header else "") + "\n\n".join(s for s, _, _ in stmts) + "\n"
        downs = [d for _, d, _ in reversed(stmts) if d]
        if header:
            down_text = header + "\n" + "\n".join(downs) + "\n"
        elif downs:
            down_text = "\n".join(downs) + "\n"
        else:
            down_text = "-- data-only migration: nothing to undo\nSELECT 1;\n"
        with open(base + ".up.sql", "w", encoding="utf-8", newline="\n") as f:
            f.write(up)
        with open(base + ".down.sql", "w", encoding="utf-8", newline="\n") as f:
            f.write(down_text)
        up_bytes += len(up.encode())
        down_bytes += len(down_text.encode())
        n_stmts += len(stmts)
    print(f"files={a.count} up_bytes={up_bytes} down_bytes={down_bytes} statements={n_stmts} "
          f"no_transaction_files={n_conc} tables={len(g.tables)}")


if __name__ == "__main__":
    sys.exit(main())
