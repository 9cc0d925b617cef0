#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Cuts a few pages of each kind out of a FRUS volume (public-domain US government text) into a small TEI
file that stays valid for the edition's schema.

    slice.py VOLUME.xml OUT.xml FIRST-LAST [FIRST-LAST ...]

keeps the teiHeader and, of the text, the pages of each range (from the pb whose n is FIRST to the one
whose n is LAST, inclusive), inside the divisions that hold them; what lies on the other pages is left
out, so each kept page is the printed page (a division cut at a kept page starts there). Then, so that
the slice is a volume of its own:
- the first kept page after pages left out declares the gap (pb type="gap") where its folio skips;
- a pointer (@target, @ref, @corresp) to an xml:id left out is dropped, and a ref left pointing nowhere
  gives way to its words;
- the header's page range is the body's first and last kept page.
"""
import re
import sys
import xml.etree.ElementTree as ET

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ET.register_namespace("", TEI)
ET.register_namespace("frus", "http://history.state.gov/frus/ns/1.0")
ET.register_namespace("xml", "http://www.w3.org/XML/1998/namespace")
ROMAN = re.compile(r"^\[?[IVXLCDM]+\]?$", re.I)
ARABIC = re.compile(r"^\[?[0-9]+\]?$")


def kind(n):
    return "roman" if ROMAN.match(n or "") else "arabic" if ARABIC.match(n or "") else "other"


def keep_pages(text, ranges):
    pbs = list(text.iter("{%s}pb" % TEI))
    folios = [pb.get("n") for pb in pbs]
    kept = set()
    for first, last in ranges:
        start, end = folios.index(first), folios.index(last)
        kept.update(range(start, end + 1))
    return pbs, kept


def prune(text, pbs, kept):
    order = {id(e): i for i, e in enumerate(text.iter())}
    pb_orders = [order[id(pb)] for pb in pbs]

    # whether each node, by its position in document order, lies on a kept page (before the first pb: the first page's)
    wanted_at, page, next_pb = [], -1, 0
    for at in range(len(order)):
        while next_pb < len(pb_orders) and pb_orders[next_pb] <= at:
            page, next_pb = next_pb, next_pb + 1
        wanted_at.append(max(page, 0) in kept)
    kept_before = [0]
    for w in wanted_at:
        kept_before.append(kept_before[-1] + w)

    def wanted(at):
        return wanted_at[at]

    span = {}
    for e in text.iter():
        positions = [order[id(d)] for d in e.iter()]
        span[id(e)] = (min(positions), max(positions))

    def any_kept(element):
        lo, hi = span[id(element)]
        return kept_before[hi + 1] > kept_before[lo]

    def walk(element):
        lo, hi = span[id(element)]
        if element.text is not None and not wanted(lo):
            element.text = None
        for child in list(element):
            if not any_kept(child):
                element.remove(child)
                continue
            if child.tail is not None and not wanted(span[id(child)][1]):
                child.tail = None
            walk(child)

    walk(text)


def declare_gaps(pbs, kept):
    previous = None
    for i in sorted(kept):
        n = pbs[i].get("n")
        if kind(n) == "other":
            continue
        if previous is not None and previous != i - 1 and kind(pbs[previous].get("n")) == kind(n):
            pbs[i].set("type", "gap")
        previous = i


def drop_dangling(root):
    ids = {e.get(XML_ID) for e in root.iter() if e.get(XML_ID)}
    parents = {id(c): p for p in root.iter() for c in p}
    for element in list(root.iter()):
        for name in ("target", "ref", "corresp"):
            value = element.get(name)
            if value is None:
                continue
            tokens = [t for t in value.split() if not (t.startswith("#") and t[1:] not in ids)]
            if tokens:
                element.set(name, " ".join(tokens))
                continue
            del element.attrib[name]
            if element.tag == "{%s}ref" % TEI:
                unwrap(parents[id(element)], element)


def unwrap(parent, element):
    at = list(parent).index(element)
    words = (element.text or "")
    if at == 0:
        parent.text = (parent.text or "") + words
    else:
        before = parent[at - 1]
        before.tail = (before.tail or "") + words
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)
    tail = element.tail or ""
    if children:
        children[-1].tail = (children[-1].tail or "") + tail
    elif at == 0:
        parent.text += tail
    else:
        parent[at - 1].tail += tail
    parent.remove(element)


def page_range(root):
    body = root.find("{%s}text/{%s}body" % (TEI, TEI))
    folios = [pb.get("n") for pb in body.iter("{%s}pb" % TEI) if pb.get("n")]
    for scope in root.iter("{%s}biblScope" % TEI):
        if scope.get("unit") == "page" and folios:
            for name, folio in (("from", folios[0]), ("to", folios[-1])):
                if scope.get(name) is not None:
                    scope.set(name, folio.strip("[]"))


def main(volume, out, *ranges):
    tree = ET.parse(volume)
    root = tree.getroot()
    text = root.find("{%s}text" % TEI)
    pbs, kept = keep_pages(text, [r.split("-", 1) for r in ranges])
    prune(text, pbs, kept)
    declare_gaps(pbs, kept)
    drop_dangling(root)
    page_range(root)
    tree.write(out, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
