"""The store as the window and the CLI use it: a real SQLite file in tmp_path per test."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import storage.db
from models import Attendee, Directive, Issuer, Session, Status, dump_json, parse_json
from storage import (
    DB_NAME,
    KEEP_REVISIONS,
    Person,
    SessionNotFound,
    Store,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path) as opened:
        yield opened


@pytest.fixture
def seed(seed_text: str) -> Session:
    return parse_json(seed_text).session


def _session(on: str, subject: str, counterpart: str = "") -> Session:
    session = Session.new(dt.date.fromisoformat(on))
    session.subject = subject
    session.counterpart = counterpart
    return session


# -- sessions ---------------------------------------------------------------------------------


def test_saved_session_loads_as_the_same_document(
    store: Store, seed: Session, seed_text: str
) -> None:
    session_id = store.save(seed)
    assert json.loads(dump_json(store.load(session_id))) == json.loads(seed_text)


def test_update_keeps_the_id_and_changes_the_content(store: Store, seed: Session) -> None:
    session_id = store.save(seed)
    seed.subject = "sơ kết quý I"
    assert store.save(seed, session_id) == session_id
    assert store.load(session_id).subject == "sơ kết quý I"
    assert [s.id for s in store.list_sessions()] == [session_id]


def test_identical_save_writes_nothing(store: Store, seed: Session) -> None:
    session_id = store.save(seed)
    before = store.list_sessions()[0].updated_at
    watcher = sqlite3.connect(store.path)  # data_version moves when another connection commits
    try:
        version = watcher.execute("PRAGMA data_version").fetchone()[0]
        for _ in range(5):
            store.save(parse_json(dump_json(seed)).session, session_id)
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == version
        assert len(store.revisions(session_id)) == 1
        assert store.list_sessions()[0].updated_at == before

        seed.location = "Hội trường B"
        store.save(seed, session_id)
        assert watcher.execute("PRAGMA data_version").fetchone()[0] != version
        assert len(store.revisions(session_id)) == 2
    finally:
        watcher.close()


def test_unknown_fields_survive_the_store(store: Store, seed_text: str) -> None:
    data = json.loads(seed_text)
    data["x_future"] = {"level": 2, "tags": ["a"]}
    data["attendees"][0]["x_phone"] = "0277 3851 000"
    data["conclusion"]["directives"][0]["x_priority"] = "cao"
    session_id = store.save(parse_json(json.dumps(data, ensure_ascii=False)).session)
    assert json.loads(dump_json(store.load(session_id))) == data


def test_nfd_input_is_stored_as_nfc_and_found_without_diacritics(
    store: Store, seed_text: str
) -> None:
    session_id = store.save(parse_json(unicodedata.normalize("NFD", seed_text)).session)
    with store.connection() as connection:
        document = connection.exec_driver_sql("SELECT document FROM sessions").scalar_one()
    assert unicodedata.is_normalized("NFC", document)
    assert store.load(session_id).attendees[0].name == "Phạm Thiện Nghĩa"
    assert [s.id for s in store.list_sessions("Cao Lãnh")] == [session_id]


def test_a_half_finished_session_is_saved_and_reopened(store: Store, seed: Session) -> None:
    """The window autosaves while a report's presenter has just been deleted."""
    seed.attendees = [a for a in seed.attendees if a.id != "p3"]
    seed.conclusion.directives.append(Directive(id="d1", text="trùng mã"))
    session_id = store.save(seed)
    assert store.load(session_id).reports[0].presenter == "p3"


def test_delete_removes_the_session_and_its_history(store: Store, seed: Session) -> None:
    session_id = store.save(seed)
    store.delete(session_id)
    assert store.list_sessions() == []
    assert store.revisions(session_id) == []
    assert store.register_entries() == []
    with pytest.raises(SessionNotFound):
        store.load(session_id)
    with pytest.raises(SessionNotFound):
        store.delete(session_id)
    with pytest.raises(SessionNotFound):
        store.save(seed, session_id)
    assert store.save(seed) != session_id  # ids are never reused


