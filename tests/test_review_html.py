"""The HTML review page without a browser: content, escaping, offline-ness, determinism, golden."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from review_pair import IMG, SCRIPT, diff_result, reports

from drafter.errors import InputError
from drafter.render.review import (
    percent_change,
    render_review_html,
    review_context,
    write_review_html,
)

CASE = Path(__file__).resolve().parent / "cases" / "review-small"


@pytest.fixture(scope="module")
def small() -> str:
    a, b = reports()
    return render_review_html(diff_result(a, b), a, b)


def test_golden_page(small: str, golden: Callable[[Path, str], None]) -> None:
    golden(CASE / "expected.html", small)


def test_same_inputs_same_bytes() -> None:
    a, b = reports()
    first = render_review_html(diff_result(a, b), a, b)
    a, b = reports()
    assert render_review_html(diff_result(a, b), a, b) == first


def test_report_text_is_escaped(small: str) -> None:
    assert SCRIPT not in small and IMG not in small
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in small
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in small
    assert small.count("<script") == 1  # the page's own script, nothing else
    assert "onerror" not in small.replace("onerror=&#34;", "")


def test_offline_single_file(small: str) -> None:
    for forbidden in ("http://", "https://", "//cdn", "@import", "url(", "<link", "@font-face", "fetch(", "XMLHttpRequest"):
        assert forbidden not in small, forbidden
    assert not re.search(r"<[a-z]+\b[^<>]*\s(?:src|href)=(?!\"#)", small)  # no attribute loads anything
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', small)
    assert csp and "default-src 'none'" in csp.group(1) and "sha256-" in csp.group(1)


def test_script_is_plain_es5(small: str) -> None:
    script = small.split("<script>")[1].split("</script>")[0]
    for modern in ("=>", "let ", "const ", "`", "class ", "import ", "export ", "async ", "await ", "?.", "??"):
        assert modern not in script, modern


def test_header_counts_every_status_with_a_label(small: str) -> None:
    for label, count in (("超额完成", 1), ("完成", 0), ("未完成", 1), ("未报告", 1), ("摘录未含", 0), ("需人工判断", 0), ("无法比较", 0)):
        assert re.search(rf'<span class="swatch"></span>{label} <b>{count}</b>', small), label
    assert "A：2023年报告" in small and "B：2024年报告" in small


def test_ledger_rows_link_to_their_sentences(small: str) -> None:
    rows = re.findall(r'<tr id="t\d+" class="lrow[^>]*data-go="([^"]*)"', small)
    assert len(rows) == 3
    for target in set(re.findall(r'href="#(s[ab]-[^"]+)"', small)):
        assert f'<span class="cite" id="{target}">' in small
    assert "116.9%" in small and "77.8%" in small
    assert "人工配对" in small  # the pinned pairing is marked


def test_figure_changes_show_old_new_and_percentage(small: str) -> None:
    assert "34.2亿元 → 35.08亿元（+2.6%）" in small
    assert "3%左右 → 3.5%左右（+16.7%，+0.5个百分点）" in small
    assert "6万家 → 6.2万家（+3.3%）" in small


def test_figures_carry_a_hover_title(small: str) -> None:
    assert 'title="指标：北京项目投资额｜类型：目标｜限定：确数｜年份：2024年"' in small
    assert 'title="指标：地区生产总值｜类型：实绩｜限定：左右（约数）｜年份：2023年"' in small


def test_moved_added_removed_are_marked(small: str) -> None:
    assert "此段在 B 中移至一（二）第1段" in small
    assert "此段由 A 的一（一）第3段移来" in small
    assert "新增段落" in small and "删除段落" in small


def test_toc_counts_changes_per_chapter(small: str) -> None:
    context = review_context(*_args())
    counts = {s["label"]: s["count"] for s in context["sections"]}
    assert counts == {"一（一）": 5, "一（二）": 3, "二（一）": 1}
    assert "（5 处改动）" in small


def test_percent_change() -> None:
    assert percent_change("30亿元", "35.08亿元") == "+16.9%"
    assert percent_change("1.2万人", "9000人") == "-25.0%"  # scale words multiply
    assert percent_change("3亿元", "3家") == ""  # different units are not compared
    assert percent_change("5.1%", "3.2%") == "-37.3%，-1.9个百分点"
    assert percent_change("三年", "四年") == ""
    assert percent_change("0家", "3家") == ""


def test_write_is_atomic_and_errors_are_chinese(tmp_path: Path) -> None:
    a, b = reports()
    out = tmp_path / "review.html"
    write_review_html(diff_result(a, b), a, b, out)
    assert out.read_text(encoding="utf-8") == render_review_html(diff_result(a, b), a, b)
    assert [p.name for p in tmp_path.iterdir()] == ["review.html"]
    with pytest.raises(InputError, match="无法写入"):
        write_review_html(diff_result(a, b), a, b, tmp_path / "missing" / "review.html")


def test_bundled_pair(seed_diff: tuple) -> None:
    """The two real reports (2023 whole, 2024 an excerpt) and diff_reports' result."""
    result, a, b = seed_diff
    page = render_review_html(result, a, b)
    assert page == render_review_html(result, a, b)
    assert len(page.encode("utf-8")) < 1_500_000
    rows = re.findall(r'<tr id="t\d+" class="lrow', page)
    assert len(rows) == len(result.targets) > 0
    assert "摘录" in page and "B 摘录未含" in page
    # every paragraph of A appears once on the page, so every A sentence of the ledger is reachable
    for _, _, para in a.paragraphs():
        assert page.count(f'<p id="a-{para.id}">') == 1, para.id
    for target in set(re.findall(r'href="#(s[ab]-[^"]+)"', page)):
        assert f'id="{target}"' in page


def _args() -> tuple:
    a, b = reports()
    return diff_result(a, b), a, b
