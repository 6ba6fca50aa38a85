"""The Decree 30 paragraph styles, defined once per document and applied by name.

Word silently ignores a style a document does not define, so every style the writer uses is
created here with its full formatting (font on all four scripts, size, weight, alignment,
indents, spacing), and paragraphs only name it. Sizes follow shared/OFFICIAL_STYLE.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_SIZE = 14
FIRST_LINE_INDENT_CM = 1.27

LEFT = WD_ALIGN_PARAGRAPH.LEFT
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


@dataclass(frozen=True)
class StyleSpec:
    name: str
    size: float
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = CENTER
    first_line_cm: float = 0.0
    before: float = 0.0
    after: float = 0.0
    line: float | None = None  # a multiple of single spacing; None: single
    exact_line_pt: float | None = None
    keep_with_next: bool = False


HEADER_PARENT = "TK Cơ quan chủ quản"
HEADER_ORGAN = "TK Cơ quan ban hành"
NATIONAL_TITLE = "TK Quốc hiệu"
MOTTO = "TK Tiêu ngữ"
RULE = "TK Đường kẻ"
NUMBER = "TK Số ký hiệu"
PLACE_DATE = "TK Địa danh ngày tháng"
TYPE_NAME = "TK Tên loại"
SUMMARY = "TK Trích yếu"
BODY = "TK Nội dung"
HEADING = "TK Đề mục"
TABLE = "TK Bảng"
TABLE_HEADER = "TK Tiêu đề bảng"
SIGNATURE_TITLE = "TK Quyền hạn chức vụ"
SIGNATURE_SPACE = "TK Chỗ ký"
SIGNATURE_NAME = "TK Họ tên người ký"
RECIPIENTS_TITLE = "TK Nơi nhận"
RECIPIENT = "TK Nơi nhận dòng"
PAGE_NUMBER = "TK Số trang"

SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(HEADER_PARENT, 12),
    StyleSpec(HEADER_ORGAN, 12, bold=True),
    StyleSpec(NATIONAL_TITLE, 12, bold=True),
    StyleSpec(MOTTO, 13, bold=True),
    StyleSpec(RULE, 2, exact_line_pt=2),
    StyleSpec(NUMBER, 13, before=6),
    StyleSpec(PLACE_DATE, 14, italic=True, before=6),
    StyleSpec(TYPE_NAME, 14, bold=True, before=24, keep_with_next=True),
    StyleSpec(SUMMARY, 14, bold=True, keep_with_next=True),
    StyleSpec(BODY, BODY_SIZE, align=JUSTIFY, first_line_cm=FIRST_LINE_INDENT_CM, after=6,
              line=1.15),
    StyleSpec(HEADING, BODY_SIZE, bold=True, align=JUSTIFY, first_line_cm=FIRST_LINE_INDENT_CM,
              before=6, after=6, line=1.15, keep_with_next=True),
    StyleSpec(TABLE, 13, align=LEFT, before=2, after=2),
    StyleSpec(TABLE_HEADER, 13, bold=True, before=2, after=2),
    StyleSpec(SIGNATURE_TITLE, 14, bold=True),
    StyleSpec(SIGNATURE_SPACE, 14),
    StyleSpec(SIGNATURE_NAME, 14, bold=True),
    StyleSpec(RECIPIENTS_TITLE, 12, bold=True, italic=True, align=LEFT),
    StyleSpec(RECIPIENT, 11, align=LEFT),
    StyleSpec(PAGE_NUMBER, 14),
)
SPEC_BY_NAME = {spec.name: spec for spec in SPECS}

#: The Báo cáo tóm tắt is a one-page brief: its body takes the decree's smaller end, 13 pt with
#: single line spacing (Phụ lục I allows 13–14 pt and single to 1.5 lines), still ≥ 6 pt apart.
BRIEF_BODY_SIZE = 13
#: Its figures table at 12 pt (the decree sets no size for tables; 12 pt is the header's).
BRIEF_TABLE_SIZE = 12
BRIEF_SPECS: tuple[StyleSpec, ...] = tuple(
    replace(spec, size=BRIEF_BODY_SIZE, line=None) if spec.name in (BODY, HEADING)
    else replace(spec, size=BRIEF_TABLE_SIZE, before=1, after=1)
    if spec.name in (TABLE, TABLE_HEADER)
    else replace(spec, before=12) if spec.name == TYPE_NAME
    else spec
    for spec in SPECS
)


#: The progress report: its tables at 12 pt (ten columns by unit, seven in the appendix), the
#: centred picture and the appendix's centred title lines.
PICTURE = "TK Hình"
APPENDIX_TITLE = "TK Tên phụ lục"
APPENDIX_NOTE = "TK Ghi chú phụ lục"
REPORT_TABLE_SIZE = 12
REPORT_SPECS: tuple[StyleSpec, ...] = (
    *(
        replace(spec, size=REPORT_TABLE_SIZE, before=1, after=1)
        if spec.name in (TABLE, TABLE_HEADER)
        else spec
        for spec in SPECS
    ),
    StyleSpec(PICTURE, BODY_SIZE, before=6, after=6),
    StyleSpec(APPENDIX_TITLE, BODY_SIZE, bold=True, keep_with_next=True),
    StyleSpec(APPENDIX_NOTE, BODY_SIZE, after=12, keep_with_next=True),
)


def rfonts() -> object:
    """A ``w:rFonts`` naming Times New Roman for Latin, complex and East Asian scripts alike."""
    element = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        element.set(qn(attribute), FONT)
    return element


def _set_rpr_fonts(rpr: object, size: float | None = None) -> None:
    for old in rpr.findall(qn("w:rFonts")):  # type: ignore[attr-defined]
        rpr.remove(old)  # type: ignore[attr-defined]
    rpr.insert(0, rfonts())  # type: ignore[attr-defined]
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):  # type: ignore[attr-defined]
                rpr.remove(old)  # type: ignore[attr-defined]
            element = OxmlElement(tag)
            element.set(qn("w:val"), str(round(size * 2)))
            rpr.append(element)  # type: ignore[attr-defined]


def _defaults(document: Document) -> None:
    """Document defaults: Times New Roman 14 in Vietnamese, for anything not styled."""
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_rpr_fonts(rpr, BODY_SIZE)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def _style_xml(spec: StyleSpec) -> str:
    """One paragraph style as WordprocessingML, exactly as python-docx's setters would write it.

    Writing the XML directly is ~40× faster than ``styles.add_style`` plus the property
    setters (``add_style`` scans every existing style by name, each setter walks the element's
    children), which made defining 19 styles a sixth of a small document's render time.
    """
    name = escape(spec.name)
    keep = "<w:keepNext/>" if spec.keep_with_next else '<w:keepNext w:val="0"/>'
    if spec.exact_line_pt is not None:
        line = f'w:lineRule="exact" w:line="{round(spec.exact_line_pt * 20)}"'
    else:
        line = f'w:line="{round(240 * (spec.line or 1.0))}" w:lineRule="auto"'
    first_line = Cm(spec.first_line_cm).twips if spec.first_line_cm else 0
    bold = "<w:b/>" if spec.bold else '<w:b w:val="0"/>'
    italic = "<w:i/>" if spec.italic else '<w:i w:val="0"/>'
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id(spec.name)}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        f"<w:pPr>{keep}<w:widowControl/>"
        f'<w:spacing w:before="{round(spec.before * 20)}" w:after="{round(spec.after * 20)}" '
        f"{line}/>"
        f'<w:ind w:firstLine="{first_line}" w:left="0" w:right="0"/>'
        f'<w:jc w:val="{_JC[spec.align]}"/></w:pPr>'
        f"<w:rPr>{_RFONTS_XML}{bold}{italic}"
        f'<w:sz w:val="{round(spec.size * 2)}"/></w:rPr>'
        "</w:style>"
    )


def style_id(name: str) -> str:
    """The id Word (and python-docx) derive from a style name: the name without spaces."""
    return name.replace(" ", "")


_JC = {LEFT: "left", CENTER: "center", JUSTIFY: "both"}
_RFONTS_XML = (
    f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
)


def define_styles(
    document: Document, specs: tuple[StyleSpec, ...] = SPECS
) -> dict[str, ParagraphStyle]:
    """Create every Decree 30 style (and make Normal Times New Roman); return them by name."""
    _defaults(document)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    _set_rpr_fonts(normal.element.get_or_add_rPr())
    styles_element = document.styles.element
    parsed = parse_xml(
        f'<w:styles {nsdecls("w")}>{"".join(_style_xml(spec) for spec in specs)}</w:styles>'
    )
    created: dict[str, ParagraphStyle] = {}
    for spec, element in zip(specs, list(parsed), strict=True):
        styles_element.append(element)
        created[spec.name] = ParagraphStyle(element)
    return created
