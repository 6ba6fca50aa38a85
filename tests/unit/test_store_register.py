"""The directive register as the store hands it out: a real SQLite file in tmp_path per test."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import (
    Attendee,
    DeadlineExtension,
    Directive,
    ProgressEntry,
    Role,
    Session,
    Status,
    dump_json,
    parse_json,
)
from models.register import (
    ClassCounts,
    DirectiveClass,
    DirectiveUpdate,
    RegisterFilter,
    filter_entries,
)
from storage import (
    DB_NAME,
    DirectiveNotFound,
    DirectiveUpdateRefused,
    SessionNotFound,
    Store,
    UnitNameInvalid,
    schema,
)

D = dt.date
TODAY = D(2024, 6, 1)
CAO_LANH = (
    "UBND TP Cao Lãnh",
    "Ủy ban nhân dân thành phố Cao Lãnh",
    "UBND thành phố Cao Lãnh",
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path) as opened:
        yield opened


def _session(on: D, subject: str, directives: list[Directive], number: str = "") -> Session:
    session = Session.new(on)
    session.subject = subject
    session.attendees = [
        Attendee(id="p1", name="Phạm Thiện Nghĩa", role=Role.CHAIR,
                 position="Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"),
    ]
    session.conclusion.directives = directives
    session.document.number = number
    session.document.issued_on = on + dt.timedelta(days=2) if number else None
    return session


def _followed_up() -> Session:
    """One session with every kind of directive the register tells apart."""
    return _session(
        D(2024, 3, 4),
        "làm việc với UBND thành phố Cao Lãnh",
        [
            Directive(id="d1", text="Rà soát quy hoạch", assignees=[CAO_LANH[0]],
                      collaborators=["Sở Xây dựng", "Sở Tài chính"], deadline=D(2024, 4, 30),
                      extensions=[DeadlineExtension(deadline=D(2024, 6, 30), date=D(2024, 4, 20),
                                                    document="Công văn số 12/UBND-KT")],
                      progress=[ProgressEntry(date=D(2024, 5, 2), text="Đã họp lần hai"),
                                ProgressEntry(date=D(2024, 4, 2), text="Đã họp",
                                              reference="Báo cáo số 5/BC-UBND")]),
            Directive(id="d2", text="Báo cáo kết quả", assignees=[CAO_LANH[1]],
                      deadline=D(2024, 4, 15), completed_on=D(2024, 4, 16), status=Status.DONE),
            Directive(id="d3", text="Giữ vững an ninh", assignees=[CAO_LANH[2]], standing=True),
            Directive(id="d4", text="Đã hủy", assignees=["Sở Nội vụ"], deadline=D(2024, 4, 1),
                      status=Status.CANCELLED),
            Directive(id="d5", text="Chưa có hạn", assignees=["Sở Nội vụ"]),
            Directive(id="d6", text="Quá hạn", assignees=["Sở Xây dựng"], deadline=D(2024, 5, 1)),
        ],
        number="85/TB-VPUBND",
    )


# -- the entries ------------------------------------------------------------------------------


def test_entries_carry_what_the_register_shows(store: Store) -> None:
    session_id = store.save(_followed_up())
    entries = {e.directive_id: e for e in store.register_entries()}
    assert set(entries) == {"d1", "d2", "d3", "d4", "d5", "d6"}  # cancelled included
    first = entries["d1"]
    assert first.session_id == session_id
    assert first.session_date == D(2024, 3, 4)
    assert first.session_subject == "làm việc với UBND thành phố Cao Lãnh"
    assert first.document_number == "85/TB-VPUBND"
    assert first.document_issued_on == D(2024, 3, 6)
    assert first.chair == "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"
    assert first.lead == ("UBND TP Cao Lãnh",)
    assert first.collaborators == ("Sở Xây dựng", "Sở Tài chính")
    assert first.deadline == D(2024, 4, 30)
    assert first.deadline_in_force == D(2024, 6, 30)
    assert [(x.deadline, x.date, x.document) for x in first.extensions] == [
        (D(2024, 6, 30), D(2024, 4, 20), "Công văn số 12/UBND-KT")
    ]
    assert first.last_progress is not None
    assert (first.last_progress.date, first.last_progress.text) == (D(2024, 5, 2), "Đã họp lần hai")
    assert entries["d2"].completed_on == D(2024, 4, 16)
    assert entries["d3"].standing and entries["d3"].deadline_in_force is None
    classes = {key: e.classify(TODAY) for key, e in entries.items()}
    assert classes == {
        "d1": DirectiveClass.IN_PROGRESS, "d2": DirectiveClass.DONE_LATE,
        "d3": DirectiveClass.STANDING, "d4": None, "d5": DirectiveClass.STANDING,
        "d6": DirectiveClass.OVERDUE,
    }


def test_entries_are_ordered_by_deadline_in_force_then_newest_session(store: Store) -> None:
    older = store.save(_session(D(2024, 1, 5), "cũ", [
        Directive(id="a", text="a", deadline=D(2024, 5, 1)),
        Directive(id="b", text="b"),
        Directive(id="c", text="c", deadline=D(2024, 2, 1)),
    ]))
    newer = store.save(_session(D(2024, 2, 5), "mới", [
        Directive(id="x", text="x", deadline=D(2024, 5, 1)),
        Directive(id="y", text="y"),
        Directive(id="z", text="z", deadline=D(2024, 1, 1),
                  extensions=[DeadlineExtension(deadline=D(2024, 9, 1))]),
    ]))
    order = [(e.session_id, e.directive_id) for e in store.register_entries()]
    assert order == [
        (older, "c"), (newer, "x"), (older, "a"), (newer, "z"), (newer, "y"), (older, "b")
    ]
    # entries chosen by keep= are read another way and come in the same order
    kept = store.register_entries(keep=lambda status, completed_on, deadline: True)
    assert kept == store.register_entries()
    store.save(_followed_up())
    assert store.register_entries(keep=lambda *_: True) == store.register_entries()


def test_keep_decides_before_an_entry_is_built(store: Store) -> None:
    store.save(_followed_up())
    asked: list[tuple[Status, D | None, D | None]] = []

    def keep(status: Status, completed_on: D | None, deadline: D | None) -> bool:
        asked.append((status, completed_on, deadline))
        return status is Status.DONE

    assert [e.directive_id for e in store.register_entries(keep=keep)] == ["d2"]
    assert sorted(asked, key=repr) == sorted([
        (Status.OPEN, None, D(2024, 6, 30)), (Status.DONE, D(2024, 4, 16), D(2024, 4, 15)),
        (Status.OPEN, None, None), (Status.CANCELLED, None, D(2024, 4, 1)),
        (Status.OPEN, None, None), (Status.OPEN, None, D(2024, 5, 1)),
    ], key=repr)


def test_entries_of_a_session_date_range(store: Store) -> None:
    for day in (D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 29), D(2024, 3, 1)):
        store.save(_session(day, str(day), [Directive(id="d1", text=str(day))]))
    chosen = store.register_entries(D(2024, 2, 1), D(2024, 2, 29))
    assert sorted(e.text for e in chosen) == ["2024-02-01", "2024-02-29"]
    assert len(store.register_entries(session_from=D(2024, 2, 29))) == 2
    assert len(store.register_entries(session_to=D(2024, 1, 31))) == 1


def test_an_edited_session_updates_its_entries(store: Store) -> None:
    session = _followed_up()
    session_id = store.save(session)
    session.conclusion.directives[5].collaborators = ["Công an tỉnh"]
    session.conclusion.directives[5].completed_on = D(2024, 5, 3)
    session.conclusion.directives.pop(0)
    session.document.number = "86/TB-VPUBND"
    store.save(session, session_id)
    entries = {e.directive_id: e for e in store.register_entries()}
    assert "d1" not in entries
    assert entries["d6"].collaborators == ("Công an tỉnh",)
    assert entries["d6"].classify(TODAY) is DirectiveClass.DONE_LATE
    assert {e.document_number for e in entries.values()} == {"86/TB-VPUBND"}
    assert ("Sở Tài chính", 1) not in store.unit_spellings()  # d1's collaborator is gone
    assert ("Công an tỉnh", 1) in store.unit_spellings()


def test_a_deleted_session_leaves_the_register(store: Store) -> None:
    session_id = store.save(_followed_up())
    store.delete(session_id)
    assert store.register_entries() == []
    assert store.unit_spellings() == []


# -- updates from the register -------------------------------------------------------------------


def test_update_directive_saves_the_session_with_a_revision(store: Store) -> None:
    session_id = store.save(_followed_up())
    revisions = len(store.revisions(session_id))
    returned = store.update_directive(
        session_id, "d6",
        DirectiveUpdate(progress="Đã khởi công", reference="Báo cáo số 7/BC-SXD"),
        today=TODAY,
    )
    store.update_directive(session_id, "d6", DirectiveUpdate(done_on=D(2024, 5, 30)), TODAY)
    saved = store.load(session_id).conclusion.directives[5]
    assert saved.completed_on == D(2024, 5, 30) and saved.status is Status.DONE
    assert [(p.date, p.text, p.reference) for p in saved.progress] == [
        (TODAY, "Đã khởi công", "Báo cáo số 7/BC-SXD")
    ]
    assert returned.conclusion.directives[5].progress[0].text == "Đã khởi công"
    assert len(store.revisions(session_id)) == revisions + 2
    entry = next(e for e in store.register_entries() if e.directive_id == "d6")
    assert entry.classify(TODAY) is DirectiveClass.DONE_LATE
    assert entry.last_progress is not None and entry.last_progress.text == "Đã khởi công"


def test_an_extension_moves_the_deadline_in_force_and_keeps_the_original(store: Store) -> None:
    session_id = store.save(_followed_up())
    store.update_directive(
        session_id, "d6",
        DirectiveUpdate(extend_to=D(2024, 7, 31), reference="Công văn số 99/UBND-KT"), TODAY,
    )
    entry = next(e for e in store.register_entries() if e.directive_id == "d6")
    assert (entry.deadline, entry.deadline_in_force) == (D(2024, 5, 1), D(2024, 7, 31))
    assert entry.extensions[-1].document == "Công văn số 99/UBND-KT"
    assert entry.classify(TODAY) is DirectiveClass.IN_PROGRESS


def test_updates_that_cannot_apply_are_refused_in_plain_words(store: Store) -> None:
    session_id = store.save(_followed_up())
    revisions = len(store.revisions(session_id))
    with pytest.raises(SessionNotFound, match="số 999"):
        store.update_directive(999, "d1", DirectiveUpdate(done_on=TODAY), TODAY)
    with pytest.raises(DirectiveNotFound, match="'d99'"):
        store.update_directive(session_id, "d99", DirectiveUpdate(done_on=TODAY), TODAY)
    with pytest.raises(DirectiveUpdateRefused, match="chưa đến"):
        store.update_directive(session_id, "d6", DirectiveUpdate(done_on=D(2024, 6, 2)), TODAY)
    with pytest.raises(DirectiveUpdateRefused, match="phải sau thời hạn"):
        store.update_directive(session_id, "d6", DirectiveUpdate(extend_to=D(2024, 4, 1)), TODAY)
    assert len(store.revisions(session_id)) == revisions  # nothing saved


# -- units -------------------------------------------------------------------------------------


def test_three_spellings_of_one_unit_count_as_one(store: Store) -> None:
    store.save(_followed_up())
    spellings = dict(store.unit_spellings())
    assert spellings["Sở Nội vụ"] == 2 and spellings["Sở Xây dựng"] == 2
    assert all(spellings[name] == 1 for name in CAO_LANH)
    directory = store.unit_directory()
    groups = directory.group(name for name, uses in store.unit_spellings() for _ in range(uses))
    assert sorted(map(sorted, groups.values())) == sorted(
        [sorted(CAO_LANH), ["Sở Nội vụ"], ["Sở Xây dựng"], ["Sở Tài chính"]]
    )
    # the unit filter finds all three spellings, and the counts do not split them
    entries = store.register_entries()
    found = filter_entries(entries, RegisterFilter(unit="uy ban nhan dan tp cao lanh"), TODAY,
                           directory)
    assert sorted(e.directive_id for e in found) == ["d1", "d2", "d3"]
    counts = ClassCounts.of(e.classify(TODAY) for e in found)
    assert counts.total == 3


def test_a_manual_merge_groups_units_the_rules_cannot(store: Store) -> None:
    store.save(_session(D(2024, 3, 4), "s", [
        Directive(id="d1", text="a", assignees=["Văn phòng UBND tỉnh"]),
        Directive(id="d2", text="b", assignees=["VP UBND tỉnh Đồng Tháp"]),
    ]))
    assert len(store.unit_directory().group(["Văn phòng UBND tỉnh", "VP UBND tỉnh Đồng Tháp"])) == 2
    store.merge_units("VP UBND tỉnh Đồng Tháp", "Văn phòng UBND tỉnh")
    store.merge_units("vp ubnd tinh dong thap", "Văn phòng Ủy ban nhân dân tỉnh")  # idempotent
    directory = store.unit_directory()
    assert directory.key("VP UBND tỉnh Đồng Tháp") == directory.key("Văn phòng UBND tỉnh")
    found = filter_entries(store.register_entries(), RegisterFilter(unit="Văn phòng UBND tỉnh"),
                           TODAY, directory)
    assert len(found) == 2
    store.name_unit("VP UBND tỉnh Đồng Tháp", "Văn phòng UBND tỉnh Đồng Tháp")
    names = store.unit_directory().display_names(["Văn phòng UBND tỉnh", "VP UBND tỉnh Đồng Tháp"])
    assert list(names.values()) == ["Văn phòng UBND tỉnh Đồng Tháp"]
    store.name_unit("Văn phòng UBND tỉnh", "  ")  # blank: the commonest spelling again
    names = store.unit_directory().display_names(["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh",
                                                  "VP UBND tỉnh Đồng Tháp"])
    assert list(names.values()) == ["Văn phòng UBND tỉnh"]
    store.unmerge_unit("VP UBND tỉnh Đồng Tháp")
    directory = store.unit_directory()
    assert directory.key("VP UBND tỉnh Đồng Tháp") != directory.key("Văn phòng UBND tỉnh")


def test_merges_follow_chains_and_never_loop(store: Store, tmp_path: Path) -> None:
    store.merge_units("Sở A", "Sở B")
    store.merge_units("Sở B", "Sở C")
    store.merge_units("Sở C", "Sở A")  # A is already with C: nothing to do, no loop
    directory = store.unit_directory()
    assert directory.key("Sở A") == directory.key("Sở B") == directory.key("Sở C")
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:
        stored = dict(connection.execute("SELECT unit_key, into_key FROM unit_merges"))
    finally:
        connection.close()
    assert stored == {"so a": "so b", "so b": "so c"}


def test_blank_unit_names_are_refused(store: Store) -> None:
    with pytest.raises(UnitNameInvalid, match="để trống"):
        store.merge_units(" ", "Sở Xây dựng")
    with pytest.raises(UnitNameInvalid, match="để trống"):
        store.name_unit("", "Sở Xây dựng")


def test_units_directory_survives_reopening(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.merge_units("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp")
        store.name_unit("VP UBND tỉnh", "Văn phòng UBND tỉnh")
    with Store.open(tmp_path) as store:
        directory = store.unit_directory()
    assert directory.key("VP UBND tỉnh") == directory.key("Văn phòng UBND tỉnh Đồng Tháp")
    assert directory.display_names(["VP UBND tỉnh"]) == {
        directory.key("VP UBND tỉnh"): "Văn phòng UBND tỉnh"
    }


# -- the upgrade from schema 1 ------------------------------------------------------------------

#: The tables of schema 1 exactly as Thư ký (commit d103127) created them.
SCHEMA_1 = """
CREATE TABLE sessions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, date DATE NOT NULL,
    kind VARCHAR(32) NOT NULL, subject TEXT NOT NULL, counterpart TEXT NOT NULL,
    search_key TEXT NOT NULL, document TEXT NOT NULL, document_hash VARCHAR(64) NOT NULL,
    directives_hash VARCHAR(64) NOT NULL, people_hash VARCHAR(64) NOT NULL,
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL);
CREATE INDEX ix_sessions_date ON sessions (date);
CREATE TABLE people (
    id INTEGER NOT NULL, name TEXT NOT NULL, position TEXT NOT NULL,
    organization TEXT NOT NULL, name_key TEXT NOT NULL, search_key TEXT NOT NULL,
    last_used DATETIME NOT NULL, PRIMARY KEY (id), UNIQUE (name, position, organization));
