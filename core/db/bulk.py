"""Many rows in few statements, inside the current unit of work.

piccolo builds one ``Table`` instance and one query per row: importing 50,000
contract lines that way took 95 s on SQLite. Here the rows go to the driver as
plain tuples, on the connection of the open transaction: ``executemany`` when
nothing comes back, multi-row ``INSERT ... RETURNING`` in chunks when ids are
needed (both engines support RETURNING; SQLite since 3.35). SQL is written with
``?`` placeholders and numbered for PostgreSQL. Only for our own table and column
names: values always travel as parameters.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from piccolo.engine.postgres import PostgresEngine

from core.db.session import engine

ROWS_PER_STATEMENT = 500  # 500 rows x 10 columns stays far below both engines' parameter limits


def _connection() -> tuple[Any, bool]:
    db = engine()
    transaction = db.current_transaction.get()
    if transaction is None:
        raise RuntimeError("core.db.bulk needs an open unit_of_work")
    return transaction.connection, isinstance(db, PostgresEngine)


def _numbered(sql: str) -> str:
    counter = itertools.count(1)
    return "".join(f"${next(counter)}" if part == "?" else part for part in _split(sql))


def _split(sql: str) -> list[str]:
    return [piece for chunk in sql.split("?") for piece in (chunk, "?")][:-1]


async def execute_many(sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """One statement, run for every row (UPDATE/DELETE/INSERT without results)."""
    if not rows:
        return
    connection, postgres = _connection()
    if postgres:
        await connection.executemany(_numbered(sql), rows)
    else:
        await connection.executemany(sql, rows)


async def insert(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                 returning: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Insert ``rows``; with ``returning``, the named columns of every inserted row, in order."""
    if not rows:
        return []
    if not returning:
        marks = ", ".join("?" for _ in columns)
        await execute_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        return []
    connection, postgres = _connection()
    found: list[dict[str, Any]] = []
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        chunk = rows[start:start + ROWS_PER_STATEMENT]
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(row_marks for _ in chunk)} "
               f"RETURNING {', '.join(returning)}")
        values = [value for row in chunk for value in row]
        if postgres:
            found.extend(dict(record) for record in await connection.fetch(_numbered(sql), *values))
        else:
            cursor = await connection.execute(sql, values)
            found.extend(dict(row) for row in await cursor.fetchall())
    return found


async def select_in(sql: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    """``sql`` with one ``IN ({})`` filled with ``values``, run in chunks."""
    connection, postgres = _connection()
    found: list[dict[str, Any]] = []
    for start in range(0, len(values), ROWS_PER_STATEMENT):
        chunk = list(values[start:start + ROWS_PER_STATEMENT])
        statement = sql.replace("{}", ", ".join("?" for _ in chunk))
        if postgres:
            found.extend(dict(record) for record in await connection.fetch(_numbered(statement), *chunk))
        else:
            cursor = await connection.execute(statement, chunk)
            found.extend(dict(row) for row in await cursor.fetchall())
    return found
