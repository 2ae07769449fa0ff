"""The HTML reader on a page saved from a government site: article kept, chrome dropped, and
the page ingests to the same outline as the .txt copy of the same report."""

from __future__ import annotations

import json
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from conftest import CASES, SEED_2023

from drafter.errors import InputError
from drafter.read import read_file
from drafter.read.html import clean, decode_html, read_html
from drafter.read.text import read_text
from drafter.structure import parse_report

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "seed-2023-page.html"
PAGE_GBK = FIXTURES / "seed-2023-page-gbk.html"

LEAD = re.compile(r"^[^，,。]{2,30}。")
PART = re.compile(r"^[一二三四五六七八九十]+、")
# Lines of the .txt copy that are the site's chrome (header bar, accessibility bar, attachments).
TXT_CHROME = re.compile(r"^(天津市河北区人民政府 \d|无障碍|附件[:：]$)")
# Text of the fixture page's chrome: none of it may reach the blocks.
PAGE_CHROME = (
    "首页", "政务公开", "当前位置", "请输入关键字", "搜索", "字体", "分享到", "打印本页", "关闭窗口",
    "相关链接", "2022年国民经济", "网站地图", "主办单位", "网站标识码", "ICP", "公网安备", "长者模式",
    "手机版", "_hmt", "font-family", "星期二",
)


def report_lines() -> list[str]:
    lines = [b.text for b in read_text(SEED_2023.read_bytes(), SEED_2023.name).blocks]
    return [line for line in lines if not TXT_CHROME.match(line)]


def outline(report) -> tuple:
    m = report.meta
    return (
        m,
        tuple(
            (
                part.number,
                part.role,
                part.title,
                tuple((p.role, p.lead) for p in part.paragraphs),
                tuple((c.number, c.title, tuple((p.role, p.lead) for p in c.paragraphs)) for c in part.chapters),
            )
            for part in report.parts
        ),
    )


@pytest.fixture(scope="module")
def txt_report():
    return parse_report(read_file(SEED_2023))


@pytest.mark.parametrize("path,encoding", [(PAGE, "utf-8"), (PAGE_GBK, "gbk")])
def test_saved_page_keeps_the_article_line_for_line(path, encoding):
    doc = read_file(path)
    assert (doc.format, doc.encoding) == ("html", encoding)
    texts = [b.text for b in doc.blocks]
    assert texts == report_lines()
    assert texts[1].startswith("来源:") and "发布时间:2024-02-06" in texts[1]
    for block in doc.blocks:
        assert not any(chrome in block.text for chrome in PAGE_CHROME), block.text


@pytest.mark.parametrize("path", [PAGE, PAGE_GBK])
def test_saved_page_keeps_title_style_and_bold_leads(path):
    blocks = read_file(path).blocks
    assert blocks[0].style == "title"
    assert all(b.style == "" for b in blocks[1:])
    leads = [b for b in blocks if LEAD.match(b.text) and not PART.match(b.text)]
    assert len(leads) > 40
    assert all(b.bold == LEAD.match(b.text).group() for b in leads)
    assert all(b.bold == b.text for b in blocks if PART.match(b.text))


@pytest.mark.parametrize("path", [PAGE, PAGE_GBK])
def test_saved_page_gives_the_txt_outline(path, txt_report):
    report = parse_report(read_file(path))
    assert outline(report) == outline(txt_report)
    assert [len(p.chapters) for p in report.parts] == [8, 8]


