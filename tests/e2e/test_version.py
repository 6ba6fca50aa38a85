"""``thuky --version``: a development install says so; a build names its day and commit."""

from __future__ import annotations

import importlib.metadata
import sys
import types

import pytest

from main import main
from models.version import BUILD_MODULE


def test_a_development_install_says_it_is_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    version = importlib.metadata.version("thuky")
    assert capsys.readouterr().out == f"thuky {version} (bản phát triển)\n"


def test_a_build_names_its_version_day_and_commit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build = types.ModuleType(BUILD_MODULE)
    build.VERSION = "9.8.7"  # type: ignore[attr-defined]
    build.BUILT_ON = "2026-11-30"  # type: ignore[attr-defined]
    build.COMMIT = "d103127+"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, BUILD_MODULE, build)
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == "thuky 9.8.7 (bản dựng ngày 30/11/2026, d103127+)\n"
