"""`drafter list` reads each region's metadata index (``.drafter-index``), never a stale one.

The index is written by the same ``commit`` as each report and every entry records the size,
inode and modification time of the JSON and the kept source it was read from. Whatever
happens to the files — a hand edit, deletion or copy, an index lost or damaged, an ingest
killed at any moment — ``list`` prints what reading every report prints.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BUNDLED, SEED_2023, snapshot
from test_half_year import ANNUAL_2015, HALF_2016, PLAN_2015
from test_robust_kill import _calls, _killed_at

from drafter.archive import INDEX_NAME, Archive, Entry, _entry_of, sha256
from drafter.errors import ArchiveError

REGION = "天津市河北区"


def _truth(root: Path) -> list[tuple[str, list[Entry]]] | str:
    """What the archive lists when every report is read (the error message if one cannot be)."""
    store = Archive(root)
    try:
        return [(r, [_entry_of(store.load(y, r, p)) for y, p in store.keys(r)]) for r in store.regions()]
    except ArchiveError as exc:
        return exc.message


def _listed(root: Path) -> list[tuple[str, list[Entry]]] | str:
    store = Archive(root)
    try:
        return [(r, list(store.entries(r))) for r in store.regions()]
    except ArchiveError as exc:
        return exc.message


def _no_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a report was read although its index entry is current")

    monkeypatch.setattr(Archive, "load", refuse)


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled archive, as a drafter before the index left it (no index)."""
    root = tmp_path / "archive"
    shutil.copytree(BUNDLED, root)
    (root / REGION / INDEX_NAME).unlink(missing_ok=True)
    return root


def _index(root: Path, region: str = REGION) -> dict:
    return json.loads((root / region / INDEX_NAME).read_text(encoding="utf-8"))


def test_an_old_archive_lists_the_same_and_gets_its_index(run, bundled: Path, monkeypatch) -> None:
    truth = _truth(bundled)
    before = run("list", "--archive", bundled)
    assert before.exit_code == 0 and before.stderr == ""
    assert sorted(_index(bundled)["reports"]) == ["2023.json", "2024.json"]
    assert run("list", "--archive", bundled).stdout == before.stdout
    _no_loads(monkeypatch)
    assert _listed(bundled) == truth
    assert run("list", "--archive", bundled).stdout == before.stdout


def test_ingest_writes_the_index_with_the_report(run, archive: Path, monkeypatch) -> None:
    assert run("ingest", SEED_2023, "--archive", archive).exit_code == 0
    truth = _truth(archive)
    _no_loads(monkeypatch)
    assert _listed(archive) == truth


@pytest.mark.parametrize("damage", [b"", b"{", b"\xff\xfe", b"[]", b'{"format": 1, "schema": 3, "reports": []}',
                                    b'{"format": 1, "schema": 3, "reports": {"2023.json": 7, "2024.json": {}}}',
                                    b'{"format": 99, "schema": 3, "reports": {}}'],
                         ids=["empty", "cut", "not-utf8", "list", "reports-list", "bad-records", "other-format"])
def test_a_damaged_or_missing_index_is_rebuilt_silently(run, bundled: Path, damage: bytes) -> None:
    expected = run("list", "--archive", bundled)
    index = bundled / REGION / INDEX_NAME
    good = _index(bundled)
    index.write_bytes(damage)
    again = run("list", "--archive", bundled)
    assert (again.exit_code, again.stdout, again.stderr) == (0, expected.stdout, "")
    assert _index(bundled)["reports"].keys() == good["reports"].keys()
    index.unlink()
    assert run("list", "--archive", bundled).stdout == expected.stdout and index.is_file()


def test_a_record_lying_about_its_report_is_not_believed(bundled: Path) -> None:
    """A record is believed only for the file, region and stamps it names."""
    truth = _truth(bundled)
    _listed(bundled)
    index = bundled / REGION / INDEX_NAME
    data = _index(bundled)
    data["reports"]["2023.json"]["title"] = "别的标题"
    data["reports"]["2023.json"]["json"][0] += 1  # a stamp of another file
    data["reports"]["2024.json"]["region"] = "别的地区"
    index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _listed(bundled) == truth


def test_a_hand_edited_report_is_listed_as_edited(bundled: Path) -> None:
    _listed(bundled)
    path = bundled / REGION / "2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"]["title"] = "手工改过的标题"
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    listed = _listed(bundled)
    assert listed == _truth(bundled) and listed[0][1][0].title == "手工改过的标题"


def test_a_hand_edited_source_fails_as_without_the_index(bundled: Path) -> None:
    _listed(bundled)
    source = bundled / REGION / "2024.source.txt"
    source.write_bytes(source.read_bytes() + b"\n")
    listed = _listed(bundled)
    assert listed == _truth(bundled) and "校验值不符" in listed


def test_hand_deleted_reports_are_gone_from_the_list(bundled: Path) -> None:
    _listed(bundled)
    for name in ("2024.json", "2024.source.txt"):
        (bundled / REGION / name).unlink()
    listed = _listed(bundled)
    assert listed == _truth(bundled) and [e.year for e in listed[0][1]] == [2023]
    assert sorted(_index(bundled)["reports"]) == ["2023.json"]
    for name in ("2023.json", "2023.source.txt"):
        (bundled / REGION / name).unlink()
    assert _listed(bundled) == _truth(bundled) == []


