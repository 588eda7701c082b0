"""The catalog's index of a Fluent file is parsed once and kept; a changed or damaged entry is never trusted."""

from __future__ import annotations

import json
import secrets

from core import ftl_index


def text(body: str) -> str:
    # A text no other test parsed in this process (the index also keeps answers in memory).
    return f"# {secrets.token_hex(8)}\n{body}"


def test_messages_terms_and_unparsable_lines_with_their_line(tmp_path, monkeypatch):
    monkeypatch.setenv(ftl_index.CACHE_ENV, str(tmp_path))
    found = ftl_index.entries(text("hello = Hello\n-brand = Acme\n\nthis is not fluent\nbye = Bye\n"))
    assert [(e.kind, e.id) for e in found] == [("message", "hello"), ("term", "brand"), ("junk", ""), ("message", "bye")]
    assert found[2].line == 5 and "Expected" in found[2].detail


def test_a_second_process_reads_the_kept_answer_and_a_damaged_one_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv(ftl_index.CACHE_ENV, str(tmp_path))
    source = text("greeting = Hi { $name }\n")
    first = ftl_index.entries(source)
    kept = list((tmp_path / "ftl").glob("*.json"))
    assert len(kept) == 1 and json.loads(kept[0].read_text()) == [["message", "greeting", 0, ""]]
    # What another process would find: the same answer from the file, not a parse.
    assert ftl_index._read(kept[0].stem) == first
    kept[0].write_text('[["message", 1')  # a write cut short
    assert ftl_index._read(kept[0].stem) is None
    kept[0].write_text('[["exec", "x", 0, ""]]')  # not an entry the index ever writes
    assert ftl_index._read(kept[0].stem) is None


def test_an_unwritable_cache_folder_changes_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv(ftl_index.CACHE_ENV, str(blocked))
    assert [e.id for e in ftl_index.entries(text("a = A\n"))] == ["a"]
