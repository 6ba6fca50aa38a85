"""Build the self-contained Thư ký folder, dist/thuky/, that runs with no Python installed.

Run from the project's own environment (the one README.md's Quick start makes):
    .venv/bin/python scripts/build_app.py            (Linux)
    .venv\\Scripts\\python scripts\\build_app.py      (Windows)
It installs the ``build`` extra of pyproject.toml (PyInstaller) when it is missing, writes the
build-info module that ``thuky --version`` and Trợ giúp ▸ Giới thiệu read (models.version),
runs scripts/thuky.spec, finishes the folder for the system (Linux: the menu entry and its
installer; Windows: thuky.com, the console twin of thuky.exe) and prints the folder's size
with its largest parts. Nothing here assumes one system's paths.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import shutil
import stat
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "scripts" / "thuky.spec"
DESKTOP = ROOT / "scripts" / "desktop"
ICON_PNG = ROOT / "gui" / "resources" / "thuky.png"
BUILD_INFO_ENV = "THUKY_BUILD_INFO_DIR"  # where thuky.spec finds the generated module
WINDOWS = sys.platform.startswith("win")
LINUX = sys.platform.startswith("linux")
MIB = 1024 * 1024


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project: dict[str, object] = tomllib.load(file)["project"]
    return project


def ensure_build_tools() -> None:
    """Install the ``build`` extra's requirements into this environment if PyInstaller is
    missing (not ``pip install -e .[build]``, which would reinstall Thư ký itself)."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    extras = _pyproject()["optional-dependencies"]
    assert isinstance(extras, dict)
    requirements = [str(r) for r in extras["build"]]
    print(f"Installing the build tools: {' '.join(requirements)}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", *requirements], check=True)
    importlib.invalidate_caches()


def _commit() -> str:
    """The source's short commit, "+" when files differ from it; "" outside a git clone."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        return ""
    try:
        head = subprocess.run([git, "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
        changed = subprocess.run([git, "status", "--porcelain", "--untracked-files=no"],
                                 cwd=ROOT, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return head + ("+" if changed.strip() else "")


def write_build_info(folder: Path, built_on: dt.date) -> None:
    """The module models.version looks for, and the executable's icon."""
    folder.mkdir(parents=True, exist_ok=True)
    version = str(_pyproject()["version"])
    (folder / "_thuky_build.py").write_text(
        '"""Written by scripts/build_app.py: which build of Thư ký this is."""\n'
        f"VERSION = {version!r}\nBUILT_ON = {built_on.isoformat()!r}\nCOMMIT = {_commit()!r}\n",
        encoding="utf-8",
    )
    shutil.copy2(ICON_PNG, folder / "thuky.png")
    (folder / "thuky.ico").write_bytes(png_to_ico(ICON_PNG.read_bytes()))


def png_to_ico(png: bytes) -> bytes:
    """A Windows icon holding the PNG as is (Windows Vista and later read PNG icons)."""
    width, height = struct.unpack(">II", png[16:24])
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), 6 + 16)
    return header + entry + png


def run_pyinstaller(dist: Path, work: Path, info: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True,
                   env={**os.environ, BUILD_INFO_ENV: str(info)})
    return dist / "thuky"


def finish_folder(app: Path) -> None:
    """What the system needs around the executable."""
    if WINDOWS:
        # a Command Prompt runs thuky.com before thuky.exe for "thuky": the commands get a
        # console, a double-click on thuky.exe gets the window alone
        (app / "thuky-console.exe").replace(app / "thuky.com")
    elif LINUX:
        shutil.copy2(ICON_PNG, app / "thuky.png")
        shutil.copy2(DESKTOP / "thuky.desktop", app / "thuky.desktop")
        installer = app / "install-desktop.sh"
        shutil.copy2(DESKTOP / "install-desktop.sh", installer)
        installer.chmod(installer.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def _part(relative: Path) -> str:
    """The part of the folder a file belongs to, for the size report."""
    parts = relative.parts
    if parts[0] != "_internal" or len(parts) == 1:
        return "the executable (with the program's bytecode)"
    first = parts[1]
    if first == "PySide6":
        if parts[2:4] == ("Qt", "lib"):
            return "ICU data (Qt's text handling)" if "icudata" in parts[-1] else "Qt libraries"
        if parts[2:4] == ("Qt", "plugins"):
            return "Qt plugins"
        return "PySide6 bindings"
    if len(parts) == 2:
        if first.startswith(("libpython", "python3", "base_library")):
            return "Python runtime"
        return "system libraries (X11, xcb, OpenSSL, glib, ...)"
    if first.startswith("python3"):
        return "Python runtime"
    return f"{first}/"


def size_report(app: Path, count: int = 14) -> list[str]:
    """The folder's size, then its parts (Qt, ICU, Python, each package) largest first."""
    sizes: dict[str, int] = {}
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink():
            name = _part(path.relative_to(app))
            sizes[name] = sizes.get(name, 0) + path.stat().st_size
    lines = [f"{app}: {sum(sizes.values()) / MIB:.1f} MiB"]
    ranked = sorted(sizes.items(), key=lambda item: item[1], reverse=True)
    lines += [f"  {size / MIB:6.1f} MiB  {name}" for name, size in ranked[:count]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the thuky folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's caches first (slower, for a release)")
    args = parser.parse_args(argv)
    ensure_build_tools()
    dist, work = args.dist.resolve(), args.work.resolve()
    info = work / "thuky-build-info"
    write_build_info(info, dt.date.today())
    app = run_pyinstaller(dist, work / "pyinstaller", info, args.clean)
    finish_folder(app)
    print("\n".join(size_report(app)))
    executable = app / ("thuky.exe" if WINDOWS else "thuky")
    print(f"Built {executable}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
