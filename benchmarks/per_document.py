"""Per-document time in a running process: Thư ký's renderer against the docxtpl peer.

Run from the repository root: ``python -m benchmarks.per_document [--runs N]`` (needs the
``bench`` extra for docxtpl). What a clerk waits for in the window's export, and what each
document of a batch costs once the libraries are loaded: the session is already in memory
(our pydantic model; the peer's plain JSON), then ``Renderer.write_docx`` (context, template,
Markdown, blocks, .docx written atomically with its fsync) against the peer's
``DocxTemplate(...).render(...).save(...)`` (benchmarks/docxtpl_peer.py). Runs alternate
(ours, peer, ours, …) after a warm-up; medians. Target: ≤ 1.0× the peer.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def compare(
    ours: Callable[[], None], peer: Callable[[], None], runs: int
) -> dict[str, tuple[float, float]]:
    """Medians (ours, peer) of wall time and of this process's CPU time, in ms.

    CPU time is shown too because the build machine is shared: other jobs stretch wall time
    at random, while the CPU time a document takes barely moves.
    """
    for _ in range(3):
        ours()
        peer()
    samples: dict[str, list[float]] = {"wall ours": [], "wall peer": [], "cpu ours": [],
                                       "cpu peer": []}
    for _ in range(runs):
        for name, call in (("ours", ours), ("peer", peer)):
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            call()
            samples[f"cpu {name}"].append(time.process_time() - cpu)
            samples[f"wall {name}"].append(time.perf_counter() - wall)
    return {
        kind: (_median_ms(samples[f"{kind} ours"]), _median_ms(samples[f"{kind} peer"]))
        for kind in ("wall", "cpu")
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--types", default="thong-bao-ket-luan",
                        help="comma-separated document types (default: the Thông báo)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from benchmarks.docxtpl_peer import Plain, build_templates, write
    from benchmarks.render import FIXTURE
    from benchmarks.sample_sessions import large_session
    from models import dump_json, read_session_file
    from renderer import DocType, Renderer

    fixture = read_session_file(FIXTURE).session
    large = large_session(directives=1000, attendees=300)
    import json

    cases = [("fixture", fixture), ("1000 directives, 300 attendees", large)]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        templates = build_templates(fixture, folder)
        renderer = Renderer()
        print("| session | document | Thư ký wall | peer wall | ratio | Thư ký CPU | peer CPU "
              "| ratio | target |")
        print("|---|---|---|---|---|---|---|---|---|")
        for name, session in cases:
            plain = Plain(json.loads(dump_json(session)))
            for value in args.types.split(","):
                doc_type = DocType(value)
                ours_path, peer_path = folder / "ours.docx", folder / "peer.docx"

                def ours(s=session, t=doc_type, p=ours_path) -> None:
                    renderer.write_docx(s, t, p)

                def peer(s=plain, t=doc_type, p=peer_path) -> None:
                    write(templates[t], s, t, p)

                result = compare(ours, peer, args.runs)
                cells = " | ".join(
                    f"{mine:.1f} ms | {theirs:.1f} ms | {mine / theirs:.2f}×"
                    for mine, theirs in result.values()
                )
                print(f"| {name} | {doc_type.value} | {cells} | ≤ 1.0× |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
