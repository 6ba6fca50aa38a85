"""One unit, however the clerk spelled it: the keys that group spellings for the statistics.

Clerks write "UBND TP Cao Lãnh", "Ủy ban nhân dân thành phố Cao Lãnh" and "UBND thành phố
Cao Lãnh" for the same body. Per-unit counts must not split it into three rows, so every
spelling is reduced to a key: diacritics and case folded, punctuation dropped, and the
abbreviations of Vietnamese administration expanded. What the rules cannot see ("Văn phòng
UBND tỉnh" and "VP UBND tỉnh Đồng Tháp") the clerk merges by hand; those merges are data
(kept by the store) applied by :class:`UnitDirectory`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final

from models.text import fold_diacritics

#: Abbreviations as whole folded words. Only those unambiguous in a unit's name are here
#: ("TT" is both "thị trấn" and "trung tâm", so it stays as typed).
ABBREVIATIONS: Final[dict[str, str]] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "ubmttqvn": "uy ban mat tran to quoc viet nam",
    "mttq": "mat tran to quoc",
    "tp": "thanh pho",
    "tx": "thi xa",
    "bch": "ban chi huy",
    "bchqs": "ban chi huy quan su",
    "bcd": "ban chi dao",
    "bql": "ban quan ly",
    "bqlda": "ban quan ly du an",
    "bqp": "bo quoc phong",
    "ubkt": "uy ban kiem tra",
    "vp": "van phong",
    "ca": "cong an",
    "bhxh": "bao hiem xa hoi",
    "kbnn": "kho bac nha nuoc",
    "nhnn": "ngan hang nha nuoc",
    "ldld": "lien doan lao dong",
    "hlhpn": "hoi lien hiep phu nu",
    "qs": "quan su",
    "ttg": "thu tuong",
}

#: What follows "Sở" (a department of a province) in the usual short forms.
DEPARTMENTS: Final[dict[str, str]] = {
    "kh va dt": "ke hoach va dau tu",
    "khdt": "ke hoach va dau tu",
    "tn va mt": "tai nguyen va moi truong",
    "tnmt": "tai nguyen va moi truong",
    "gd va dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "nn va ptnt": "nong nghiep va phat trien nong thon",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "gtvt": "giao thong van tai",
    "ldtb va xh": "lao dong thuong binh va xa hoi",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "vhtt va dl": "van hoa the thao va du lich",
    "vhttdl": "van hoa the thao va du lich",
    "tt va tt": "thong tin va truyen thong",
    "tttt": "thong tin va truyen thong",
    "kh va cn": "khoa hoc va cong nghe",
    "khcn": "khoa hoc va cong nghe",
    "xd": "xay dung",
    "tc": "tai chinh",
    "yt": "y te",
    "ct": "cong thuong",
    "nv": "noi vu",
    "tp": "tu phap",
}

_SEPARATORS = re.compile(r"[^\w&]+")


@lru_cache(maxsize=65536)
def unit_key(spelling: str) -> str:
    """The comparison key of a unit's name: equal keys are the same unit.

    Cached: a register of 100,000 directives names a few hundred units, each thousands of
    times.
    """
    folded = fold_diacritics(spelling).replace("&", " va ")
    words = [w for w in _SEPARATORS.split(folded) if w]
    expanded: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word == "so" and index + 1 < len(words):
            department, used = _department(words, index + 1)
            if used:
                expanded.extend(["so", department])
                index += 1 + used
                continue
        expanded.append(ABBREVIATIONS.get(word, word))
        index += 1
    return " ".join(expanded)


def _department(words: list[str], start: int) -> tuple[str, int]:
    """The department named after "Sở" in a short form, and how many words it took."""
    for length in (3, 1):
        candidate = " ".join(words[start : start + length])
        if len(words) - start >= length and candidate in DEPARTMENTS:
            return DEPARTMENTS[candidate], length
    return "", 0


class UnitDirectory:
    """Spellings grouped into units: the rule-made keys, then the clerk's own merges.

    *merges* maps a key to the key it was merged into (chains are followed, so merging A
    into B and later B into C puts all three together); *names* gives the name a unit is
    shown by, when the clerk chose one. Without a chosen name a unit is shown by the
    spelling used most often.
    """

    def __init__(
        self, merges: Mapping[str, str] | None = None, names: Mapping[str, str] | None = None
    ) -> None:
        self._merges = dict(merges or {})
        self._names = dict(names or {})

    def key(self, spelling: str) -> str:
        key = unit_key(spelling)
        seen = {key}
        while key in self._merges:
            key = self._merges[key]
            if key in seen:  # a loop made by hand-edited data: stop where it closes
                break
            seen.add(key)
        return key

    def group(self, spellings: Iterable[str]) -> dict[str, list[str]]:
        """Each unit's key and the distinct spellings that fall in it, most used first."""
        usage: dict[str, Counter[str]] = {}
        for spelling in spellings:
            if spelling.strip():
                usage.setdefault(self.key(spelling), Counter())[spelling.strip()] += 1
        return {key: [s for s, _ in tally.most_common()] for key, tally in usage.items()}

    def display_names(self, spellings: Iterable[str]) -> dict[str, str]:
        """The name each unit is shown by: the clerk's choice, else the commonest spelling."""
        return {
            key: self._names.get(key, variants[0])
            for key, variants in self.group(spellings).items()
        }
