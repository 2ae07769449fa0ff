import json
import pathlib
import sys

from drafter.figures.extract import extract_figures
from drafter.normalize import normalize_text

D = pathlib.Path(__file__).resolve().parent
META = {
 "henan-2022-zfgzbg": ("河南省", 2022), "sichuan-2020-gongbao": ("四川省", 2020),
 "guangxi-county-2020-gongbao": ("", 2020), "changsha-2014-kaimu": ("长沙市", 2014),
 "guizhou-2022-jingji": ("贵州省", 2022), "guizhou-2021-shixian-jingji": ("贵州省", 2021),
 "kunming-2016-kaimu": ("昆明市", 2016), "kunming-2022-kaimu": ("昆明市", 2022),
 "yunnan-2025-kaimu": ("云南省", 2025), "chongqing-2013-kaimu": ("重庆市", 2013),
 "chongqing-2012-kaimu": ("重庆市", 2012), "chongqing-2009-zfgzbg-tasks": ("重庆市", 2009),
 "yongchuan-2021-zfgzbg": ("重庆市永川区", 2021), "shaanxi-2017-xianyu-jingji": ("陕西省", 2017),
 "gansu-2011-jingji": ("甘肃省", 2011), "qinghai-2006-gongbao": ("青海省", 2006),
 "hubei-2010-zfgzbg": ("湖北省", 2010), "hubei-2014-zfgzbg": ("湖北省", 2014),
}


def kind_of(stem, para):
    if stem == "chongqing-2009-zfgzbg-tasks":
        return "target"
    if stem == "kunming-2016-kaimu" and para.startswith("今后五年昆明市"):
        return "target"
    return "outcome"


out = []
for stem, (place, year) in META.items():
    paras = [normalize_text(p) for p in (D / f"{stem}.txt").read_text().splitlines() if p.strip()]
    for i, p in enumerate(paras):
        k = kind_of(stem, p)
        figs = extract_figures(p, kind=k, year=year, place=place, last=(i == len(paras) - 1))
        for f in figs:
            out.append(dict(page=stem, para=i, ind=f.indicator, value=f.value, unit=f.unit, measure=f.measure, kind=f.kind, text=f.text))
if len(sys.argv) > 1:
    pathlib.Path(sys.argv[1]).write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")
for o in out:
    print(f"{o['page'][:14]}\t{o['para']}\t{o['ind']}\t{o['value']}\t{o['unit']}\t{o['measure']}\t{o['kind']}\t{o['text']}")
