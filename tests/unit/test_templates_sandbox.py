"""User templates: override by name, errors with file and line, and no way out of the sandbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from jinja2.bccache import bc_magic

from models import Session, read_session_file
from renderer import DocType, Renderer, TemplateProblem
from renderer.blocks import Heading, run_text
from renderer.pipeline import BUILTIN_TEMPLATES

NOTICE = DocType.THONG_BAO_KET_LUAN


@pytest.fixture(scope="module")
def session() -> Session:
    from tests.conftest import SEED

    return read_session_file(SEED).session


def _user(tmp_path: Path, text: str, name: str = "thong_bao_ket_luan.md.j2") -> Renderer:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return Renderer(folder)


def test_user_template_overrides_the_builtin_of_the_same_name(
    session: Session, tmp_path: Path
) -> None:
    renderer = _user(tmp_path, "Văn bản riêng của {{ issuer.full_name }}.\n")
    assert renderer.blocks(session, NOTICE).body_text() == (
        "Văn bản riêng của Văn phòng Ủy ban nhân dân tỉnh./."
    )
    # other documents still come from the built-in templates
    assert "Thời gian bắt đầu" in renderer.blocks(session, DocType.BIEN_BAN).body_text()


def test_edited_user_template_is_picked_up(session: Session, tmp_path: Path) -> None:
    renderer = _user(tmp_path, "Một\n")
    assert renderer.blocks(session, NOTICE).body_text() == "Một./."
    path = tmp_path / "templates" / "thong_bao_ket_luan.md.j2"
    path.write_text("Hai\n", encoding="utf-8")
    later = time.time() + 5
    import os

    os.utime(path, (later, later))
    assert renderer.blocks(session, NOTICE).body_text() == "Hai./."


def test_a_user_copy_added_or_removed_while_running_is_used_at_the_next_render(
    session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    renderer = Renderer(folder)
    assert "kết luận như sau" in renderer.blocks(session, NOTICE).body_text()
    folder.mkdir()
    copy = folder / NOTICE.template_name
    copy.write_text("Bản của văn phòng.\n", encoding="utf-8")
    assert renderer.blocks(session, NOTICE).body_text() == "Bản của văn phòng./."
    copy.unlink()
    assert "kết luận như sau" in renderer.blocks(session, NOTICE).body_text()


def test_a_control_character_in_a_user_template_does_not_break_the_document(
    session: Session, tmp_path: Path
) -> None:
    renderer = _user(tmp_path, "Một\x02 hai {{ 'ba\x01' }}\n")
    assert renderer.blocks(session, NOTICE).body_text() == "Một hai ba./."
    out = tmp_path / "out.docx"
    renderer.write_docx(session, NOTICE, out)
    assert out.stat().st_size > 0


def test_builtin_templates_all_exist() -> None:
    for doc_type in DocType:
        assert (BUILTIN_TEMPLATES / doc_type.template_name).is_file()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Dòng một\n\n{% if %}\n", 3, "cú pháp"),
        ("Dòng một\n{{ khong_co }}\n", 2, "'khong_co' không tồn tại"),
        ("A\nB\n{{ chair.tuoi }}\n", 3, "không có thuộc tính 'tuoi'"),
        ("{% for x in directives %}\n{{ x.nope }}{% endfor %}\n", 2, "'nope'"),
    ],
)
def test_template_error_names_file_line_and_problem(
    session: Session, tmp_path: Path, text: str, line: int, words: str
) -> None:
    renderer = _user(tmp_path, text)
    with pytest.raises(TemplateProblem) as caught:
        renderer.blocks(session, NOTICE)
    problem = caught.value
    assert problem.template == "thong_bao_ket_luan.md.j2"
    assert problem.line == line
    assert words in str(problem)
    assert str(problem).startswith("Lỗi trong mẫu văn bản thong_bao_ket_luan.md.j2, dòng")
    assert "Traceback" not in str(problem)


@pytest.mark.parametrize(
    "text",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ chair.__class__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ directives.append(1) }}",
        "{{ 'x'.center(999999999) }}",
    ],
)
def test_sandbox_escape_is_refused(session: Session, tmp_path: Path, text: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        _user(tmp_path, text + "\n").blocks(session, NOTICE)
    assert "không được phép" in str(caught.value) or "quá" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "{% include '../../etc/passwd' %}",
        "{% include '/etc/passwd' %}",
        "{% import '../secret.j2' as s %}",
        "{% extends '../x.md.j2' %}",
    ],
)
def test_templates_cannot_read_files_outside_the_folder(
    session: Session, tmp_path: Path, text: str
) -> None:
    (tmp_path / "secret.j2").write_text("BÍ MẬT", encoding="utf-8")
    (tmp_path / "x.md.j2").write_text("BÍ MẬT", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        _user(tmp_path, text + "\n").blocks(session, NOTICE)
    assert "không tìm thấy mẫu" in str(caught.value)


def test_no_file_access_from_template_globals(session: Session, tmp_path: Path) -> None:
    with pytest.raises(TemplateProblem):
        _user(tmp_path, "{{ open('/etc/passwd').read() }}\n").blocks(session, NOTICE)


def test_include_inside_the_template_folder_works(session: Session, tmp_path: Path) -> None:
    renderer = _user(tmp_path, "{% include 'phan_chung.md.j2' %}\n")
    (tmp_path / "templates" / "phan_chung.md.j2").write_text("Phần chung.", encoding="utf-8")
    assert renderer.blocks(session, NOTICE).body_text() == "Phần chung./."


@pytest.mark.parametrize(
    "text",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{% for a in directives %}{% for b in range(99999) %}{% for c in range(99999) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        "{% set ns = namespace(s='xx') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
        "{{ 'x' * 1000000000 }}",
        "{{ 7 ** 999999999 }}",
        "{% for i in range(100000) %}{{ 'y' * 100000 }}{% endfor %}",
        "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
        "{{ '%999999999s' % 'x' }}",
        "{{ '%999999999s' | format('x') }}",
    ],
)
def test_runaway_template_is_stopped_quickly(session: Session, tmp_path: Path, text: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateProblem) as caught:
        _user(tmp_path, text + "\n").blocks(session, NOTICE)
    assert time.monotonic() - started < 8
    assert caught.value.template == "thong_bao_ket_luan.md.j2"


def test_values_count_towards_the_output_limit(session: Session, tmp_path: Path) -> None:
    # Each value is kept aside with a short placeholder in the Markdown; 2000 values of
    # 5000 characters are still 10 million characters of document and are refused.
    text = '{% for i in range(2000) %}{{ issuer.name ~ ("x" * 5000) }}\n{% endfor %}\n'
    with pytest.raises(TemplateProblem, match="quá lớn"):
        _user(tmp_path, text).blocks(session, NOTICE)


def test_markdown_outside_the_documented_set_prints_as_written(
    session: Session, tmp_path: Path
) -> None:
    # (``` mã ``` on one paragraph is an inline code span: its text prints.)
    text = "> trích dẫn\n\n---\n\n```\nmã\n```\n\n    thụt lề\n\nTiêu đề\n===\n\n## Đề mục\n"
    body = _user(tmp_path, text).blocks(session, NOTICE).body
    assert [run_text(block.runs) for block in body] == [  # type: ignore[union-attr]
        "> trích dẫn", "---", "mã", "thụt lề", "Tiêu đề ===", "Đề mục./.",
    ]
    assert isinstance(body[-1], Heading)


def test_html_preview_is_fast_when_warm(session: Session) -> None:
    renderer = Renderer()
    renderer.html(session, NOTICE)
    started = time.perf_counter()
    for _ in range(5):
        renderer.html(session, NOTICE)
    assert (time.perf_counter() - started) / 5 < 0.1


# -- compiled templates kept on disk (the command line's cache) ---------------------------------


def test_compiled_template_cache_is_reused_and_follows_edits(
    session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    template = folder / "thong_bao_ket_luan.md.j2"
    template.write_text("Bản một của {{ issuer.symbol }}.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    assert Renderer(folder, cache).blocks(session, NOTICE).body_text() == "Bản một của VPUBND./."
    assert len(list(cache.glob("*.cache"))) == 1
    # a fresh process (a new renderer) reads the compiled template back
    assert Renderer(folder, cache).blocks(session, NOTICE).body_text() == "Bản một của VPUBND./."
    # an edited template is compiled again, never served from the stale entry
    template.write_text("Bản hai.\n", encoding="utf-8")
    assert Renderer(folder, cache).blocks(session, NOTICE).body_text() == "Bản hai./."


def test_damaged_cache_file_is_ignored(session: Session, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = Renderer().blocks(session, NOTICE).body_text()
    Renderer(None, cache).blocks(session, NOTICE)
    for entry in cache.glob("*.cache"):  # the right header, then garbage
        entry.write_bytes(entry.read_bytes()[: len(bc_magic)] + b"\x80\x04garbage")
    assert Renderer(None, cache).blocks(session, NOTICE).body_text() == expected


def test_unusable_cache_folder_does_not_stop_rendering(session: Session, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    expected = Renderer().blocks(session, NOTICE).body_text()
    assert Renderer(None, blocker / "templates").blocks(session, NOTICE).body_text() == expected
