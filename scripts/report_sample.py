"""Make the progress report's sample pages in docs/samples/ (bao-cao-nhiem-vu-*.png).

``python scripts/report_sample.py [OUT_DIR]``: a temporary store with the Cao Lãnh fixture and
a few other sessions of the first half of 2024 (and one of 2023 for the comparison), the
``directives report`` command for that half-year, then LibreOffice and pdftoppm (80 dpi, as
the other samples) for the first page, the page with the chart and the first appendix page.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

D = dt.date
# (session date, counterpart, [(task, lead, deadline, done on, extended to, document)])
SESSIONS = [
    (D(2023, 5, 8), "Sở Giao thông vận tải", [
        ("Hoàn thành sửa chữa cầu Đình Trung", "Sở Giao thông vận tải", D(2023, 6, 15),
         D(2023, 6, 10), None, ""),
        ("Lập kế hoạch bảo trì đường tỉnh năm 2024", "Sở Giao thông vận tải", D(2023, 6, 30),
         None, None, ""),
    ]),
    (D(2024, 1, 15), "Sở Kế hoạch và Đầu tư", [
        ("Tham mưu phân bổ chi tiết kế hoạch vốn đầu tư công năm 2024", "Sở Kế hoạch và Đầu tư",
         D(2024, 1, 31), D(2024, 1, 29), None, ""),
        ("Tổng hợp danh mục dự án chậm giải ngân, đề xuất điều chuyển vốn",
         "Sở Kế hoạch và Đầu tư", D(2024, 3, 31), D(2024, 4, 5), None, ""),
        ("Rà soát thủ tục đầu tư các dự án khởi công mới", "Sở Tài chính", D(2024, 2, 29),
         None, None, ""),
    ]),
    (D(2024, 2, 26), "Sở Xây dựng", [
        ("Hoàn thiện đồ án quy hoạch phân khu khu đô thị phía Bắc", "Sở Xây dựng",
         D(2024, 4, 30), None, D(2024, 6, 30), "Công văn số 125/UBND-KT ngày 20/4/2024"),
        ("Kiểm tra chất lượng công trình trường học trên địa bàn tỉnh", "Sở Xây dựng",
         D(2024, 5, 31), D(2024, 5, 20), None, ""),
        ("Báo cáo tình hình thị trường bất động sản quý I", "Sở Xây dựng", D(2024, 4, 15),
         D(2024, 4, 12), None, ""),
    ]),
    (D(2024, 3, 4), "Ủy ban nhân dân thành phố Cao Lãnh", [
        ("Chủ động trong lãnh đạo, điều hành, đề cao trách nhiệm người đứng đầu",
         "UBND TP Cao Lãnh", None, None, None, ""),
        ("Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đạt trên 95% kế hoạch",
         "Ủy ban nhân dân thành phố Cao Lãnh", D(2024, 6, 30), None, None, ""),
        ("Hoàn thành bồi thường, giải phóng mặt bằng dự án đường Tôn Đức Thắng nối dài",
         "UBND thành phố Cao Lãnh", D(2024, 5, 15), None, None, ""),
        ("Xây dựng phương án chỉnh trang đô thị khu vực trung tâm", "UBND TP Cao Lãnh",
         D(2024, 4, 30), D(2024, 4, 25), None, ""),
    ]),
    (D(2024, 4, 10), "Sở Nông nghiệp và Phát triển nông thôn", [
        ("Triển khai các giải pháp phòng, chống hạn mặn mùa khô", "Sở Nông nghiệp và Phát "
         "triển nông thôn", D(2024, 4, 30), D(2024, 4, 28), None, ""),
        ("Đánh giá kết quả thực hiện Đề án 1 triệu héc-ta lúa chất lượng cao",
         "Sở Nông nghiệp và Phát triển nông thôn", D(2024, 6, 15), D(2024, 6, 25), None, ""),
        ("Hướng dẫn xây dựng vùng trồng xoài đạt chuẩn xuất khẩu", "UBND huyện Cao Lãnh",
         D(2024, 8, 31), None, None, ""),
    ]),
    (D(2024, 5, 20), "Công an tỉnh", [
        ("Bảo đảm an ninh trật tự, an toàn giao thông trên địa bàn", "Công an tỉnh", None,
         None, None, ""),
        ("Đẩy mạnh cấp căn cước và định danh điện tử cho người dân", "Công an tỉnh",
         D(2024, 6, 20), None, None, ""),
        ("Phối hợp xử lý vi phạm trật tự xây dựng tại các khu dân cư", "Sở Xây dựng",
         D(2024, 7, 31), None, None, ""),
    ]),
]


def build_store(folder: Path) -> None:
    from models import (
        Attendee,
        DeadlineExtension,
        Directive,
        Issuer,
        ProgressEntry,
        Role,
        Session,
        Status,
        read_session_file,
    )
    from storage import Store

    with Store.open(folder) as store:
        seed = read_session_file(REPO / "tests" / "data" / "cao-lanh-2024-03-04.json").session
        for index, (on, counterpart, tasks) in enumerate(SESSIONS, 1):
            session = seed.model_copy(deep=True) if on == seed.date else Session.new(on)
            session.counterpart = counterpart
            if on != seed.date:
                session.subject = f"làm việc với {counterpart} về tình hình thực hiện nhiệm vụ"
                session.attendees = [Attendee(
                    id="p1", name="Phạm Thiện Nghĩa", role=Role.CHAIR,
                    position="Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh")]
                session.issuer = seed.issuer
                session.document.signer = seed.document.signer
                session.document.archive = seed.document.archive
            session.document.number = f"{index * 7}/TB-VPUBND"
            session.document.issued_on = on + dt.timedelta(days=2)
            directives = []
            for number, (text, lead, deadline, done, extended, document) in enumerate(tasks):
                directives.append(Directive(
                    id=f"d{number}", text=text + ".", assignees=[lead],
                    deadline=deadline, standing=deadline is None,
                    completed_on=done, status=Status.DONE if done else Status.OPEN,
                    extensions=[DeadlineExtension(deadline=extended, date=extended
                                                  - dt.timedelta(days=60), document=document)]
                    if extended else [],
                    progress=[] if done else [ProgressEntry(
                        date=on + dt.timedelta(days=30), text="Đang triển khai thực hiện",
                        reference=f"Báo cáo số {number + 10}/BC-UBND")],
                ))
            session.conclusion.directives = directives
            store.save(session)
        store.save_issuer_profile(Issuer(**seed.issuer.model_dump()))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "samples"
    from cli.entry import main as cli

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        build_store(folder)
        docx = Path(temp) / "bao-cao-nhiem-vu.docx"
        code = cli(["--data-dir", str(folder), "directives", "report", "--from", "2024-01-01",
                    "--to", "2024-06-30", "--today", "2024-06-30", "-o", str(docx)])
        if code:
            raise SystemExit(code)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{temp}/lo",
                        "--convert-to", "pdf", "--outdir", temp, str(docx)],
                       check=True, capture_output=True, timeout=180)
        pdf = docx.with_suffix(".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), f"{temp}/page"], check=True)
        pages = sorted(Path(temp).glob("page-*.png"))
        info = subprocess.run(["pdfinfo", "-l", "999", str(pdf)], capture_output=True,
                              text=True, check=True).stdout
        sizes = [line.split()[3:6:2] for line in info.splitlines()
                 if line.startswith("Page") and "size:" in line]
        landscape = next(i for i, (w, h) in enumerate(sizes) if float(w) > float(h))
        chosen = {"bao-cao-nhiem-vu-1.png": pages[0], "bao-cao-nhiem-vu-2.png": pages[1],
                  "bao-cao-nhiem-vu-phu-luc.png": pages[landscape]}
        for name, page in chosen.items():
            shutil.copyfile(page, out / name)
            print(out / name)


if __name__ == "__main__":
    main()