def test_session_not_found_says_which(store: Store) -> None:
    with pytest.raises(SessionNotFound, match="số 42"):
        store.load(42)


# -- listing and search ------------------------------------------------------------------------


@pytest.fixture
def listed(store: Store) -> dict[str, int]:
    return {
        "march": store.save(
            _session("2024-03-04", "triển khai nhiệm vụ", "UBND thành phố Cao Lãnh")
        ),
        "december": store.save(_session("2023-12-02", "tổng kết năm", "Sở Tài chính Đồng Tháp")),
        "february": store.save(_session("2024-02-15", "họp giao ban", "")),
    }


def test_sessions_are_listed_newest_date_first(store: Store, listed: dict[str, int]) -> None:
    ids = [s.id for s in store.list_sessions()]
    assert ids == [listed["march"], listed["february"], listed["december"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cao lanh", ["march"]),
        ("Cao Lãnh", ["march"]),
        ("CAO", ["march"]),
        ("dong thap", ["december"]),
        ("tong ket", ["december"]),
        ("04/3/2024", ["march"]),
        ("2024-03-04", ["march"]),
        ("4/3/2024", ["march"]),
        ("3/2024", ["march"]),
        ("02/2024", ["february"]),
        ("2/2024", ["february"]),  # not December: "12/2023" neither "…2/2024"
        ("2024", ["march", "february"]),
        ("hop 2024", ["february"]),
        ("lanh cao", ["march"]),  # every word, any order
        ("anh", []),  # words match at their start, not in the middle
        ("%", ["march", "february", "december"]),  # punctuation alone filters nothing
        ("", ["march", "february", "december"]),
    ],
)
def test_list_query_matches_subject_counterpart_and_date(
    store: Store, listed: dict[str, int], query: str, expected: list[str]
) -> None:
    assert [s.id for s in store.list_sessions(query)] == [listed[k] for k in expected]


def test_summary_carries_what_the_list_shows(store: Store, seed: Session) -> None:
    session_id = store.save(seed)
    (summary,) = store.list_sessions()
    assert (summary.id, summary.date, summary.kind.value, summary.counterpart) == (
        session_id, dt.date(2024, 3, 4), "working_session", "Ủy ban nhân dân thành phố Cao Lãnh"
    )
    assert summary.updated_at.tzinfo is not None


# -- revisions ---------------------------------------------------------------------------------


def test_51_saves_keep_the_newest_50_and_restore_an_earlier_state(
    store: Store, seed: Session
) -> None:
    session_id = None
    for n in range(51):
        seed.subject = f"phiên bản {n}"
        session_id = store.save(seed, session_id)
    assert session_id is not None
    history = store.revisions(session_id)
    assert len(history) == KEEP_REVISIONS == 50
    assert [store.load_revision(r.id).subject for r in (history[0], history[-1])] == [
        "phiên bản 50",
        "phiên bản 1",
    ]
    assert all(a.id > b.id for a, b in itertools.pairwise(history))

    restored = store.restore_revision(session_id, history[10].id)
    assert restored.subject == "phiên bản 40"
    assert store.load(session_id).subject == "phiên bản 40"
    after = store.revisions(session_id)
    assert len(after) == 50
    assert store.load_revision(after[0].id).subject == "phiên bản 40"


