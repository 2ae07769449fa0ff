"""One-off helper that composed the saved pages in this folder (kept for the record).

The report text is a re-flow of examples/tjhb-2023.txt (a different set of chapters and a
different district name per page); the chrome around it is written by hand per CMS family
below. Each page's ``.expected.txt`` is written from the same line list the page is built
from, never from drafter's output. Run: .venv/bin/python tests/pages/_compose.py
"""

from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).parent
SRC = (HERE.parent.parent / "examples" / "tjhb-2023.txt").read_text(encoding="utf-8").splitlines()

PART1_CHAPTERS = {22: [24, 26, 28], 30: [32, 34, 36], 38: [40, 42, 44], 46: [48, 50, 52], 60: [62, 64, 66],
                  68: [70, 72, 74], 76: [78, 80, 82], 86: [88, 90, 92]}
PART2_CHAPTERS = {104: [106, 108, 110], 112: [114, 116, 118], 122: [124, 126, 128], 132: [134, 138, 140],
                  142: [144, 146, 148], 152: [154, 156, 158], 162: [164, 166, 168], 174: [176, 178, 180]}
NUMS = "一二三四五六七八"
CLOSING = ("各位代表,做好2024年经济社会发展工作,任务艰巨、使命光荣。我们将在区委的坚强领导下,"
           "自觉接受区人大的监督,认真听取区政协的意见建议,凝心聚力、真抓实干,"
           "为全面建设社会主义现代化大都市贡献{short}力量!")


def line(n: int) -> str:
    return SRC[n - 1].strip()


def content(region: str, short: str, part1: list[int], part2: list[int], info: str) -> list[tuple[str, str]]:
    """The report as (kind, text): title, info, subtitle, speaker, salute, para, part, chapter, lead."""
    def sub(text: str) -> str:
        return text.replace("河北区", region).replace("健康河北", "健康" + short)

    out = [("title", sub(line(5))), ("info", info), ("subtitle", sub(line(8) + line(10))),
           ("speaker", sub(line(12)).replace(" 刘海力", " 王立新")), ("salute", line(14)), ("para", sub(line(16))),
           ("part", sub(line(18))), ("para", sub(line(20)))]
    for i, head in enumerate(part1):
        out.append(("chapter", "(" + NUMS[i] + ")" + line(head).split(")", 1)[1]))
        out += [("lead", sub(line(n))) for n in PART1_CHAPTERS[head]]
    out += [("para", sub(line(94))), ("part", sub(line(96))), ("para", sub(line(98))), ("para", sub(line(100))),
            ("para", sub(line(102)))]
    for i, head in enumerate(part2):
        out.append(("chapter", "(" + NUMS[i] + ")" + line(head).split(")", 1)[1]))
        out += [("lead" if j else "para", sub(line(n))) for j, n in enumerate(PART2_CHAPTERS[head])]
    out.append(("para", CLOSING.format(short=short)))
    return out


def split_lead(text: str) -> tuple[str, str]:
    head, dot, rest = text.partition("。")
    if dot and len(head) <= 16 and rest:
        return head + dot, rest
    return "", text


def full_width(text: str) -> str:
    text = re.sub(r",(?!\d{3})", "，", text)
    return text.replace(":", "：").replace(";", "；").replace("(", "（").replace(")", "）")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def write(name: str, page: str, items: list[tuple[str, str]], encoding: str = "utf-8") -> None:
    (HERE / f"{name}.html").write_bytes(page.encode(encoding))
    expected = "\n".join(text for _, text in items) + "\n"
    (HERE / f"{name}.expected.txt").write_text(expected, encoding="utf-8")


