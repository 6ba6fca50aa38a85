"""Thư ký works offline: a whole session-to-documents run opens no network connection.

Every socket the process tries to create during the run is refused and recorded; the run must
succeed without one. (Qt's C++ networking would bypass this patch; gui/ does not import
QtNetwork at all. This test covers the Python side: store, import, render, export.)
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from cli.entry import main


def test_import_render_export_opens_no_socket(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[tuple[Any, ...]] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            attempts.append(args)
            raise OSError("network use is not allowed in Thư ký")

    def no_connection(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise OSError("network use is not allowed in Thư ký")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    monkeypatch.setattr(socket, "getaddrinfo", no_connection)

    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(seed_path)]) == 0
    assert main([*data, "list"]) == 0
    for doc_type in ("bien-ban", "thong-bao-ket-luan", "bao-cao"):
        out = tmp_path / f"{doc_type}.docx"
        assert main([*data, "render", "1", "--type", doc_type, "-o", str(out)]) == 0
        assert out.stat().st_size > 10_000
    assert main([*data, "export", "1", "-o", str(tmp_path / "back.json")]) == 0
    assert attempts == []