@pytest.mark.parametrize("path", [PAGE, PAGE_GBK])
def test_drafter_ingest_of_the_page_stores_what_the_txt_stores(path, run, archive, seeded_archive):
    result = run("ingest", path, "--archive", archive)
    assert result.exit_code == 0, result.output
    stored = json.loads((archive / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))
    expected = json.loads((seeded_archive / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))
    assert stored.pop("source")["format"] == "html"
    expected.pop("source")
    assert stored == expected  # metadata, parts, chapters, paragraphs, leads, figures, tokens
    shown = run("show", "2023", "--archive", archive)
    assert shown.stdout == (CASES / "show-2023" / "expected.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Other page shapes


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>".encode()


NAV = "<div>" + " ".join(f'<a href="/{i}">栏目{i}</a>' for i in range(12)) + "</div>"
FOOTER = "<div><p>主办单位：某区人民政府办公室</p><p>网站标识码：1234567890 京ICP备12345678号</p></div>"


def test_old_table_layout_without_hints_falls_back_to_the_densest_block():
    lines = report_lines()[2:40]
    body = (
        f"<table><tr><td>{NAV}</td></tr><tr><td><table><tr>"
        f"<td>{''.join(f'<a href=x>链接{i}</a><br>' for i in range(20))}</td>"
        f"<td>{'<br>'.join(lines)}</td></tr></table></td></tr><tr><td>{FOOTER}</td></tr></table>"
    )
    assert [b.text for b in read_html(page(body), "old.html").blocks] == lines


def test_article_split_over_sibling_containers_is_kept_whole():
    lines = report_lines()[2:60]
    half = len(lines) // 2

    def chunk(part: list[str]) -> str:
        return '<div class="Custom_UnionStyle">' + "".join(f"<p>{t}</p>" for t in part) + "</div>"

    body = f'{NAV}<div class="TRS_Editor">{chunk(lines[:half])}{chunk(lines[half:])}</div>{FOOTER}'
    assert [b.text for b in read_html(page(body), "split.html").blocks] == lines


def test_heading_tags_rank_into_title_and_heading_levels():
    body = (
        f'{NAV}<div class="detail"><h2>关于某区2023年计划执行情况与2024年计划草案的报告</h2>'
        '<div class="info">来源：某区发展和改革委员会 发布日期：2024-01-20</div>'
        '<div class="content"><h3>一、2023年计划执行情况</h3><h4>（一）经济运行</h4>'
        "<p><b>运行</b><b>平稳。</b>全年增长5%，好于预期，各项指标稳中有进。</p>"
        "<p>全区上下共同努力，经济社会发展取得新成效，为明年打下良好基础。</p>"
        "<h3>二、2024年主要目标任务</h3><p>力争增长5%左右，推动高质量发展取得新突破。</p></div></div>"
        f"{FOOTER}"
    )
    blocks = read_html(page(body), "h.html").blocks
    assert [(b.text[:4], b.style) for b in blocks] == [
        ("关于某区", "title"),
        ("来源：某", ""),
        ("一、20", "heading1"),
        ("（一）经", "heading2"),
        ("运行平稳", ""),
        ("全区上下", ""),
        ("二、20", "heading1"),
        ("力争增长", ""),
    ]
    assert blocks[4].bold == "运行平稳。"


def test_data_tables_stay_tables_and_pre_lines_split():
    rows = "".join(f"<tr><td>指标{i}</td><td>{i}.5%</td></tr>" for i in range(3))
    prose = "".join(f"<p>第{i}段正文，内容较长，足以构成文章的主体部分，用于测试。</p>" for i in range(6))
    body = f'{NAV}<div class="content">{prose}<table><tr><th>指标</th><th>目标</th></tr>{rows}</table>' \
           f"<pre>甲行\n乙行</pre></div>{FOOTER}"
    blocks = read_html(page(body), "t.html").blocks
    table = [b for b in blocks if b.rows]
    assert len(table) == 1
    assert table[0].rows == (("指标", "目标"), ("指标0", "0.5%"), ("指标1", "1.5%"), ("指标2", "2.5%"))
    assert table[0].text.split("\n")[0] == "指标\t目标"
    assert [b.text for b in blocks][-2:] == ["甲行", "乙行"]


def test_hidden_elements_comments_and_scripts_are_not_text():
    prose = "".join(f"<p>第{i}段正文，内容较长，足以构成文章的主体部分。</p>" for i in range(6))
    body = (f'<div class="content"><!-- 注释 --><p style="display:none">隐藏文字</p>{prose}'
            "<script>document.write('脚本文字')</script><p hidden>也隐藏</p></div>")
    texts = [b.text for b in read_html(page(body), "x.html").blocks]
    assert len(texts) == 6
    assert not any(w in t for t in texts for w in ("注释", "隐藏", "脚本"))


def test_whitespace_is_folded_as_a_browser_does():
    assert clean("  推动经济\n      运行整体好转 \n") == "推动经济运行整体好转"
    assert clean("增长\n 4.5%\t左右") == "增长 4.5% 左右"
    assert clean("主任\xa0刘海力") == "主任 刘海力"


# ---------------------------------------------------------------------------------------
# Encodings and single-file pages


TEXT = "关于河北区2023年计划执行情况的报告。瞄准经济发展预期目标，强化“五个条线”调度，意风区·东西里。"


@pytest.mark.parametrize(
    "data,expected",
    [
        (f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>{TEXT}</p>'.encode("gbk"), "gbk"),
        (f"<p>{TEXT}</p>".encode("gbk"), "gbk"),  # no declaration: detected
        (f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("gbk"), "gbk"),  # wrong declaration
        (f'<meta charset="utf-8"><p>{TEXT}</p>'.encode(), "utf-8"),
        (b"\xef\xbb\xbf" + f"<p>{TEXT}</p>".encode(), "utf-8-sig"),
        (f'<?xml version="1.0" encoding="gb18030"?><html><p>{TEXT}</p></html>'.encode("gb18030"), "gbk"),
    ],
)
def test_pages_decode_by_bom_declaration_or_detection(data, expected):
    text, encoding = decode_html(data, "p.html")
    assert TEXT in text
    assert encoding == expected


def test_single_file_mht_page_is_unpacked():
    message = MIMEMultipart("related")
    message["Subject"] = "report"
    html = PAGE_GBK.read_bytes().decode("gbk")
    part = MIMEText(html, "html", "gbk")
    message.attach(part)
    data = message.as_bytes()
    assert b"Content-Type: multipart/related" in data[:512]
    doc = read_html(data, "report.mht")
    assert [b.text for b in doc.blocks] == report_lines()


# ---------------------------------------------------------------------------------------
# Pages without an article


NO_ARTICLE = {
    "nav_and_footer_only": page(NAV + FOOTER),
    "not_found": page("<div class='content'><p>对不起，您访问的页面不存在或已被删除！</p></div>" + FOOTER),
    "empty_body": page(""),
    "script_rendered": page('<div id="app"></div><script>render("关于某区2023年计划执行情况的报告……")</script>'),
    "only_links": page("<ul>" + "".join(f"<li><a href=/{i}>关于某区{i}年的报告，请点击查看全文内容。</a></li>"
                                          for i in range(30)) + "</ul>"),
}


@pytest.mark.parametrize("case", sorted(NO_ARTICLE))
def test_a_page_without_article_text_is_an_input_error(case):
    with pytest.raises(InputError) as caught:
        read_html(NO_ARTICLE[case], "page.html")
    message = caught.value.message
    assert message.startswith("page.html 中找不到报告正文")
    assert "另存为" in message and "\n" not in message


def test_markup_that_is_no_page_is_an_input_error():
    with pytest.raises(InputError, match="page.html"):
        read_html(b"   <!-- -->  ", "page.html")


# ---------------------------------------------------------------------------------------
# A report saved from Word as a web page, and titles the page gives only in <title>


def word_html(lines: list[str]) -> bytes:
    """A 'filtered web page' as Word saves it: MsoNormal paragraphs, h1/h2, <b><span> leads, GBK."""
    title = lines[0]
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>',
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">',
        f"<meta name=Generator content=\"Microsoft Word 15\"><title>{title}</title>",
        "<style><!-- p.MsoNormal {font-family:仿宋_GB2312;} --></style></head>",
        "<body lang=ZH-CN><div class=WordSection1 style='layout-grid:15.6pt'>",
        f"<p class=MsoNormal align=center><span style='font-size:22.0pt'>{title}<span lang=EN-US><o:p></o:p></span></span></p>",
    ]
    for line in lines[1:]:
        if PART.match(line):
            out.append(f"<h1><span style='font-family:黑体'>{line}</span></h1>")
        elif re.match(r"^[（(][一二三四五六七八九十]+[）)]", line):
            out.append(f"<h2><span style='font-family:楷体_GB2312'>{line}</span></h2>")
        elif lead := LEAD.match(line):
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt'><b><span>{lead.group()}</span></b>"
                       f"<span>{line[lead.end():]}</span></p>")
        else:
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt'><span>{line}</span></p>")
    out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></div></body></html>")
    return "\n".join(out).encode("gbk")


