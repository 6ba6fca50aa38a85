"""Whole-process render timings: ``main.py render`` against a plain python-docx script.

Run from the repository root: ``python -m benchmarks.render [--runs N]``. Each case starts a
fresh Python process, as a clerk's command or a batch job does, so start-up imports count.
The baseline is the smallest honest alternative: a script that imports python-docx and writes
the same paragraphs (extracted from our rendered blocks) with ``add_paragraph``, no styles,
no header table. Runs alternate (ours, baseline, floor, ours, …) so drift hits both alike; the
medians are compared. Targets: ≤ 2.0× for the fixture, ≤ 1.5× for the large session.

*Floor*: the baseline script that first imports the three libraries the design requires for
untrusted input and user templates (pydantic, Jinja2's sandbox, markdown-it-py) and uses
none of them. No renderer built on those libraries can be faster than the floor, so its
ratio tells whether a target can be met at all by any code of ours.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO.parent / "shared" / "fixtures" / "cao-lanh-2024-03-04.json"
if not FIXTURE.exists():
    FIXTURE = REPO / "tests" / "data" / "cao-lanh-2024-03-04.json"

BASELINE = """
import json, sys
from docx import Document
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
document = Document()
for text in paragraphs:
    document.add_paragraph(text)
document.save(sys.argv[2])
"""
REQUIRED_IMPORTS = """
from pydantic import BaseModel
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markdown_it import MarkdownIt
"""


def _paragraphs(session_path: Path, doc_type: str) -> list[str]:
    from models import read_session_file
    from renderer import DocType, Renderer

    rendered = Renderer().blocks(read_session_file(session_path).session, DocType(doc_type))
    head = rendered.header
    lines = [head.parent, head.organ, head.number_line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", head.place_date or "", rendered.type_name,
             rendered.summary]
    lines += rendered.body_text().split("\n")
    for signature in rendered.signatures:
        lines += [*signature.title_lines, signature.name]
    if rendered.recipients:
        lines += ["Nơi nhận:", *rendered.recipients.lines]
    return lines


def _time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)
    return time.perf_counter() - started


def measure(session_path: Path, doc_type: str, runs: int, folder: Path) -> dict[str, float]:
    texts = folder / "paragraphs.json"
    texts.write_text(json.dumps(_paragraphs(session_path, doc_type), ensure_ascii=False),
                     encoding="utf-8")
    script = folder / "baseline.py"
    script.write_text(BASELINE, encoding="utf-8")
    floor_script = folder / "floor.py"
    floor_script.write_text(REQUIRED_IMPORTS + BASELINE, encoding="utf-8")
    # A private data folder: the user's own templates and cache must not take part, and the
    # baseline's paragraphs come from the built-in templates.
    data = folder / "data"
    data.mkdir(exist_ok=True)
    ours_cmd = [sys.executable, "main.py", "--data-dir", str(data), "render", str(session_path),
                "--type", doc_type, "-o", str(folder / "ours.docx"), "--force"]
    base_cmd = [sys.executable, str(script), str(texts), str(folder / "base.docx")]
    floor_cmd = [sys.executable, str(floor_script), str(texts), str(folder / "floor.docx")]
    for command in (ours_cmd, base_cmd, floor_cmd):  # warm the file cache and template cache
        _time(command)
    ours, base, floor = [], [], []
    for _ in range(runs):
        ours.append(_time(ours_cmd))
        base.append(_time(base_cmd))
        floor.append(_time(floor_cmd))
    return {
        "ours": statistics.median(ours),
        "baseline": statistics.median(base),
        "floor": statistics.median(floor),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    # Bytecode for our own modules, as an installed package has it. Without this, a shell with
    # PYTHONDONTWRITEBYTECODE=1 (as on the build machine) recompiles every module of ours on
    # every run (~25 ms) while the baseline's python-docx comes precompiled from site-packages.
    import compileall

    for package in ("cli", "models", "renderer", "report_templates", "storage"):
        compileall.compile_dir(REPO / package, quiet=1)
    compileall.compile_file(REPO / "main.py", quiet=1)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        large = folder / "large.json"
        try:
            from benchmarks.sample_sessions import large_session
        except ImportError:  # pragma: no cover - the generator lives with the storage work
            print("benchmarks/sample_sessions.py is missing", file=sys.stderr)
            return 1
        from models import dump_json

        large.write_text(dump_json(large_session(directives=1000, attendees=300)),
                         encoding="utf-8")
        cases = [("fixture", FIXTURE, 2.0), ("1000 directives, 300 attendees", large, 1.5)]
        print("| session | document | main.py render | python-docx baseline | ratio | "
              "floor (baseline + required imports) | floor ratio | target |")
        print("|---|---|---|---|---|---|---|---|")
        for name, path, target in cases:
            for doc_type in ("thong-bao-ket-luan", "bien-ban"):
                result = measure(path, doc_type, args.runs, folder)
                base = result["baseline"]
                print(f"| {name} | {doc_type} | {result['ours'] * 1000:.0f} ms | "
                      f"{base * 1000:.0f} ms | {result['ours'] / base:.2f}× | "
                      f"{result['floor'] * 1000:.0f} ms | {result['floor'] / base:.2f}× | "
                      f"≤ {target}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