def numbers_split(text: str) -> str:
    """WeChat editor style: a span per phrase, a number and its unit in spans of their own."""
    parts = re.split(r"(\d+(?:\.\d+)?)(%|亿元|万平方米|家|个)?", text)
    out = []
    for k in range(0, len(parts), 3):
        if parts[k]:
            for phrase in re.split(r"(?<=[，,；;、])", parts[k]):
                if phrase:
                    out.append(f'<span leaf="">{esc(phrase)}</span>')
        if k + 1 < len(parts) and parts[k + 1]:
            out.append(f'<span leaf="">{parts[k + 1]}</span>')
            if parts[k + 2]:
                out.append(f'<span leaf="">{parts[k + 2]}</span>')
    return "".join(out)


def hanweb() -> None:
    """大汉 (Hanweb) jcms: table layout, <font>, &nbsp; indents, <br><br> between paragraphs."""
    info = "来源：红桥区发展和改革委员会 发布时间：2024-02-07"
    items = content("红桥区", "红桥", [22, 38, 68], [104, 122, 162, 174], info)
    body = []
    for kind, text in items[2:]:
        if kind == "part":
            body.append(f"<b><font face=\"黑体\">{esc(text)}</font></b>")
        elif kind == "chapter":
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(text)}</b>")
        elif kind in ("subtitle", "speaker"):
            body.append(f"<center>{esc(text)}</center>")
        elif kind == "lead":
            lead, rest = split_lead(text)
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(lead)}</b>{esc(rest)}" if lead else
                        f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(text)}")
        else:
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(text)}")
    article = "<br><br>\n".join(body)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(items[0][1])}</title>