def test_a_hand_copied_report_is_read_again(bundled: Path, tmp_path: Path) -> None:
    """A copy keeping size and modification time (``cp -p`` to a new file) is a new inode."""
    _listed(bundled)
    other = tmp_path / "other"
    shutil.copytree(bundled, other)
    data = json.loads((other / REGION / "2024.json").read_text(encoding="utf-8"))
    title = data["meta"]["title"]
    data["meta"]["title"] = title.replace("河北区", "河东区")  # same length in UTF-8
    edited = other / REGION / "2024.json"
    stat = edited.stat()
    edited.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert edited.stat().st_size == stat.st_size
    target = bundled / REGION / "2024.json"
    target.unlink()
    shutil.copy2(edited, target)
    listed = _listed(bundled)
    assert listed == _truth(bundled) and "河东区" in listed[0][1][1].title


def test_a_region_folder_copied_under_another_name_fails_as_without_the_index(bundled: Path) -> None:
    _listed(bundled)
    os.rename(bundled / REGION, bundled / "天津市河东区")  # a rename keeps every file's stamp
    listed = _listed(bundled)
    assert listed == _truth(bundled) and "与文件位置不符" in listed


def test_half_year_reports_are_listed_from_the_index(run, archive: Path, tmp_path: Path, monkeypatch) -> None:
    for name, text in (("plan2015", PLAN_2015), ("half2016", HALF_2016)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        assert run("ingest", path, "--archive", archive).exit_code == 0
    expected = run("list", "--archive", archive).stdout
    assert "2016年上半年" in expected
    (next(archive.iterdir()) / INDEX_NAME).unlink()
    assert run("list", "--archive", archive).stdout == expected
    truth = _truth(archive)
    _no_loads(monkeypatch)
    assert _listed(archive) == truth and run("list", "--archive", archive).stdout == expected


def test_a_report_an_older_drafter_filed_at_its_years_place(run, archive: Path, tmp_path: Path) -> None:
    """A half-year report stored as ``2016.json`` by a drafter before schema 3 lists with its
    period; ingesting the year's report moves it, and the list follows."""
    half = tmp_path / "half.txt"
    half.write_text(HALF_2016, encoding="utf-8")
    assert run("ingest", half, "--archive", archive).exit_code == 0
    folder = next(archive.iterdir())
    own = folder / "2016年上半年.json"
    data = json.loads(own.read_text(encoding="utf-8"))
    data["schema"] = 2
    data["meta"].pop("period", None)
    source = folder / data["source"]["file"]
    data["source"]["file"] = "2016" + data["source"]["file"][len("2016年上半年"):]
    source.rename(folder / data["source"]["file"])
    (folder / "2016.json").write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                                      encoding="utf-8")
    own.unlink()
    (folder / INDEX_NAME).unlink()
    truth = _truth(archive)
    assert _listed(archive) == truth and truth[0][1][0].period == "上半年"
    annual = tmp_path / "annual.txt"
    annual.write_text(ANNUAL_2015.replace("2015", "2016").replace("2016年国民经济和社会发展计划草案", "2017年国民经济和社会发展计划草案")
                      .replace("慈溪市", "溪口市"), encoding="utf-8")
    assert run("ingest", annual, "--archive", archive, "--region", folder.name).exit_code == 0
    assert _listed(archive) == _truth(archive)
    assert [(e.year, e.period) for e in _truth(archive)[0][1]] == [(2016, "上半年"), (2016, "")]


@pytest.fixture(scope="module")
def parsed_2023():
    return Archive(BUNDLED).load(2023)


def test_ingest_killed_at_every_step_leaves_a_consistent_list(bundled: Path, parsed_2023) -> None:
    """Killed before any of its file-system calls, an ingest leaves an archive whose list is the
    old one, the new one, or the error reading every report gives; the index never lies."""
    source = SEED_2023.read_bytes() + b"\n"
    report = replace(parsed_2023, source=replace(parsed_2023.source, sha256=sha256(source)),
                     meta=replace(parsed_2023.meta, title=parsed_2023.meta.title + "（修订）"))
    original = snapshot(bundled)

    def restore() -> None:
        for name, data in original.items():
            (bundled / name).write_bytes(data)
        assert _listed(bundled) == old  # the index is current again, for the old entry

    def store() -> object:
        return Archive(bundled).store(report, source, ".txt", force=True)

    known: dict[tuple[tuple[str, bytes], ...], object] = {}

    def truth() -> object:
        """``_truth`` of the archive as its files now are (a pure function of their names and
        bytes, the index apart, which the loop returns to again and again): each state read once."""
        state = tuple(snapshot(bundled).items())
        if state not in known:
            known[state] = _truth(bundled)
        return known[state]

    old = truth()
    steps = _calls(store)
    assert steps >= 10
    restore()
    seen = set()
    for n in range(steps):
        _killed_at(n, store)
        listed = _listed(bundled)
        assert listed == truth(), n
        seen.add("old" if listed == old else "error" if isinstance(listed, str) else "new")
        store()
        assert _listed(bundled) == truth() != old
        restore()
    assert seen == {"old", "error", "new"}, seen


def test_an_archive_that_cannot_be_written_still_lists(run, bundled: Path, monkeypatch) -> None:
    import drafter.archive

    expected = _truth(bundled)

    def refuse(files: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(drafter.archive, "commit", refuse)
    assert _listed(bundled) == expected and _listed(bundled) == expected
    assert not (bundled / REGION / INDEX_NAME).exists()


def test_no_output_is_written_over_an_index(bundled: Path) -> None:
    from drafter.atomic import write_output
    from drafter.errors import InputError

    _listed(bundled)
    index = bundled / REGION / INDEX_NAME
    kept = index.read_bytes()
    with pytest.raises(InputError):
        write_output(index, b"draft", force=True)
    assert index.read_bytes() == kept
