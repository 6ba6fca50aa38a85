"""Batch rendering: ``render --type all`` of 20 sessions against the docxtpl peer doing the
same 60 files in one process.

Run from the repository root: ``python -m benchmarks.batch [--runs N]`` (needs the ``bench``
extra). Each timing is a fresh process, start-up included: ours is the documented command
(``main.py render S1.json … S20.json --type all -o DIR/ --force``), the peer a script that
imports docxtpl, reads the same session files as plain JSON and fills its Word templates
(benchmarks/docxtpl_peer.py; made before timing, as a user's templates already exist). The
sessions: the Cao Lãnh fixture and 19 generated ones of ordinary size (5 to 59 directives, 15
to 53 attendees), each with its own date. Runs alternate; medians of wall time and of the
processes' CPU time (the machine is shared). Target: ≤ 1.2× the peer.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PEER_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from benchmarks.docxtpl_peer import read_plain, write
from renderer.doctype import DocType

templates, out = Path(sys.argv[1]), Path(sys.argv[2])
for name in sys.argv[3:]:
    session = read_plain(Path(name))
    for doc_type in DocType:
        target = out / f"{{Path(name).stem}}_{{doc_type.value}}.docx"
        write(templates / f"peer-{{doc_type.value}}.docx", session, doc_type, target)
        print(target)
"""


def _sessions(folder: Path) -> list[Path]:
    from benchmarks.render import FIXTURE
    from benchmarks.sample_sessions import large_session
    from models import dump_json, read_session_file

    paths = [folder / "s00.json"]
    shutil.copyfile(FIXTURE, paths[0])
    for index in range(1, 20):
        session = large_session(directives=5 + 3 * (index - 1), attendees=15 + 2 * (index - 1))
        session = session.model_copy(update={"date": dt.date(2024, 3, 4) + dt.timedelta(index)})
        path = folder / f"s{index:02d}.json"
        path.write_text(dump_json(session), encoding="utf-8")
        paths.append(path)
    read_session_file(paths[1])  # the generated files are valid session files
    return paths


def _run(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


@dataclasses.dataclass
class Samples:
    wall: list[float] = dataclasses.field(default_factory=list)
    cpu: list[float] = dataclasses.field(default_factory=list)

    def add(self, measured: tuple[float, float]) -> None:
        self.wall.append(measured[0])
        self.cpu.append(measured[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    import compileall

    for package in ("benchmarks", "cli", "models", "renderer", "report_templates", "storage"):
        compileall.compile_dir(REPO / package, quiet=1)
    compileall.compile_file(REPO / "main.py", quiet=1)
    from benchmarks.docxtpl_peer import build_templates
    from models import read_session_file

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        sessions = _sessions(folder)
        templates = folder / "templates"
        templates.mkdir()
        build_templates(read_session_file(sessions[0]).session, templates)
        script = folder / "peer.py"
        script.write_text(PEER_SCRIPT.format(repo=str(REPO)), encoding="utf-8")
        data, ours_out, peer_out = folder / "data", folder / "ours", folder / "peer"
        data.mkdir()
        peer_out.mkdir()
        ours_cmd = [sys.executable, "main.py", "--data-dir", str(data), "render",
                    *map(str, sessions), "--type", "all", "-o", f"{ours_out}/", "--force"]
        peer_cmd = [sys.executable, str(script), str(templates), str(peer_out),
                    *map(str, sessions)]
        for command in (ours_cmd, peer_cmd):  # warm the file cache and template cache
            _run(command)
        assert len(list(ours_out.iterdir())) == len(list(peer_out.iterdir())) == 60
        ours, peer = Samples(), Samples()
        for _ in range(args.runs):
            ours.add(_run(ours_cmd))
            peer.add(_run(peer_cmd))
    print("| 20 sessions, 60 documents | Thư ký | docxtpl peer | ratio | target |")
    print("|---|---|---|---|---|")
    for kind in ("wall", "cpu"):
        mine = statistics.median(getattr(ours, kind))
        theirs = statistics.median(getattr(peer, kind))
        print(f"| {kind} (median of {args.runs}) | {mine:.2f} s | {theirs:.2f} s | "
              f"{mine / theirs:.2f}× | ≤ 1.2× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