<meta name="SiteName" content="天津市红桥区人民政府" />
<meta name="SiteDomain" content="www.tjhq.gov.cn" />
<meta name="ColumnName" content="计划信息" />
<meta name="ArticleTitle" content="{esc(items[0][1])}" />
<meta name="PubDate" content="2024-02-07 10:15" />
<link href="/images/jcms.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/script/jquery.js"></script>
<style type="text/css">
.bt_content {{ font-size:16px; line-height:200%; }}
.title {{ font-size:22px; color:#cc0000; }}
</style>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" bgcolor="#f2f2f2"><font color="#666666">今天是：<script>document.write(new Date().toLocaleDateString());</script>
    &nbsp;&nbsp;<a href="/col/col1/index.html">网站首页</a> | <a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> | <a href="javascript:void(0)">加入收藏</a> | <a href="/jact/front/mailpublist.do">无障碍浏览</a></font></td>
  </tr>
  <tr><td><img src="/images/banner.jpg" width="1000" height="160" alt="天津市红桥区人民政府" /></td></tr>
  <tr>
    <td height="40" background="/images/nav_bg.gif" align="center">
      <a href="/col/col2/index.html"><font color="#ffffff">首页</font></a>&nbsp;&nbsp;&nbsp;
      <a href="/col/col3/index.html"><font color="#ffffff">走进红桥</font></a>&nbsp;&nbsp;&nbsp;
      <a href="/col/col4/index.html"><font color="#ffffff">政务公开</font></a>&nbsp;&nbsp;&nbsp;
      <a href="/col/col5/index.html"><font color="#ffffff">政务服务</font></a>&nbsp;&nbsp;&nbsp;
      <a href="/col/col6/index.html"><font color="#ffffff">政民互动</font></a>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="35" class="bt_link">&nbsp;&nbsp;当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col4/index.html">政务公开</a> &gt; <a href="/col/col41/index.html">计划信息</a></td>
  </tr>
  <tr>
    <td valign="top" bgcolor="#FFFFFF">
<!--<$[信息内容]>begin-->
<table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="60" align="center" class="title"><font size="5" color="#cc0000"><b>{esc(items[0][1])}</b></font></td>
  </tr>
  <tr>
    <td height="30" align="center" bgcolor="#f7f7f7"><font color="#666666">来源：红桥区发展和改革委员会&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2024-02-07&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td>
  </tr>
  <tr><td height="1" bgcolor="#cccccc"></td></tr>
  <tr>
    <td class="bt_content" id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart"><font size="3" face="宋体">
{article}
</font><meta name="ContentEnd"><!--ZJEG_RSS.content.end--></td>
  </tr>
  <tr>
    <td height="40" align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0" align="absmiddle" />打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()"><img src="/images/close.gif" border="0" align="absmiddle" />关闭窗口</a></td>
  </tr>
</table>
<!--<$[信息内容]>end-->
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#e9e9e9">
  <tr>
    <td height="36" align="center">相关链接：<select onchange="window.open(this.value)"><option>----国家部委网站----</option><option value="http://www.gov.cn">中国政府网</option><option value="http://www.ndrc.gov.cn">国家发展和改革委员会</option></select>
    <select onchange="window.open(this.value)"><option>----各区政府网站----</option><option value="http://www.tjhb.gov.cn">河北区人民政府</option><option value="http://www.tjhd.gov.cn">河东区人民政府</option></select></td>
  </tr>
  <tr>
    <td height="90" align="center"><font color="#555555">主办：天津市红桥区人民政府办公室&nbsp;&nbsp;承办：红桥区政务服务办公室<br />
    网站标识码：1201060001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn">津ICP备05004123号</a>&nbsp;&nbsp;津公网安备 12010602000123号<br />
    您是第<script src="/jact/front/count.jsp?webid=1"></script>位访问者&nbsp;&nbsp;建议使用1024×768分辨率浏览</font><br />
    <span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&id=123"><img src="/images/red.png" border="0" /></a></span></td>
  </tr>
</table>
</body>
</html>
"""
    write("hanweb_table", page, items)


def trs_zoom() -> None:
    """TRS WCM article: metadata table, nested <div id="zoom">, inline styles, 相关附件 list."""
    info = "发布时间：2024-02-06 09:08 来源：河东区发展和改革委员会"
    items = content("河东区", "河东", [30, 46, 76], [112, 132, 152, 162], info)
    ps = []
    for kind, text in items[2:]:
        text = full_width(text)
        if kind == "part":
            ps.append(f'<p style="text-indent: 2em; line-height: 2em; text-align: justify;"><span style="font-family: 黑体, SimHei; font-size: 21px;">{esc(text)}</span></p>')
        elif kind == "chapter":
            ps.append(f'<p style="text-indent: 2em; line-height: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 21px;">{esc(text)}</span></p>')
        elif kind in ("subtitle", "speaker"):
            ps.append(f'<p style="text-align: center; line-height: 2em;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 21px;">{esc(text)}</span></p>')
        elif kind == "salute":
            ps.append(f'<p style="line-height: 2em;"><span style="font-family: 仿宋, 仿宋_GB2312; font-size: 21px;">{esc(text)}</span></p>')
        else:
            lead, rest = split_lead(text) if kind == "lead" else ("", text)
            inner = (f'<strong><span style="font-family: 仿宋, 仿宋_GB2312; font-size: 21px;">{esc(lead)}</span></strong>'
                     if lead else "")
            ps.append(f'<p style="text-indent: 2em; line-height: 2em; text-align: justify;">{inner}<span style="font-family: 仿宋, 仿宋_GB2312; font-size: 21px;">{esc(rest)}</span></p>')
    article = "\n".join(ps)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(items[0][1])}_计划信息_天津市河东区人民政府</title>
<meta name="ArticleTitle" content="{esc(items[0][1])}">
<meta name="PubDate" content="2024-02-06 09:08">
<meta name="ContentSource" content="河东区发展和改革委员会">
<link rel="stylesheet" href="../../../images/common.css">
<script src="../../../images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">欢迎访问天津市河东区人民政府网站</span><span class="fr"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="../../../" class="logo"><img src="../../../images/logo.png" alt="天津市河东区人民政府"></a>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="../../../">首页</a></li><li><a href="../../../zjhd/">走进河东</a></li><li class="on"><a href="../../../zwgk/">政务公开</a></li><li><a href="../../../zwfw/">政务服务</a></li><li><a href="../../../hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">计划信息</a></div>
  <div class="xxgk-meta">
    <table class="xxgk_table" width="100%">
      <tr><th>索引号：</th><td>11120102MB1A12345X/2024-00017</td><th>主题分类：</th><td>国民经济管理、国有资产监管</td></tr>
      <tr><th>发文机关：</th><td>河东区发展和改革委员会</td><th>成文日期：</th><td>2024年02月05日</td></tr>
      <tr><th>标　　题：</th><td colspan="3">{esc(items[0][1])}</td></tr>
      <tr><th>发文字号：</th><td></td><th>发布日期：</th><td>2024年02月06日</td></tr>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{esc(items[0][1])}</h1>
    <div class="article-info"><span class="time">发布时间：2024-02-06 09:08</span> <span class="source">来源：河东区发展和改革委员会</span>
      <span class="fontsize">【字号：<a href="javascript:void(0)" onclick="fontZoom(18)">大</a> <a href="javascript:void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a>】</span>
      <span class="share">分享到：<a class="wx" title="微信"></a><a class="wb" title="微博"></a></span></div>
    <div class="article-con" id="zoom">
      <div class="view TRS_UEDITOR trs_paper_default trs_web">
        <div class="TRS_Editor">
{article}
        </div>
      </div>
    </div>
    <div class="fujian">
      <p class="fj-title">相关附件：</p>
      <ul>
        <li><a href="./P020240206391244515874.pdf">1. 河东区2024年国民经济和社会发展主要指标.pdf</a></li>
        <li><a href="./P020240206391244598123.xlsx">2. 河东区2024年重点项目安排表.xlsx</a></li>
      </ul>
    </div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="qrcode"><img src="../../../images/qr.png"><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：天津市河东区人民政府办公室　承办单位：天津市河东区政务服务办公室</p>
<p>网站标识码：1201020001　<a href="https://beian.miit.gov.cn/">津ICP备10000356号-1</a>　津公网安备 12010202000001号</p>
<p>联系电话：022-24123456　技术支持：天津市大数据管理中心</p>
</div></div>
</body>
</html>
"""
    write("trs_zoom", page, items[:1] + [("info", info)] + [(k, full_width(t)) for k, t in items[2:]])


SVG_SEARCH = ('<svg class="icon" viewBox="0 0 1024 1024" width="20" height="20" aria-hidden="true"><title>搜索</title>'
              '<path d="M469.3 170.7a298.7 298.7 0 1 0 0 597.3 298.7 298.7 0 0 0 0-597.3z" fill="#fff"></path></svg>')
SVG_EAR = ('<svg viewBox="0 0 24 24" width="18" height="18"><desc>读屏图标</desc>'
           '<path d="M12 2a7 7 0 0 0-7 7c0 3 2 4 2 6s1 5 4 5"></path><text x="2" y="20">读</text></svg>')


def chrome_saved() -> None:
    """Chrome "网页，全部": saved-from comment, <base>, _files/ resources, SVG icons, cookie banner, toolbar."""
    info = "发布时间：2024-02-08 16:20 信息来源：西青区发展和改革委员会"
    items = content("西青区", "西青", [22, 60, 86], [104, 142, 152, 174], info)
    ps = []
    for kind, text in items[2:]:
        text = full_width(text)
        if kind == "part":
            ps.append(f"<h2>{esc(text)}</h2>")
        elif kind == "chapter":
            ps.append(f"<h3>{esc(text)}</h3>")
        elif kind in ("subtitle", "speaker"):
            ps.append(f'<p class="subtitle" style="text-align:center">{esc(text)}</p>')
        else:
            lead, rest = split_lead(text) if kind == "lead" else ("", text)
            ps.append(f"<p><strong>{esc(lead)}</strong>{esc(rest)}</p>" if lead else f"<p>{esc(text)}</p>")
    article = "\n            ".join(ps)
    title = esc(items[0][1])
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0090)https://www.tjxq.gov.cn/zwgk/zfxxgk/fdzdgknr/ghxx/202402/t20240208_6512345.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<base href="https://www.tjxq.gov.cn/zwgk/zfxxgk/fdzdgknr/ghxx/202402/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}-天津市西青区人民政府</title>
<link rel="stylesheet" href="./{title}-天津市西青区人民政府_files/base.css">
<link rel="stylesheet" href="./{title}-天津市西青区人民政府_files/article.css">
<script src="./{title}-天津市西青区人民政府_files/jquery.min.js.下载"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-02-08T16:20:00+08:00"}}</script>
<style>.cookie-banner{{position:fixed;bottom:0}} .a11y-bar{{position:fixed;top:0;right:0}} .sr-only{{position:absolute;clip:rect(0 0 0 0)}}</style>
</head>
<body class="article-page">
<div id="a11y-toolbar" class="a11y-bar" role="toolbar" aria-label="无障碍工具条">
  <button type="button">{SVG_EAR}<span>读屏</span></button>
  <button type="button"><span>放大</span></button><button type="button"><span>缩小</span></button>
  <button type="button"><span>大鼠标</span></button><button type="button"><span>十字线</span></button>
  <button type="button"><span>高对比度</span></button><button type="button"><span>重置</span></button>
  <button type="button"><span>退出服务</span></button>
</div>
<header class="site-header">
  <div class="topline"><span>2024年02月08日 星期四</span> <a href="https://www.tjxq.gov.cn/wza/">无障碍</a> <a href="javascript:;">长者模式</a> <a href="javascript:;">简体</a>|<a href="javascript:;">繁体</a></div>
  <a class="logo" href="https://www.tjxq.gov.cn/"><img src="./{title}-天津市西青区人民政府_files/logo.png" alt="天津市西青区人民政府"></a>
  <form class="search" action="https://www.tjxq.gov.cn/search/"><input type="text" name="q" placeholder="请输入搜索内容"><button type="submit">{SVG_SEARCH}<span class="sr-only">搜索</span></button></form>
  <nav><ul><li><a href="https://www.tjxq.gov.cn/">首页</a></li><li><a href="https://www.tjxq.gov.cn/zjxq/">走进西青</a></li><li><a href="https://www.tjxq.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.tjxq.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.tjxq.gov.cn/hdjl/">互动交流</a></li></ul></nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="https://www.tjxq.gov.cn/">首页</a><span>&gt;</span><a href="https://www.tjxq.gov.cn/zwgk/">政务公开</a><span>&gt;</span><a href="https://www.tjxq.gov.cn/zwgk/ghxx/">规划信息</a></div>
  <div class="row">
    <article class="article-main">
      <h1 class="article-title">{title}</h1>
      <div class="article-meta"><span>发布时间：2024-02-08 16:20</span> <span>信息来源：西青区发展和改革委员会</span></div>
      <div class="article-tools"><span>字号：</span><a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a> <a href="javascript:window.print();">{SVG_EAR}打印</a> <a href="javascript:;">分享</a></div>
      <div class="article-body" id="UCAP-CONTENT">
            {article}
      </div>
      <div class="article-footer-tools"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
      <iframe src="./{title}-天津市西青区人民政府_files/saved_resource.html" width="0" height="0" style="display:none"></iframe>
    </article>
    <aside class="sidebar">
      <h2 class="side-title">相关文章</h2>
      <ul>
        <li><a href="https://www.tjxq.gov.cn/zwgk/ghxx/202401/t20240115_6500001.html">西青区2024年重点项目计划</a></li>
        <li><a href="https://www.tjxq.gov.cn/zwgk/ghxx/202301/t20230210_6100002.html">关于西青区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告</a></li>
      </ul>
      <h2 class="side-title">热门服务</h2>
      <ul><li><a href="https://zwfw.tj.gov.cn/">天津网上办事大厅</a></li><li><a href="https://12345.tj.gov.cn/">12345政务服务便民热线</a></li></ul>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <p>主办单位：天津市西青区人民政府办公室 <a href="https://www.tjxq.gov.cn/wzdt/">网站地图</a> <a href="https://www.tjxq.gov.cn/lxwm/">联系我们</a></p>
  <p>网站标识码：1201110001 <a href="https://beian.miit.gov.cn/">津ICP备05004321号-1</a> 津公网安备12011102000456号</p>
</footer>
<div class="cookie-banner" id="cookie-consent" role="dialog">
  <p>本网站使用Cookie以改善浏览体验。继续浏览即表示您同意我们使用Cookie。<a href="https://www.tjxq.gov.cn/ysbh/">隐私政策</a></p>
  <button type="button" id="cookie-accept">同意</button><button type="button" id="cookie-decline">拒绝</button>
</div>
<div class="back-top" title="返回顶部">{SVG_SEARCH}</div>
<noscript>您的浏览器不支持JavaScript，部分功能无法使用。</noscript>
<script src="./{title}-天津市西青区人民政府_files/common.js.下载"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");}})();</script>

</body></html>"""
    write("chrome_saved", page, items[:1] + [("info", info)] + [(k, full_width(t)) for k, t in items[2:]])


def word_gb2312() -> None:
    """Old GB2312 page with Word-pasted content (MsoNormal, o:p) and a stray utf-8 meta in the body."""
    info = "来源：津南区发展改革委 发布日期：2024年2月5日"
    items = content("津南区", "津南", [30, 68, 76], [112, 132, 142, 162], info)
    ps = []
    for kind, text in items[2:]:
        text = full_width(text)
        text = text.replace("—", "—")
        if kind in ("part", "chapter"):
            face = "黑体" if kind == "part" else "楷体_GB2312"
            ps.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                      f"mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:{face}'>"
                      f"{esc(text)}<span lang=EN-US><o:p></o:p></span></span></p>")
        elif kind in ("subtitle", "speaker"):
            ps.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'>"
                      f"<span style='font-size:16.0pt;font-family:楷体_GB2312'>{esc(text)}</span></p>")
        else:
            lead, rest = split_lead(text) if kind == "lead" else ("", text)
            # Word wraps the Latin digits in lang=EN-US spans
            def word_runs(s: str) -> str:
                return re.sub(r"(\d+(?:\.\d+)?%?)", r"<span lang=EN-US>\1</span>", esc(s))
            head = (f"<b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>"
                    f"{word_runs(lead)}</span></b>") if lead else ""
            ps.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                      f"mso-line-height-rule:exactly'>{head}<span style='font-size:16.0pt;font-family:仿宋_GB2312'>"
                      f"{word_runs(rest)}<span lang=EN-US><o:p></o:p></span></span></p>")
        if kind == "part":
            ps.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    article = "\n".join(ps)
    title = esc(items[0][1])
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="Content-Language" content="zh-cn">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" topmargin="0">
<!--#include virtual="/inc/top.shtml"-->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr><td><img src="/images/top_jn.jpg" width="778" height="120"></td></tr>
  <tr><td class="menu" height="28">&nbsp;<a href="/">首 页</a> | <a href="/zwgk/">政务公开</a> | <a href="/jhgh/">计划规划</a> | <a href="/bsfw/">办事服务</a></td></tr>
</table>
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="180" valign="top" bgcolor="#EEF4FB">
      <table width="100%"><tr><td class="lm">栏目导航</td></tr>
      <tr><td>·<a href="/jhgh/fzgh/">发展规划</a></td></tr>
      <tr><td>·<a href="/jhgh/ndjh/">年度计划</a></td></tr>
      <tr><td>·<a href="/jhgh/zxgh/">专项规划</a></td></tr></table>
    </td>
    <td width="598" valign="top">
      <table width="96%" align="center" border="0">
        <tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/jhgh/">计划规划</a> &gt;&gt; 年度计划</td></tr>
        <tr><td align="center" height="50"><span class="bt1"><strong>{title}</strong></span></td></tr>
        <tr><td align="center" class="rq">来源：津南区发展改革委&nbsp;&nbsp;&nbsp;发布日期：2024年2月5日&nbsp;&nbsp;&nbsp;点击数：<script src="/count.asp?id=2871"></script></td></tr>
        <tr><td class="nr">
<div class=Section1 style='layout-grid:15.6pt'>
{article}
</div>
        </td></tr>
        <tr><td align="center"><a href="javascript:window.print()">【打印此页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#DDE8F5">
  <tr><td align="center" height="60">版权所有：天津市津南区人民政府 &nbsp; 地址：天津市津南区咸水沽镇 &nbsp; 邮编：300350<br>津ICP备05001234号</td></tr>
</table>
</body>
</html>
"""
    write("word_gb2312", page, items[:1] + [("info", info)] + [(k, full_width(t)) for k, t in items[2:]], encoding="gbk")


def wechat() -> None:
    """WeChat official-account article: #js_content hidden until JS, <section> nesting, a span per phrase."""
    info = "来源：河北区发展和改革委员会"
    items = content("河北区", "河北", [22, 30, 46], [104, 112, 122, 142], info)
    sec = []
    sec.append('<section style="text-align: center;margin-bottom: 10px;"><section style="display: inline-block;">'
               '<img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/abc/640?wx_fmt=gif" '
               'data-ratio="0.1" style="width: 100%;"></section><p><span leaf="">点击蓝字</span></p>'
               '<p><span leaf="">关注我们</span></p></section>')
    style_p = 'style="margin-bottom: 0px;letter-spacing: 1px;line-height: 1.75em;text-indent: 2em;"'
    for kind, text in items[2:]:
        text = full_width(text)
        if kind == "part":
            sec.append('<section style="margin: 20px 0px 10px;"><section style="background-color: rgb(190, 30, 45);'
                       'padding: 5px 10px;"><p style="text-align: center;"><span style="color: rgb(255, 255, 255);">'
                       f'<strong>{numbers_split(text)}</strong></span></p></section></section>')
        elif kind == "chapter":
            sec.append('<p style="text-align: center;margin-top: 15px;"><span style="color: rgb(190, 30, 45);">'
                       f'<strong><span leaf="">{esc(text)}</span></strong></span></p>')
        elif kind in ("subtitle", "speaker"):
            sec.append(f'<p style="text-align: center;"><span style="font-size: 15px;color: rgb(89, 89, 89);">'
                       f'{numbers_split(text)}</span></p>')
        else:
            lead, rest = split_lead(text) if kind == "lead" else ("", text)
            head = (f'<strong><span style="color: rgb(190, 30, 45);">{numbers_split(lead)}</span></strong>'
                    if lead else "")
            sec.append(f'<section {style_p}><span style="font-size: 15px;">{head}{numbers_split(rest)}</span></section>')
        if kind == "para" and len(sec) % 4 == 0:
            sec.append('<p><br></p>')
    sec.insert(1, f'<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">'
                  f'<span leaf="">{esc(info)}</span></span></p>')
    sec.append('<p style="text-align: center;"><span leaf="">-END-</span></p>')
    sec.append('<section style="font-size: 12px;color: rgb(136, 136, 136);"><p><span leaf="">编辑：刘洋</span></p>'
               '<p><span leaf="">审核：陈静</span></p></section>')
    sec.append('<section><p><strong><span leaf="">往期推荐</span></strong></p><p><a href="https://mp.weixin.qq.com/s/x1">'
               '<span leaf="">河北区召开2024年重点项目集中开工活动</span></a></p></section>')
    article = "".join(sec)
    title = esc(items[0][1])
    page = f"""<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NjQ0&amp;mid=2650&amp;idx=1">
<meta property="og:description" content="受区人民政府委托，现向大会报告……">
<title>{title}</title>
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px}} .wx_follow{{display:none}}</style>
<script nonce="7623">var biz = "MzA5NjQ0" || ""; var ct = "1707215400"; var msg_title = '{title}'.html(false);</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg not_in_mm">
<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title " id="activity-name">
            {title}
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span class="rich_media_meta rich_media_meta_text">区发改委</span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">天津河北发布</a></span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-02-06 18:30</em>
            <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording">天津</span></em>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">{article}</div>
          <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
          <div id="js_tags" class="article-tag__list"><span>#发展改革</span><span>#计划报告</span></div>
          <div class="rich_media_tool_area"><span>阅读</span> <span id="readNum3">2367</span> <span>分享</span> <span>收藏</span> <span>点赞</span> <span>在看</span></div>
        </div>
      </div>
    </div>
  </div>
  <div class="wx_profile_card" id="js_profile_card"><strong class="profile_nickname">天津河北发布</strong><p class="profile_desc">天津市河北区人民政府新闻办公室官方账号</p></div>
  <div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
  <div class="weui-dialog" style="display:none"><p>继续滑动看下一个</p><p>轻触阅读原文</p></div>
</div>
<script nonce="7623">window.__second_open__ = false; document.getElementById('js_content').style.visibility = 'visible';</script>
</body></html>
"""
    write("wechat_article", page, items[:1] + [("info", info)] + [(k, full_width(t)) for k, t in items[2:]])


def two_p_strong() -> None:
    """Each body paragraph as two <p>: the lead sentence alone in <strong>, then the rest; pagination bar."""
    info = "发布时间：2024-02-09 来源：河西区发展改革委"
    items = content("河西区", "河西", [22, 30, 38, 60], [104, 112, 122, 152], info)
    ps = []
    for kind, text in items[2:]:
        text = full_width(text)
        if kind in ("part", "chapter"):
            ps.append(f'<p style="text-align:center"><b>{esc(text)}</b></p>')
        elif kind in ("subtitle", "speaker"):
            ps.append(f'<p style="text-align:center">{esc(text)}</p>')
        elif kind == "lead" and split_lead(text)[0]:
            lead, rest = split_lead(text)
            ps.append(f'<p style="text-indent:2em"><strong>{esc(lead)}</strong></p>')
            ps.append(f'<p style="text-indent:2em">{esc(rest)}</p>')
        else:
            ps.append(f'<p style="text-indent:2em">{esc(text)}</p>')
    article = "\n".join(ps)
    title = esc(items[0][1])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/detail.css">
</head>
<body>
<div class="head"><div class="logo"><img src="/static/img/logo.png" alt="天津市河西区人民政府"></div>
<div class="headlinks"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/mlhx/">魅力河西</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jhzj/">计划总结</a> &gt; 正文</div>
<div class="detail">
  <div class="detail-title">{title}</div>
  <div class="detail-info">发布时间：2024-02-09&nbsp;&nbsp;&nbsp;来源：河西区发展改革委</div>
  <div class="detail-content">
{article}
  </div>
  <div class="pagebar"><span>第1页</span> <span>共1页</span> <a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
  <div class="detail-bottom"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a> <a href="#top">[返回顶部]</a></div>
  <div class="prevnext"><p>上一篇：<a href="./t20240201_1.html">河西区2024年为民办实事项目安排</a></p><p>下一篇：<a href="./t20240220_2.html">河西区2023年预算执行情况和2024年预算草案的报告</a></p></div>
</div>
<div class="foot"><p>版权所有：天津市河西区人民政府 主办：天津市河西区人民政府办公室</p><p>网站标识码：1201030001 津ICP备05001000号-1</p></div>
</body>
</html>
"""
    write("two_p_strong", page, items[:1] + [("info", info)] + [(k, full_width(t)) for k, t in items[2:]])


if __name__ == "__main__":
    hanweb()
    trs_zoom()
    chrome_saved()
    word_gb2312()
    wechat()
    two_p_strong()