def test_older_revisions_are_thinned_to_one_per_interval_not_dropped(
    store: Store, seed: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A two-hour meeting typed with autosave: the newest 50 saves cover a minute, and the
    clerk can still go back to how the session was every ten minutes before that."""
    import storage.store as store_module

    start = dt.datetime(2024, 3, 4, 7, 0, 0)  # 14:00 in Vietnam
    clock = {"now": start}
    monkeypatch.setattr(store_module, "_utcnow", lambda: clock["now"])
    session_id = None
    for second in range(0, 2 * 3600, 20):  # a save every 20 s for two hours: 360 saves
        clock["now"] = start + dt.timedelta(seconds=second)
        seed.subject = f"lúc {second}"
        session_id = store.save(seed, session_id)
    assert session_id is not None
    history = store.revisions(session_id)
    newest, older = history[:KEEP_REVISIONS], history[KEEP_REVISIONS:]
    assert store.load_revision(newest[0].id).subject == f"lúc {2 * 3600 - 20}"
    # the 50 newest are every save (20 s apart); before them, one per 10-minute interval
    assert [b.saved_at - a.saved_at for a, b in itertools.pairwise(reversed(newest))] == [
        dt.timedelta(seconds=20)
    ] * (KEEP_REVISIONS - 1)
    assert len(older) == 10  # 12 intervals, the last two covered by the newest 50
    assert [(r.saved_at.hour, r.saved_at.minute) for r in older][-3:] == [
        (7, 29), (7, 19), (7, 9)
    ]  # the last save of each interval (HH:x9:40 UTC)
    assert store.load_revision(older[-1].id).subject == "lúc 580"
    # restoring an old one works like any other
    assert store.restore_revision(session_id, older[-1].id).subject == "lúc 580"


def test_a_pruned_or_foreign_revision_is_not_found(store: Store, seed: Session) -> None:
    first = store.save(seed)
    oldest = store.revisions(first)[0].id
    for n in range(KEEP_REVISIONS):
        seed.subject = f"lần {n}"
        store.save(seed, first)
    with pytest.raises(SessionNotFound):
        store.load_revision(oldest)
    other = store.save(_session("2024-01-02", "khác"))
    with pytest.raises(SessionNotFound):
        store.restore_revision(other, store.revisions(first)[0].id)
    assert store.load(other).subject == "khác"


# -- people directory --------------------------------------------------------------------------


@pytest.fixture
def people_store(store: Store, seed: Session) -> Store:
    seed.attendees.append(
        Attendee(id="p9", name="Nguyễn Văn Đông", position="Giám đốc", organization="Sở Xây dựng")
    )
    seed.attendees.append(Attendee(id="p10", name="Trần Thị Nguyệt", position="Phó Giám đốc"))
    store.save(seed)
    return store


@pytest.mark.parametrize(
    ("prefix", "names"),
    [
        ("nguyen", ["Nguyễn Văn Đông"]),
        ("Nguyễn", ["Nguyễn Văn Đông"]),
        ("nguye", ["Nguyễn Văn Đông", "Trần Thị Nguyệt"]),  # name start first
        ("nghia", ["Phạm Thiện Nghĩa"]),
        ("pham thien", ["Phạm Thiện Nghĩa"]),
        ("thien pham", []),
        ("dong thap", ["Phạm Thiện Nghĩa"]),  # organization "…tỉnh Đồng Tháp"
        ("so xay", ["Nguyễn Văn Đông"]),
        ("ong", []),
        ("nguy_n", []),  # "_" is a letter here, not LIKE's wildcard
    ],
)
def test_people_are_found_by_word_start_without_diacritics(
    people_store: Store, prefix: str, names: list[str]
) -> None:
    assert [p.name for p in people_store.search_people(prefix)] == names


def test_directory_skips_delegations_and_keeps_position(people_store: Store) -> None:
    everyone = people_store.search_people("", limit=100)
    assert len(everyone) == 4
    assert all(p.name for p in everyone)
    assert Person("Nguyễn Văn Đông", "Giám đốc", "Sở Xây dựng") in everyone
    assert len(people_store.search_people("", limit=2)) == 2


def test_people_stay_after_their_session_is_deleted(store: Store, seed: Session) -> None:
    store.delete(store.save(seed))
    assert [p.name for p in store.search_people("nghia")] == ["Phạm Thiện Nghĩa"]


# -- directive register ------------------------------------------------------------------------


def test_directives_are_indexed_by_assignee_status_and_deadline(
    store: Store, seed: Session
) -> None:
    session_id = store.save(seed)
    rows = store.register_entries()
    assert [r.directive_id for r in rows] == ["d1", "d2", "d3", "d4", "d5"]
    assert rows[0].lead == ("Ủy ban nhân dân thành phố Cao Lãnh",)

    seed.conclusion.directives[3].deadline = dt.date(2024, 6, 30)
    seed.conclusion.directives[3].status = Status.IN_PROGRESS
    seed.conclusion.directives[4].assignees = ["Sở Nội vụ"]
    del seed.conclusion.directives[0]
    store.save(seed, session_id)

    rows = store.register_entries()
    assert [r.directive_id for r in rows] == ["d4", "d2", "d3", "d5"]  # dated first
    assert rows[0].deadline == dt.date(2024, 6, 30)
    assert rows[0].status is Status.IN_PROGRESS
    assert [r.lead for r in rows if r.directive_id == "d5"] == [("Sở Nội vụ",)]


def test_directives_of_many_sessions(store: Store, seed: Session) -> None:
    first = store.save(seed)
    later = seed.model_copy(deep=True)
    later.date = dt.date(2024, 5, 1)
    second = store.save(later)
    sessions = [r.session_id for r in store.register_entries()]
    assert sessions == [second] * 5 + [first] * 5


# -- issuer profiles ---------------------------------------------------------------------------


def test_issuer_profiles_upsert_by_parent_name_and_symbol(store: Store, seed: Session) -> None:
    store.save_issuer_profile(seed.issuer)
    moved = seed.issuer.model_copy(update={"place": "Cao Lãnh"})
    store.save_issuer_profile(moved)
    other = Issuer(parent="UBND tỉnh Đồng Tháp", name="Sở Tài chính", symbol="STC", place="")
    store.save_issuer_profile(other)
    assert store.issuer_profiles() == [other, moved]
    store.delete_issuer_profile(moved)
    assert store.issuer_profiles() == [other]


def test_a_profile_keeps_the_clerks_name_in_sentences(tmp_path: Path, seed: Session) -> None:
    """The name as sentences print it is the clerk's correction of a guess: choosing the
    profile again must bring the correction back, also in a store made before the column."""
    with Store.open(tmp_path) as store:
        store.save_issuer_profile(seed.issuer)
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:  # a version-2 store: issuer profiles had no name in sentences
        connection.execute("ALTER TABLE issuers DROP COLUMN name_in_text")
        connection.execute("PRAGMA user_version = 2")
        connection.commit()
    finally:
        connection.close()
    corrected = seed.issuer.model_copy(
        update={"name_in_text": "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp"}
    )
    with Store.open(tmp_path) as store:
        assert store.issuer_profiles()[0].name_in_text == ""
        store.save_issuer_profile(corrected)
    with Store.open(tmp_path) as store:
        assert store.issuer_profiles() == [corrected]


# -- the file: location, pragmas, versions, damage ----------------------------------------------


def test_data_dir_argument_beats_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THUKY_DATA_DIR", str(tmp_path / "env"))
    with Store.open() as store:
        assert store.data_dir == tmp_path / "env"
    with Store.open(tmp_path / "arg" / "nested") as store:
        assert store.data_dir == tmp_path / "arg" / "nested"
    assert (tmp_path / "env" / DB_NAME).exists()
    assert (tmp_path / "arg" / "nested" / DB_NAME).exists()


def test_wal_and_full_sync(store: Store) -> None:
    with store.connection() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def _user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_schema_version_is_recorded(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    assert _user_version(tmp_path / DB_NAME) == 3


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, seed: Session) -> None:
    with Store.open(tmp_path) as store:
        store.save(seed)
    connection = sqlite3.connect(tmp_path / DB_NAME)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(StoreTooNew, match="mới hơn") as refused:
        Store.open(tmp_path)
    assert "99" in str(refused.value)
    assert _user_version(tmp_path / DB_NAME) == 99


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 64,  # random-looking bytes
        b"SQLite format 3\x00" + b"\xff" * 4080,  # a damaged header
        "Biên bản cuộc họp\n".encode() * 300,  # a text file put in the wrong place
    ],
)
def test_a_corrupt_file_is_a_known_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / DB_NAME).write_bytes(content)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(tmp_path)
    assert caught.value.path == tmp_path / DB_NAME
    assert "bị hỏng" in str(caught.value)
    assert (tmp_path / DB_NAME).read_bytes() == content


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / DB_NAME)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(StoreCorrupt, match="chương trình khác"):
        Store.open(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before  # not even switched to WAL


def test_a_data_dir_that_is_a_file_is_explained(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="thư mục"):
        Store.open(tmp_path / "file")


def test_a_locked_database_is_a_known_error(
    tmp_path: Path, seed: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT_S", 0.05)
    with Store.open(tmp_path) as store:
        other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreLocked, match="khóa"):
                store.save(seed)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.save(seed) == 1


def test_a_damaged_stored_document_is_reported_not_crashed(store: Store, seed: Session) -> None:
    session_id = store.save(seed)
    with store.connection() as connection:
        connection.exec_driver_sql("UPDATE sessions SET document = '{\"format\": 1'")
    with pytest.raises(StoreError, match=f"số {session_id}"):
        store.load(session_id)


def test_a_migration_runs_in_one_transaction(
    tmp_path: Path, seed: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.schema as schema

    with Store.open(tmp_path) as store:
        store.save(seed)

    def half_done(connection: Any) -> None:
        connection.exec_driver_sql("CREATE TABLE tags (name TEXT)")
        connection.exec_driver_sql("ALTER TABLE sessions ADD COLUMN tag TEXT")
        raise OSError("power cut in the middle of an upgrade")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, half_done)
    with pytest.raises(OSError, match="power cut"):
        Store.open(tmp_path)
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in connection.execute("PRAGMA table_info(sessions)")}
    finally:
        connection.close()
    assert "tags" not in tables and "tag" not in columns
    assert _user_version(tmp_path / DB_NAME) == current

    def add_tag(connection: Any) -> None:
        connection.exec_driver_sql("ALTER TABLE sessions ADD COLUMN tag TEXT")

    monkeypatch.setitem(schema.MIGRATIONS, current, add_tag)
    with Store.open(tmp_path) as store:
        assert store.list_sessions()[0].subject == seed.subject
    assert _user_version(tmp_path / DB_NAME) == current + 1


def test_sessions_are_found_by_the_people_who_took_part(tmp_path: Path, seed: Session) -> None:
    with Store.open(tmp_path) as store:
        session_id = store.save(seed)
        other = Session.new()
        other.subject = "giao ban tuần"
        store.save(other)
        chair = seed.chair
        assert chair is not None and chair.name == "Phạm Thiện Nghĩa"
        assert [s.id for s in store.list_sessions("nghia")] == [session_id]
        assert [s.id for s in store.list_sessions("Phạm Thiện")] == [session_id]
        speaker = seed.attendee(seed.opinions[0].speaker) if seed.opinions else None
        if speaker is not None:
            assert [s.id for s in store.list_sessions(speaker.name)] == [session_id]


def test_an_older_store_learns_the_people_of_its_sessions(tmp_path: Path, seed: Session) -> None:
    """Version 2 keys held subject, counterpart and date only; opening upgrades them."""
    with Store.open(tmp_path) as store:
        session_id = store.save(seed)
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:
        connection.execute("UPDATE sessions SET search_key = ' cao lanh '")
        connection.execute("PRAGMA user_version = 2")
        connection.commit()
    finally:
        connection.close()
    with Store.open(tmp_path) as store:
        assert [s.id for s in store.list_sessions("nghia")] == [session_id]
        assert [s.id for s in store.list_sessions("04/3/2024")] == [session_id]
    assert _user_version(tmp_path / DB_NAME) == 3
