"""A real office suite renders the draft: LibreOffice headless → PDF → page 1 as PNG.

Skipped (with the reason) only when ``soffice`` is not installed; ``.ci/run`` installs
libreoffice-writer. The PNG lands in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CASES, ROOT

from drafter.app import make_draft

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer",
)

CASE = CASES / "draft-small"


def _convert(docs: list[Path], out: Path) -> list[Path]:
    """Every .docx to PDF by one headless soffice (its start is most of the time)."""
    profile = out / "lo-profile"
    subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdfs = [out / (docx.stem + ".pdf") for docx in docs]
    for pdf in pdfs:
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {pdf.stem}.docx"
    return pdfs


@pytest.fixture(scope="module")
def rendered(seeded_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    """The small case's draft and the real 2024 draft (from the real 2023 report, ~9,000
    characters of carried text and slots), rendered together: name → (PDF, characters)."""
    out = tmp_path_factory.mktemp("office-pdf")
    drafts = {
        "draft-small": make_draft(CASE / "archive", 2024, out / "draft-small.docx", CASE / "input" / "figures.yaml"),
        "draft-2024": make_draft(seeded_archive, 2024, out / "draft-2024.docx", ROOT / "examples" / "figures-2024.yaml"),
    }
    pdfs = _convert([out / f"{name}.docx" for name in drafts], out)
    return {
        name: (pdf, sum(len(b.text) for b in result.document.blocks))
        for (name, result), pdf in zip(drafts.items(), pdfs, strict=True)
    }


def _pdf_pages(pdf: Path) -> tuple[int, list[tuple[float, float]]]:
    """Page count and each page's size in points, read from the PDF itself (no poppler needed)."""
    data = pdf.read_bytes().decode("latin-1")
    boxes = [
        tuple(float(x) for x in m)
        for m in re.findall(r"/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    ]
    count = re.findall(r"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data, re.S)
    return (int(count[0]) if count else len(boxes)), boxes  # type: ignore[return-value]


def test_libreoffice_renders_a4_with_plausible_pages(rendered: dict[str, tuple[Path, int]], artifacts: Path) -> None:
    pdf, _ = rendered["draft-small"]
    pages, boxes = _pdf_pages(pdf)
    assert boxes and all(abs(w - 595.3) < 1.5 and abs(h - 841.9) < 1.5 for w, h in boxes), (
        boxes
    )  # A4
    # the small case is ~2,000 characters: 22 lines × 28 characters a page gives 3 to 5 pages
    assert 2 <= pages <= 6, pages
    shutil.copyfile(pdf, artifacts / "draft-small.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "80",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(artifacts / "draft-small-page1"),
            ],
            check=True,
            timeout=60,
        )
        assert (artifacts / "draft-small-page1.png").stat().st_size > 5000


def test_libreoffice_renders_the_real_2024_draft(rendered: dict[str, tuple[Path, int]], artifacts: Path) -> None:
    """The draft of 2024 from the real 2023 report (~9,000 characters of carried text and slots)."""
    pdf, characters = rendered["draft-2024"]
    pages, boxes = _pdf_pages(pdf)
    assert all(abs(w - 595.3) < 1.5 and abs(h - 841.9) < 1.5 for w, h in boxes)
    # 22 × 28 = 616 characters a page at most; paragraph ends and headings waste some
    assert characters / 616 <= pages <= characters / 616 * 2 + 2, (pages, characters)
    shutil.copyfile(pdf, artifacts / "draft-2024.pdf")
    if shutil.which("pdftoppm"):
        for page in (1, 2):
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "80",
                    "-png",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(artifacts / f"draft-2024-page{page}"),
                ],
                check=True,
                timeout=60,
            )