CREATE TABLE issuers (
    id INTEGER NOT NULL, parent TEXT NOT NULL, name TEXT NOT NULL, symbol TEXT NOT NULL,
    place TEXT NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY (id),
    UNIQUE (parent, name, symbol));
CREATE TABLE revisions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL,
    saved_at DATETIME NOT NULL, document TEXT NOT NULL,
    FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE);
CREATE INDEX ix_revisions_session ON revisions (session_id, id);
CREATE TABLE directives (
    session_id INTEGER NOT NULL, directive_id TEXT NOT NULL, position INTEGER NOT NULL,
    text TEXT NOT NULL, assignees TEXT NOT NULL, deadline DATE, status VARCHAR(16) NOT NULL,
    PRIMARY KEY (session_id, directive_id),
    FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE);
CREATE INDEX ix_directives_deadline ON directives (deadline);
CREATE INDEX ix_directives_status ON directives (status);
CREATE TABLE directive_assignees (
    session_id INTEGER NOT NULL, directive_id TEXT NOT NULL, assignee TEXT NOT NULL,
    assignee_key TEXT NOT NULL, PRIMARY KEY (session_id, directive_id, assignee),
    FOREIGN KEY(session_id, directive_id)
        REFERENCES directives (session_id, directive_id) ON DELETE CASCADE);
