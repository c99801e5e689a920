"""The exact schema of a workspace file, per schema version (`PRAGMA user_version`).

Version 1, the first release, is frozen SQL text. Every later version is the one before plus
its step: the statements of step N are derived from the fields declared `since=N` in
domain/fields.py (one ALTER TABLE ... ADD COLUMN each), plus any EXTRA_STEP_SQL. A new file is
created by running version 1 and the steps, and the schema a file of version N must have
exactly (compared entry by entry in validate.py) is built the same way in memory, so a new
version cannot drift from its migration: there is no second copy of the schema to keep equal.
The comments inside the statements are kept by SQLite, so `sqlite3 FILE .schema` documents
itself.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from leitplanken.domain import fields as decl
from leitplanken.storage.connection import memory

#: Identifies a Leitplanken file in the SQLite header (bytes 68-71): ASCII "LPKN".
APPLICATION_ID = 0x4C504B4E

#: The schema version this app writes; files with a higher user_version are refused.
CURRENT_VERSION = 2

_SCHEMA_V1 = """
CREATE TABLE company (
    uuid TEXT PRIMARY KEY NOT NULL,          -- stable identity across copies of the file
    modified_at TEXT NOT NULL DEFAULT '',    -- last change, ISO 8601 UTC
    revision INTEGER NOT NULL DEFAULT 0,     -- raised by one on every change
    name TEXT NOT NULL DEFAULT '',
    legal_form TEXT NOT NULL DEFAULT '',     -- e.g. AG, GmbH
    locale TEXT NOT NULL DEFAULT 'de_CH',    -- formatting of dates, numbers, money
    currency TEXT NOT NULL DEFAULT 'CHF',    -- ISO 4217
    board_name TEXT NOT NULL DEFAULT '',     -- Verwaltungsrat, Geschäftsleitung, Beirat ...
    language TEXT NOT NULL DEFAULT 'de',     -- language of catalogue texts and the PDF
    catalogue_version INTEGER NOT NULL DEFAULT 1,
    pilot_trap_days INTEGER NOT NULL DEFAULT 90,
    paper_size TEXT NOT NULL DEFAULT 'a4',   -- a4 or letter
    bottleneck_threshold INTEGER NOT NULL DEFAULT 3
);

