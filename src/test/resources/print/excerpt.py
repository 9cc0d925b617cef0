#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Cuts real pages out of a FRUS volume (public-domain US government text) into a small TEI file.

    excerpt.py VOLUME.xml FIRST LAST OUT.xml

keeps the teiHeader and, of the text, every page from the pb whose n is FIRST to the one whose n is
LAST (inclusive), inside the divisions that hold them; text before FIRST and from the page after LAST
on is left out, so each kept page is the printed page (a division cut at the first page starts there).
"""
import sys
import xml.etree.ElementTree as ET

TEI = "http://www.tei-c.org/ns/1.0"
ET.register_namespace("", TEI)
ET.register_namespace("frus", "http://history.state.gov/frus/ns/1.0")
ET.register_namespace("xml", "http://www.w3.org/XML/1998/namespace")


def main(volume, first, last, out):
    tree = ET.parse(volume)
    root = tree.getroot()
    text = root.find("{%s}text" % TEI)
    order = {id(e): i for i, e in enumerate(text.iter())}
    pbs = [e for e in text.iter("{%s}pb" % TEI)]
    start = next(order[id(pb)] for pb in pbs if pb.get("n") == first)
    last_at = next(i for i, pb in enumerate(pbs) if pb.get("n") == last)
    end = order[id(pbs[last_at + 1])] if last_at + 1 < len(pbs) else len(order)
    span = {}
    for e in text.iter():
        descendants = [order[id(d)] for d in e.iter()]
        span[id(e)] = (min(descendants), max(descendants))

    def prune(element):
        lo, hi = span[id(element)]
        if lo < start <= hi:
            element.text = None  # before the first kept page
        for child in list(element):
            c_lo, c_hi = span[id(child)]
            if c_hi < start or c_lo >= end:
                element.remove(child)  # with its tail: wholly before or after the kept pages
                continue
            if c_hi >= end:
                child.tail = None  # after the last kept page
            prune(child)

    prune(text)
    tree.write(out, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
