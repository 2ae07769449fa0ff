"""The package parts around report B's body when the redline is written into B's own .docx:
settings (``w:trackRevisions`` in its schema place), the comments part with its content type
and relationship, the ledger table's place, and the zip at fixed entry times.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

from lxml import etree

from drafter.draft.stablezip import FIXED_TIME
from drafter.render.redline_ledger import Comment
from drafter.render.redline_xml import LedgerPlace, Stamp, comments_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
#: settings.xml children that must come before w:trackRevisions (ECMA-376 CT_Settings order).
_BEFORE_TRACK = {
    f"{W}{t}"
    for t in (
        "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
        "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData "
        "embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
        "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
        "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles "
        "stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView"
    ).split()
}



def fragment(content: str) -> list[etree._Element]:
    """WordprocessingML elements parsed from text (the ``w`` prefix declared for them)."""
    wrapper = etree.fromstring(f'<w:root xmlns:w="{W_NS}">{content}</w:root>')
    return list(wrapper)


def renumbered(comments: list[Comment], existing: bytes | None) -> list[Comment]:
    if existing is None:
        return comments
    ids = etree.fromstring(existing).xpath("//w:comment/@w:id", namespaces={"w": W_NS})
    start = 1 + max((int(x) for x in ids if str(x).isdigit()), default=-1)
    return [Comment(c.id + start, c.line, c.side, c.start, c.end, c.text) for c in comments]


def merged_comments(existing: bytes | None, comments: Sequence[Comment], stamp: Stamp) -> bytes:
    ours = etree.fromstring(comments_xml(comments, stamp))
    if existing is None:
        return etree.tostring(ours, xml_declaration=True, encoding="UTF-8", standalone=True)
    root = etree.fromstring(existing)
    for child in list(ours):
        root.append(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def track_settings(existing: bytes | None) -> bytes:
    root = etree.fromstring(existing) if existing else etree.Element(f"{W}settings", nsmap={"w": W_NS})
    if root.find(f"{W}trackRevisions") is None:
        slot = 0
        for i, child in enumerate(root):
            if child.tag in _BEFORE_TRACK:
                slot = i + 1
        root.insert(slot, etree.Element(f"{W}trackRevisions"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def comments_content_type(existing: bytes) -> bytes:
    root = etree.fromstring(existing)
    names = {o.get("PartName") for o in root.findall(f"{{{_CT_NS}}}Override")}
    if "/word/comments.xml" not in names:
        etree.SubElement(root, f"{{{_CT_NS}}}Override", PartName="/word/comments.xml", ContentType=_COMMENTS_TYPE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def comments_relationship(existing: bytes) -> bytes:
    root = etree.fromstring(existing)
    rels = root.findall(f"{{{_REL_NS}}}Relationship")
    if not any(r.get("Type") == _COMMENTS_REL for r in rels):
        used = {r.get("Id") for r in rels}
        n = 1
        while f"rId{n}" in used:
            n += 1
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=f"rId{n}", Type=_COMMENTS_REL, Target="comments.xml")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def place_ledger(body: etree._Element, xml: str, place: LedgerPlace) -> None:
    elements = fragment(xml)
    if place == "first":
        first = next((c for c in body if c.tag in (f"{W}p", f"{W}tbl", f"{W}sdt")), None)
        for el in elements:
            if first is not None:
                first.addprevious(el)
            else:
                body.append(el)
        if first is not None and first.tag == f"{W}p":
            ppr = first.find(f"{W}pPr")
            if ppr is None:
                ppr = etree.Element(f"{W}pPr")
                first.insert(0, ppr)
            brk = etree.Element(f"{W}pageBreakBefore")
            style = ppr.find(f"{W}pStyle")
            if style is not None:
                style.addnext(brk)
            else:
                ppr.insert(0, brk)
        return
    sect = body.find(f"{W}sectPr")
    for el in [*elements, etree.Element(f"{W}p")]:
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)


def zip_parts(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            package.writestr(entry, data)
    return out.getvalue()


__all__ = [
    "comments_content_type",
    "comments_relationship",
    "fragment",
    "merged_comments",
    "place_ledger",
    "renumbered",
    "track_settings",
    "zip_parts",
]