CREATE TABLE person (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',       -- role in the company
    internal INTEGER NOT NULL DEFAULT 1,     -- 1 internal, 0 external (adviser, provider)
    organisation TEXT NOT NULL DEFAULT '',   -- for externals
    email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE board_member (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    person_uuid TEXT NOT NULL REFERENCES person(uuid) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL DEFAULT 'member',     -- chair, minute_taker, member
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE system (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',           -- CRM, ERP, e-mail, website ...
    kind TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE use_case (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    problem TEXT NOT NULL DEFAULT '',              -- the concrete problem
    relief_customers TEXT NOT NULL DEFAULT '',
    relief_employees TEXT NOT NULL DEFAULT '',
    boundary TEXT NOT NULL DEFAULT '',             -- where automation ends and the human begins
    customer_facing INTEGER NOT NULL DEFAULT 0,    -- boolean
    status TEXT NOT NULL DEFAULT 'idea',           -- idea, evaluation, pilot, operation, paused, stopped
    owner_uuid TEXT REFERENCES person(uuid) DEFERRABLE INITIALLY DEFERRED,
    tool TEXT NOT NULL DEFAULT '',                 -- tool or provider
    personal_data INTEGER NOT NULL DEFAULT 0,      -- boolean
    personal_data_which TEXT NOT NULL DEFAULT '',
    risk_class TEXT NOT NULL DEFAULT 'unclear',    -- unclear, minimal, limited, high, prohibited
    cost_once TEXT,                                -- decimal as text, company currency
    cost_monthly TEXT,                             -- decimal as text, company currency
    hours_saved_month TEXT,                        -- decimal as text
    response_target TEXT NOT NULL DEFAULT '',
    fallback TEXT NOT NULL DEFAULT '',             -- what happens when the AI fails
    motion TEXT NOT NULL DEFAULT '',               -- the decision requested from the board
    created_on TEXT NOT NULL,                      -- dates as ISO 8601 (YYYY-MM-DD)
    pilot_start TEXT,
    go_live TEXT,
    next_review TEXT,
    tags TEXT NOT NULL DEFAULT '[]'                -- JSON array of strings
);

CREATE TABLE use_case_system (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    system_uuid TEXT NOT NULL REFERENCES system(uuid) DEFERRABLE INITIALLY DEFERRED,
    integration TEXT NOT NULL DEFAULT 'not_connected',  -- not_connected, manual, automated
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE raci_activity (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    catalogue_key TEXT,                      -- set for catalogue activities, NULL for own ones
    title TEXT NOT NULL DEFAULT '',          -- own activities' title
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE raci_member (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    person_uuid TEXT NOT NULL REFERENCES person(uuid) DEFERRABLE INITIALLY DEFERRED,
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE raci_cell (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    activity_uuid TEXT NOT NULL REFERENCES raci_activity(uuid) DEFERRABLE INITIALLY DEFERRED,
    person_uuid TEXT NOT NULL REFERENCES person(uuid) DEFERRABLE INITIALLY DEFERRED,
    letter TEXT NOT NULL DEFAULT 'R'         -- R, A, C or I
);

CREATE TABLE checklist_item (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    catalogue_key TEXT,                      -- set for catalogue items, NULL for own ones
    category TEXT NOT NULL DEFAULT 'integration',
    title TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',      -- open, in_progress, done, not_applicable
    na_reason TEXT NOT NULL DEFAULT '',      -- required when not applicable
    owner_uuid TEXT REFERENCES person(uuid) DEFERRABLE INITIALLY DEFERRED,
    due_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,      -- 0 when a catalogue item was switched off
    required INTEGER NOT NULL DEFAULT 1,     -- counts for readiness
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cx_answer (
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    question TEXT NOT NULL,                  -- coherent, comprehensible, responsibility
    rating TEXT NOT NULL DEFAULT 'not_rated',  -- not_rated, yes, partly, no
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision (                      -- append-only: never updated, corrected by a new row
    uuid TEXT PRIMARY KEY NOT NULL,
    modified_at TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    use_case_uuid TEXT NOT NULL REFERENCES use_case(uuid) DEFERRABLE INITIALLY DEFERRED,
    decided_on TEXT NOT NULL,
    kind TEXT NOT NULL,                      -- start_evaluation, start_pilot, extend_pilot, go_live, pause, stop, change
    rationale TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    deciders TEXT NOT NULL DEFAULT '',
    next_review TEXT,
    corrects_uuid TEXT REFERENCES decision(uuid) DEFERRABLE INITIALLY DEFERRED,
    readiness_override TEXT NOT NULL DEFAULT '',  -- why it went live although not ready
    recorded_at TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tombstone (                     -- a deleted row, so a merge does not bring it back
    uuid TEXT PRIMARY KEY NOT NULL,          -- the deleted row's uuid
    table_name TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0      -- the row's revision at deletion, plus one
);

CREATE TABLE history (                       -- every change: what changed since the last meeting
    uuid TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,                        -- ISO 8601 UTC
    author TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    action TEXT NOT NULL,                    -- insert, update, delete
    summary TEXT NOT NULL DEFAULT ''         -- the row's title or name at the time
);

CREATE INDEX board_member_person ON board_member(person_uuid);
CREATE INDEX use_case_system_use_case ON use_case_system(use_case_uuid);
CREATE INDEX raci_activity_use_case ON raci_activity(use_case_uuid);
CREATE INDEX raci_member_use_case ON raci_member(use_case_uuid);
CREATE INDEX raci_cell_use_case ON raci_cell(use_case_uuid);
CREATE INDEX checklist_item_use_case ON checklist_item(use_case_uuid);
CREATE INDEX cx_answer_use_case ON cx_answer(use_case_uuid);
CREATE INDEX decision_use_case ON decision(use_case_uuid);
CREATE INDEX history_at ON history(at);
"""

#: The SQL of the versions that are written out whole (only the first release), frozen.
SCHEMAS: dict[int, str] = {1: _SCHEMA_V1}

#: Statements a step needs besides the declared new columns (a new index, a new table...).
EXTRA_STEP_SQL: dict[int, tuple[str, ...]] = {
    2: (
        # Derived data, not records: what the register and dashboard need of each use case's
        # children, so a large file opens without reading them (storage/digests.py). Never
        # merged or exported; missing or stale rows are computed again from the records.
        "CREATE TABLE use_case_digest (        -- derived from a use case's rows, rebuilt when missing\n"
        "    use_case_uuid TEXT PRIMARY KEY NOT NULL,\n"
        "    rules INTEGER NOT NULL,           -- version of the rules that computed it\n"
        "    body TEXT NOT NULL                -- the digest, JSON\n"
        ")",
    ),
}

#: Record tables in an order that satisfies foreign keys (parents first).
RECORD_TABLES = tuple(rt.table for rt in decl.RECORD_TYPES)

#: The SQL type of each kind of field.
_SQL_TYPE = {decl.Kind.INTEGER: "INTEGER", decl.Kind.FLAG: "INTEGER"}


def _sql_default(value: object) -> str:
    """A Python default as an SQL literal."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    text = str(getattr(value, "value", value))
    return "'" + text.replace("'", "''") + "'"


def column_sql(rt: decl.RecordType, f: decl.Field) -> str:
    """The column definition of a declared field, as an added column must be written.

    SQLite can add a column only with a constant default when it is NOT NULL, so a required
    field takes its dataclass default; an optional one is NULL until set.
    """
    parts = [f.name, _SQL_TYPE.get(f.kind, "TEXT")]
    if not f.optional:
        default = next(x for x in dataclasses.fields(rt.cls) if x.name == f.name)
        if default.default is dataclasses.MISSING:
            raise ValueError(f"{rt.table}.{f.name}: a new required field needs a default")
        value = "[]" if f.kind is decl.Kind.TAGS else default.default
        parts.append("NOT NULL DEFAULT " + _sql_default(value))
    if f.kind is decl.Kind.REF:
        parts.append(f"REFERENCES {f.target}(uuid) DEFERRABLE INITIALLY DEFERRED")
    sql = " ".join(parts)
    # a block comment: SQLite splices the definition into the table's CREATE text, where a
    # line comment would swallow the closing parenthesis
    return sql + (f" /* {f.note.replace('*/', '')} */" if f.note else "")


def step_sql(version: int) -> list[str]:
    """The statements turning a file of version-1 into `version`."""
    statements = [f"ALTER TABLE {rt.table} ADD COLUMN {column_sql(rt, f)}"
                  for rt, f in decl.fields_added_in(version)]
    return statements + list(EXTRA_STEP_SQL.get(version, ()))


def known_version(version: int) -> bool:
    """Whether this app knows the schema of `version` (written out, or reached by steps)."""
    return version in SCHEMAS or (min(SCHEMAS) < version <= CURRENT_VERSION)


def schema_script(version: int) -> str:
    """The SQL creating `version`: the newest version written out whole, then every step."""
    base = max(v for v in SCHEMAS if v <= version)
    script = SCHEMAS[base]
    for step in range(base + 1, version + 1):
        script += "".join(statement + ";\n" for statement in step_sql(step))
    return script


def create_schema(conn: sqlite3.Connection, version: int = CURRENT_VERSION) -> None:
    """Creates the tables of one schema version and stamps the header, in one transaction."""
    conn.executescript(
        "BEGIN;\n"
        + schema_script(version)
        + f"\nPRAGMA application_id={APPLICATION_ID};\nPRAGMA user_version={version};\nCOMMIT;"
    )


SchemaEntry = tuple[str, str, str, str | None]

#: The statistics tables exactly as SQLite's ANALYZE creates them. Only these are passed over
#: as data; anything else named sqlite_stat* (a generated column, extra columns, a view) is
#: compared like every other entry and so refused.
STAT_TABLES = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}


def schema_entries(conn: sqlite3.Connection) -> list[SchemaEntry]:
    """The normalised rows of sqlite_master: (type, name, table, SQL), sorted, stats left out.

    Line endings and trailing blanks are normalised; everything else must match exactly.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    entries: list[SchemaEntry] = []
    for kind, name, table, sql in rows:
        if sql is not None:
            sql = "\n".join(line.rstrip() for line in str(sql).splitlines()).strip()
        if kind == "table" and STAT_TABLES.get(str(name)) == sql:
            continue  # statistics written by ANALYZE in another tool: data, not code
        entries.append((str(kind), str(name), str(table), sql))
    return sorted(entries, key=lambda e: (e[0], e[1], e[2], e[3] or ""))


_expected_cache: dict[str, list[SchemaEntry]] = {}


def expected_entries(version: int) -> list[SchemaEntry]:
    """The schema a file of `version` must have, built by creating it in memory."""
    script = schema_script(version)
    if script not in _expected_cache:
        conn = memory()
        try:
            create_schema(conn, version)
            _expected_cache[script] = schema_entries(conn)
        finally:
            conn.close()
    return _expected_cache[script]