def test_word_saved_as_web_page_reads_with_styles(txt_report):
    lines = [line for line in report_lines() if not line.startswith("来源")]
    doc = read_html(word_html(lines), "report.htm")
    assert [b.text for b in doc.blocks] == lines
    styles = [b.style for b in doc.blocks]
    assert styles[0] == "title"
    assert styles.count("heading1") == 2 and styles.count("heading2") == 16
    report = parse_report(doc, region="天津市河北区")
    assert outline(report)[1] == outline(txt_report)[1]


def test_title_known_only_from_the_page_title_is_kept():
    title = "关于某区2023年国民经济和社会发展计划执行情况的报告"
    prose = "".join(f"<p>第{i}段正文，内容较长，足以构成文章的主体部分。</p>" for i in range(6))
    body = (f"{NAV}<div style='font-size:22px'>{title}</div><div>发布时间：2024-01-20</div>"
            f"<div>{prose}</div>{FOOTER}")
    data = page(body).replace(b"<title>t</title>", f"<title>{title}_某区人民政府</title>".encode())
    blocks = read_html(data, "p.html").blocks
    assert [(b.text, b.style) for b in blocks[:2]] == [(title, "title"), ("发布时间：2024-01-20", "")]
    assert len(blocks) == 8


def test_source_line_breaks_inside_chinese_text_vanish():
    assert clean("强化\n    “五个条线”调度，\n  意风区·\n东西里") == "强化“五个条线”调度，意风区·东西里"


# ---------------------------------------------------------------------------------------
# Page kinds met in tests/pages/: rules on snippets of their own

BODY = "".join(f"<p>第{i}项工作稳步推进，全年完成各项任务，群众满意度持续提升。</p>" for i in range(12))