CREATE INDEX ix_directive_assignees_assignee_key ON directive_assignees (assignee_key);
PRAGMA user_version = 1;
"""


def _version_1_store(path: Path, documents: list[Session]) -> None:
    """A store as schema 1 left it: documents, revisions and the old directive index."""
    connection = sqlite3.connect(path)
    try:
        connection.executescript(SCHEMA_1)
        for number, session in enumerate(documents, start=1):
            document = dump_json(session, compact=True)
            connection.execute(
                "INSERT INTO sessions VALUES (?, ?, ?, ?, '', ' x ', ?, 'h', 'h', 'h', "
                "'2024-03-04 08:00:00.000000', '2024-03-04 09:00:00.000000')",
                (number, session.date.isoformat(), session.kind.value, session.subject,
                 document),
            )
            connection.execute(
                "INSERT INTO revisions (session_id, saved_at, document) "
                "VALUES (?, '2024-03-04 09:00:00.000000', ?)", (number, document),
            )
            for position, item in enumerate(session.conclusion.directives):
                connection.execute(
                    "INSERT INTO directives VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (number, item.id, position, item.text,
                     json.dumps(item.assignees, ensure_ascii=False),
                     item.deadline.isoformat() if item.deadline else None, item.status.value),
                )
                for name in item.assignees:
                    connection.execute(
                        "INSERT INTO directive_assignees VALUES (?, ?, ?, ?)",
                        (number, item.id, name, name.lower()),
                    )
        connection.commit()
    finally:
        connection.close()


def test_a_version_1_store_is_upgraded_and_its_index_rebuilt(
    tmp_path: Path, seed_text: str
) -> None:
    seed = parse_json(seed_text).session
    _version_1_store(tmp_path / DB_NAME, [seed, _followed_up()])
    with Store.open(tmp_path) as store:
        entries = store.register_entries()
        assert len(entries) == len(seed.conclusion.directives) + 6
        followed = {e.directive_id: e for e in entries if e.session_id == 2}
        assert followed["d1"].collaborators == ("Sở Xây dựng", "Sở Tài chính")
        assert followed["d1"].deadline_in_force == D(2024, 6, 30)
        assert followed["d1"].chair == "Chủ tịch Ủy ban nhân dân tỉnh Phạm Thiện Nghĩa"
        assert followed["d1"].document_number == "85/TB-VPUBND"
        assert followed["d3"].standing
        assert followed["d2"].completed_on == D(2024, 4, 16)
        assert ("Sở Tài chính", 1) in store.unit_spellings()
        assert [s.subject for s in store.list_sessions()][-1] == seed.subject
        assert len(store.revisions(1)) == 1  # revisions are kept
        assert store.load(1) == seed
        store.merge_units("Sở Tài chính", "Sở Xây dựng")  # the new tables are there
        # saving after the upgrade does not duplicate rows
        store.save(store.load(2), 2)
        assert len(store.register_entries()) == len(entries)
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        indexes = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        connection.close()
    assert {"ix_directives_deadline_in_force", "ix_directives_completed_on",
            "ix_directive_assignees_unit_key", "ix_sessions_date"} <= indexes


def test_a_new_store_has_the_register_indexes(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    connection = sqlite3.connect(tmp_path / DB_NAME)
    try:
        indexes = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        connection.close()
    assert {"ix_directives_deadline_in_force", "ix_directives_completed_on",
            "ix_directive_assignees_unit_key", "ix_sessions_date"} <= indexes
