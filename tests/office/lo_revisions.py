"""Accept or reject every tracked change of .docx files in LibreOffice, and save the text.

Run with the system Python that has LibreOffice's UNO bridge (Debian's python3-uno):

    /usr/bin/python3 tests/office/lo_revisions.py OUT_DIR a.docx b.docx …

One headless soffice serves every file. For each ``NAME.docx`` it writes ``NAME.accept.txt``
and ``NAME.reject.txt`` (UTF-8, one paragraph a line), and ``NAME.status`` holding ``ok`` or
why the file did not open. A file LibreOffice can only open by repairing it fails to load
here (``RepairPackage`` is off).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe: str, profile: str) -> tuple[subprocess.Popen, object]:
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return proc, ctx
        except Exception:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("soffice did not start")


def one(desktop: object, dispatcher: object, path: Path, out: Path) -> None:
    url = uno.systemPathToFileUrl(str(path.resolve()))
    for mode, command in (("accept", ".uno:AcceptAllTrackedChanges"), ("reject", ".uno:RejectAllTrackedChanges")):
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("RepairPackage", False)))
        if doc is None:
            raise RuntimeError("LibreOffice could not open it")
        try:
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, "", 0, ())
            target = uno.systemPathToFileUrl(str((out / f"{path.stem}.{mode}.txt").resolve()))
            doc.storeToURL(target, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
        finally:
            doc.close(True)


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        proc, ctx = connect(f"drafter{os.getpid()}", profile)
        try:
            smgr = ctx.ServiceManager
            desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            for name in sys.argv[2:]:
                path = Path(name)
                try:
                    one(desktop, dispatcher, path, out)
                    status = "ok"
                except Exception as exc:  # reported per file; the others still run
                    status = f"{type(exc).__name__}: {exc}"
                (out / f"{path.stem}.status").write_text(status, encoding="utf-8")
            try:
                desktop.terminate()
            except Exception:
                pass
        finally:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