def test_an_article_hidden_until_script_reveals_it_is_read():
    """WeChat serves #js_content with visibility:hidden and shows it by script."""
    data = page(f'<div id="js_content" style="visibility: hidden;">{BODY}</div>')
    assert len(read_html(data, "x.html").blocks) == 12


def test_short_hidden_text_and_display_none_stay_hidden():
    hidden = '<p style="visibility:hidden">悬浮提示，隐藏文字</p><div style="display:none">' + BODY + "</div>"
    texts = [b.text for b in read_html(page(f'<div class="content">{hidden}{BODY}</div>'), "x.html").blocks]
    assert len(texts) == 12
    assert not any("隐藏" in t for t in texts)


def test_wechat_furniture_is_not_text():
    body = (
        '<h1 class="rich_media_title">关于某区2023年计划执行情况的报告</h1>'
        '<div id="meta_content" class="rich_media_meta_list"><span>区发改委</span><em>2024-02-06 18:30</em></div>'
        f'<div id="js_content"><p><span>点击蓝字</span></p><p><span>关注我们</span></p>{BODY}'
        "<p>-END-</p><p>往期推荐</p></div>"
        '<div class="rich_media_tool_area"><span>阅读</span> <span>2367</span> <span>在看</span></div>'
    )
    texts = [b.text for b in read_html(page(body), "x.html").blocks]
    assert texts[0] == "关于某区2023年计划执行情况的报告"
    assert texts[1:] == [f"第{i}项工作稳步推进，全年完成各项任务，群众满意度持续提升。" for i in range(12)]


def test_page_controls_written_into_the_source_line_are_dropped():
    body = (
        '<div class="title">关于某区2023年计划执行情况的报告</div>'
        "<div>来源：某区发展改革委&nbsp;&nbsp;发布时间：2024-02-07 【字体：<a>大</a> <a>中</a> <a>小</a>】"
        " 浏览次数：1234 【打印】</div>"
        f'<div class="content">{BODY}</div>'
    )
    texts = [b.text for b in read_html(page(body), "x.html").blocks]
    assert texts[:2] == ["关于某区2023年计划执行情况的报告", "来源：某区发展改革委 发布时间：2024-02-07"]


def test_information_table_is_read_only_when_the_page_has_no_source_line():
    table = (
        "<table><tr><th>发布机构：</th><td>某区发改委</td><th>发布日期：</th><td>2024年02月06日</td></tr>"
        "<tr><th>索引号：</th><td>123/2024-00017</td><th>主题分类：</th><td>国民经济管理</td></tr></table>"
    )
    title = '<h1 class="title">关于某区2023年计划执行情况的报告</h1>'
    own = "<div>发布时间：2024-02-06 09:08 来源：某区发展和改革委员会</div>"
    with_own = [b.text for b in read_html(page(f'{table}{title}{own}<div class="content">{BODY}</div>'), "x").blocks]
    assert with_own[1:3] == [
        "发布时间：2024-02-06 09:08 来源：某区发展和改革委员会",
        "第0项工作稳步推进，全年完成各项任务，群众满意度持续提升。",
    ]
    without = [b.text for b in read_html(page(f'{table}{title}<div class="content">{BODY}</div>'), "x").blocks]
    assert without[1:3] == ["发布机构：某区发改委", "发布日期：2024年02月06日"]


def test_a_lead_sentence_in_a_paragraph_of_its_own_is_joined_with_the_rest():
    body = (
        '<p style="text-align:center"><b>（一）聚焦提高经济发展质效，推动经济运行整体好转</b></p>'
        "<p><strong>运行调度积极有力。</strong></p><p>瞄准经济发展预期目标，强化经济运行调度，实施83个重点项目。</p>"
        "<p><strong>各位代表：</strong></p><p>受区人民政府委托，现向大会报告计划执行情况，请予审议。</p>"
        "<p><strong>要坚持稳中求进，以进促稳。</strong></p><p>全区上下要凝心聚力，奋力完成全年目标任务。</p>"
        "<p><strong>资源争取不遗余力。</strong></p><p><strong>重点领域合作走向深入。</strong>文旅、教育协同深化。</p>"
    )
    blocks = read_html(page(f'<div class="content">{body}{BODY}</div>'), "x.html").blocks
    texts = [b.text for b in blocks]
    assert texts[:2] == [
        "（一）聚焦提高经济发展质效，推动经济运行整体好转",
        "运行调度积极有力。瞄准经济发展预期目标，强化经济运行调度，实施83个重点项目。",
    ]
    assert blocks[1].bold == "运行调度积极有力。"
    assert texts[2:5] == ["各位代表：", "受区人民政府委托，现向大会报告计划执行情况，请予审议。", "要坚持稳中求进，以进促稳。"]
    assert texts[6:8] == ["资源争取不遗余力。", "重点领域合作走向深入。文旅、教育协同深化。"]
