"""Which Thư ký this is: the version, and for a built application when it was built.

A clerk reporting a problem reads this off Trợ giúp ▸ Giới thiệu or ``thuky --version``; the
person helping needs to know whether it is a build from scripts/build_app.py (and from which
day and commit) or someone's development install running from the source tree.

scripts/build_app.py writes the module :data:`BUILD_MODULE` into the bundle; it exists nowhere
else, so its absence means a development install, whose version comes from the installed
package's metadata (pyproject.toml).
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

#: The module scripts/build_app.py generates (VERSION, BUILT_ON as ISO date, COMMIT).
BUILD_MODULE = "_thuky_build"

#: What a development install shows in place of a build date.
DEVELOPMENT = "bản phát triển"


@dataclass(frozen=True)
class VersionInfo:
    version: str
    built_on: dt.date | None  # None: a development install, not a build
    commit: str = ""  # the source's git commit for a build, when it was known

    def describe(self) -> str:
        """"0.1.0 (bản dựng ngày 30/11/2026, d103127)" or "0.1.0 (bản phát triển)"."""
        from models.vi_format import short_date

        if self.built_on is None:
            return f"{self.version} ({DEVELOPMENT})"
        commit = f", {self.commit}" if self.commit else ""
        return f"{self.version} (bản dựng ngày {short_date(self.built_on)}{commit})"


def version_info() -> VersionInfo:
    try:
        build = importlib.import_module(BUILD_MODULE)
    except ModuleNotFoundError:
        return VersionInfo(_installed_version(), None)
    return VersionInfo(
        str(build.VERSION), dt.date.fromisoformat(build.BUILT_ON), str(getattr(build, "COMMIT", ""))
    )


def _installed_version() -> str:
    import importlib.metadata  # 15 ms of imports, paid only when the version is asked for

    try:
        return importlib.metadata.version("thuky")
    except importlib.metadata.PackageNotFoundError:
        return "(chưa cài đặt)"
