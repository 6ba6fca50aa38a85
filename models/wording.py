"""How what a clerk typed is worded inside the documents' sentences.

Clerks type names of bodies with commas in them ("Ban Chỉ đạo phòng, chống tham nhũng"), an
issuing body in capitals as the header shows it, a side as "tỉnh" or "Về phía tỉnh", a symbol
as "VPUBND" or "TB-VPUBND", a report title that starts with "Báo cáo". These pure functions
turn any of those spellings into the one the documents print, and give the window the
defaults it shows beside the fields a clerk may correct. Only words the rules know are
changed; anything else stays as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The first words of a post ("Phó Chủ tịch", "Giám đốc Sở …"): a comma followed by one of
#: these starts another post; any other comma belongs to the name of a body ("phòng, chống",
#: "các xã, phường", "Phòng Kinh tế, Hạ tầng và Đô thị").
POST_WORDS = (
    "chủ tịch", "bí thư", "giám đốc", "tổng giám đốc", "chánh", "trưởng", "ủy viên",
    "thành viên", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "tổng thư ký", "thư ký",
    "chuyên viên", "chuyên gia", "tư lệnh", "chính ủy", "đại biểu", "thường trực",
    "tổng biên tập", "người phát ngôn", "kế toán trưởng", "thủ trưởng", "hiệu trưởng",
    "chỉ huy trưởng", "đại diện", "lãnh đạo", "cán bộ", "công chức", "thanh tra viên",
)
#: "Cục trưởng", "Vụ trưởng", "Viện trưởng", "Phó Trưởng phòng" …: a post whatever its noun.
_POST_SECOND_WORDS = ("trưởng", "phó")

#: Words naming the level of a body: what follows the last of them is a place name.
ADMIN_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường")

#: Abbreviations the header may use and sentences spell out.
ABBREVIATIONS = {"ubnd": "Ủy ban nhân dân", "hđnd": "Hội đồng nhân dân"}

#: Bodies written with a capital wherever they stand in a sentence (after lowering a name
#: typed in capitals, these get theirs back).
PROPER_BODIES = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
    "Thị ủy", "Đảng ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Văn phòng", "Sở", "Bộ", "Ban",
    "Cục", "Vụ", "Viện", "Phòng", "Trung tâm", "Chi cục", "Thanh tra", "Công an", "Kho bạc",
)

#: Bodies named by one noun and then their own name, which takes a capital: "Sở Tài chính".
_NAMED_AFTER = ("Sở", "Bộ", "Ban", "Cục", "Vụ", "Viện", "Phòng", "Trung tâm", "Chi cục")
_PROPER_BODY = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(body.lower()) for body in sorted(PROPER_BODIES, key=len, reverse=True))
    + r")(?!\w)"
)
_BODY_BY_LOWER = {body.lower(): body for body in PROPER_BODIES}
_OWN_NAME = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(body) for body in _NAMED_AFTER) + r") (\w+)"
)


def _own_name(match: re.Match[str]) -> str:
    """"Sở tài chính" → "Sở Tài chính": the first word of a body's own name has a capital
    (not a unit or "nhân dân", which belong to the body's level)."""
    word = match.group(2)
    if word in ADMIN_UNITS or word == "nhân":
        return match.group(0)
    return f"{match.group(1)} {word[:1].upper()}{word[1:]}"


#: Attendee groups that are not a side: printed as typed ("Khách mời:"), not "Về phía …".
NOT_SIDES = (
    "khách mời", "đại biểu", "thành phần", "mời", "báo chí", "phóng viên", "cơ quan báo chí",
    "tổ giúp việc", "thư ký", "chủ trì", "đồng chủ trì", "vắng mặt", "các đại biểu",
)

#: Common nouns a side may start with: lower case after "Về phía" ("Về phía tỉnh").
SIDE_NOUNS = (*ADMIN_UNITS, "trung ương", "địa phương", "các", "những", "doanh nghiệp",
              "nhà đầu tư", "đơn vị", "cơ quan")

#: Type symbols of Decree 30 (and the common ones besides), which a clerk may type in front of
#: the issuer's own symbol: "TB-VPUBND".
TYPE_SYMBOLS = ("TB", "BB", "BC", "KH", "TTr", "QC", "QyĐ", "DA", "ĐA", "PA", "CV", "QĐ",
                "NQ", "CT", "HD", "GM", "GGT", "GUQ", "GXN", "TTr", "KL", "HĐ", "CĐ")


def _starts_with_word(text: str, word: str) -> bool:
    """Whether *text* starts with *word* (any case) followed by the end or a space."""
    folded = text.casefold()
    return folded.startswith(word) and folded[len(word):len(word) + 1] in ("", " ", ",", ":")


def _is_post(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    while len(words) > 1 and words[0].casefold() in ("phó", "tổng", "nguyên", "quyền"):
        words = words[1:]
    rest = " ".join(words)
    if any(_starts_with_word(rest, word) for word in POST_WORDS):
        return True
    return len(words) > 1 and words[1].casefold() in _POST_SECOND_WORDS


def posts(position: str) -> list[str]:
    """The posts a position holds, split only at commas that start another post.

    "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh" holds two; "Trưởng Ban Chỉ đạo
    phòng, chống tham nhũng" holds one.
    """
    found: list[str] = []
    for piece in position.split(","):
        if not piece.strip():
            continue
        if found and not _is_post(piece.strip()):
            found[-1] = f"{found[-1]},{piece}"
        else:
            found.append(piece)
    return [post.strip() for post in found if post.strip()]


@lru_cache(maxsize=4096)
def default_title(position: str) -> str:
    """The post a document names a person by unless the clerk chose one: the last post, which
    for a leader holding a Party and a State post is the State one ("Chủ tịch …")."""
    found = posts(position)
    return found[-1] if found else ""


@lru_cache(maxsize=4096)
def _expanded(text: str) -> str:
    words = [ABBREVIATIONS.get(word.casefold(), word) for word in text.split()]
    return " ".join(words).casefold()


_UNIT_WORDS = tuple(unit.split() for unit in ADMIN_UNITS)

# The rules below that only read strings are cached: a session of 300 attendees asks them
# for every person on each render, and the window renders its preview at every pause
# (without the caches they were half the time of a 1000-directive Thông báo).


@lru_cache(maxsize=4096)
def _without_trailing_place(text: str) -> str:
    """"Ủy ban nhân dân tỉnh Đồng Tháp" → "Ủy ban nhân dân tỉnh"; unchanged without a unit."""
    words = text.split()
    folded = [word.casefold() for word in words]
    for end in range(len(words) - 1, 0, -1):
        for unit_words in _UNIT_WORDS:
            start = end - len(unit_words) + 1
            if start >= 0 and folded[start:end + 1] == unit_words and (
                folded[end + 1:end + 2] != ["hội"]  # "xã hội" is society, not a commune
            ):
                return " ".join(words[:end + 1])
    return text


@lru_cache(maxsize=4096)
def names_organization(text: str, organization: str) -> bool:
    """Whether *text* (a position) already names *organization*: "Chủ tịch Ủy ban nhân dân
    tỉnh" names "UBND tỉnh Đồng Tháp" (the place is implied, abbreviations spelled out)."""
    organization = organization.strip()
    if not organization:
        return True
    said = _expanded(text)
    return any(
        _expanded(stem) in said
        for stem in (organization, _without_trailing_place(organization))
    )


def with_organization(post: str, organization: str) -> str:
    """*post* followed by the organization unless it already names it:
    "Chuyên gia tư vấn Công ty TNHH Tư vấn Mê Kông"."""
    organization = organization.strip()
    if names_organization(post, organization):
        return post
    return f"{post} {organization}" if post else organization


def side_heading(group: str) -> str:
    """The heading a group of attendees is printed under, however the clerk spelled it.

    "tỉnh", "Tỉnh", "phía tỉnh", "về phía tỉnh" and "Về phía tỉnh:" all give "Về phía tỉnh";
    a group that is not a side ("Khách mời") keeps its words with a capital.
    """
    text = group.strip().rstrip(":").strip()
    if not text:
        return ""
    if _starts_with_word(text, "về phía"):
        rest = text[len("về phía"):].strip()
    elif _starts_with_word(text, "phía"):
        rest = text[len("phía"):].strip()
    elif any(_starts_with_word(text, word) for word in NOT_SIDES):
        return text[:1].upper() + text[1:]
    else:
        rest = text
    if not rest:
        return "Về phía"
    if any(_starts_with_word(rest, noun) for noun in SIDE_NOUNS) and not rest[:2].isupper():
        rest = rest[:1].lower() + rest[1:]
    return f"Về phía {rest}"


def issuer_code(symbol: str) -> str:
    """The issuer's part of "Số: …/TB-VPUBND", whether typed "VPUBND", "TB-VPUBND" or
    "/TB-VPUBND": a type symbol in front is the document's, which the renderer writes."""
    code = symbol.strip().rsplit("/", 1)[-1].strip().strip("-").strip()
    head, dash, rest = code.partition("-")
    known = {t.casefold() for t in TYPE_SYMBOLS}
    if dash and rest.strip() and head.strip().casefold() in known:
        return rest.strip().strip("-").strip()
    return code


def _has_lower(text: str) -> bool:
    return any(char.islower() for char in text)


def sentence_case(name: str, place: str = "") -> str:
    """A body's name as sentences write it. A name typed all in capitals, as the header prints
    it ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"), becomes "Văn phòng Ủy ban nhân dân tỉnh
    Đồng Tháp": lower case except the first letter, bodies that keep a capital, and the place
    after the last unit. A name with any small letter is kept as typed (abbreviations are
    spelled out either way)."""
    words = [ABBREVIATIONS.get(word.casefold(), word) for word in name.split()]
    text = " ".join(words)
    if not text or _has_lower("".join(w for w in name.split() if w.casefold() not in
                                      ABBREVIATIONS)) or len(text) < 2:
        return text
    lowered = _PROPER_BODY.sub(lambda m: _BODY_BY_LOWER[m.group(1)], text.lower())
    lowered = _OWN_NAME.sub(_own_name, lowered)
    stem = _without_trailing_place(lowered)
    if stem != lowered:
        tail = lowered[len(stem):].strip()
        if place and tail.casefold() == place.strip().casefold():
            tail = place.strip()
        else:
            tail = " ".join(word[:1].upper() + word[1:] for word in tail.split())
        lowered = f"{stem} {tail}"
    return lowered[:1].upper() + lowered[1:]


#: Issuing bodies a sentence names with their parent: "Văn phòng Ủy ban nhân dân tỉnh"
#: (while "Sở Tài chính" is named alone).
NAMES_NEEDING_PARENT = ("văn phòng", "thanh tra", "thường trực", "ban thường vụ")


def issuer_in_text(name: str, parent: str, place: str) -> str:
    """The issuing body as a sentence names it ("Văn phòng Ủy ban nhân dân tỉnh thông báo …"):
    its name, followed by its parent without the place (which the date line gives) when the
    name alone does not say which body (NAMES_NEEDING_PARENT); the parent alone when there
    is no name."""
    name_text = sentence_case(name.strip(), place)
    parent_text = sentence_case(parent.strip(), place)
    if not name_text:
        return parent_text
    if not parent_text or name_text.casefold() not in NAMES_NEEDING_PARENT:
        return name_text
    return f"{name_text} {_without_trailing_place(parent_text)}"


def without_lead(text: str, lead: str) -> str:
    """*text* without *lead* in front ("Báo cáo kết quả …" less "báo cáo"), so a template
    that writes the lead itself never prints it twice."""
    stripped = text.strip()
    if _starts_with_word(stripped, lead):
        return stripped[len(lead):].lstrip(" :,")
    return stripped
