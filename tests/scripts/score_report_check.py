#!/usr/bin/env python3
"""Checks for test_score_report.sh, with the standard library only.

sections HTML PAGE.txt...: every <section> of the HTML has its first and its
  last text on one page (pdftotext's text of each page, in page order);
  prints how many sections were checked, or what is split.
pixels REFERENCE.pgm.gz ACTUAL.pgm: the two grey images (binary PGM, the
  reference gzipped) have the same size and at most LIMIT_SHARE of their
  pixels differ by more than LEVELS; prints the numbers.
"""
import gzip
import html
import re
import sys
import unicodedata

LEVELS = 48          # of 255: anti-aliasing and hinting stay below
LIMIT_SHARE = 0.01   # 1 % of the pixels: a moved block of text is far more
KEY = 40             # characters of a text to look for


def squeezed(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def section_texts(document):
    """(first text, last text) of each <section>, unescaped."""
    out = []
    for body in re.findall(r"<section\b[^>]*>(.*?)</section>", document, re.S):
        texts = [squeezed(html.unescape(t)) for t in re.split(r"<[^>]*>", body)]
        texts = [t for t in texts if t]
        if texts:
            out.append((texts[0][:KEY], texts[-1][-KEY:]))
    return out


def sections(html_file, page_files):
    page_files = sorted(page_files, key=lambda p: int(re.findall(r"\d+", p)[-1]))  # page-10 after page-9
    pages = [squeezed(open(p, encoding="utf-8").read()) for p in page_files]
    problems = []
    units = section_texts(open(html_file, encoding="utf-8").read())
    for first, last in units:
        where = [n for n, page in enumerate(pages, 1) if first in page]
        if not where:
            problems.append(f"'{first}' is on no page")
        elif last not in pages[where[0] - 1]:
            problems.append(f"the section of '{first}' (page {where[0]}) ends on another page: '{last}'")
    if not units:
        problems.append("no section found")
    print("; ".join(problems) if problems else f"{len(units)} sections, none split")
    return not problems


def read_pgm(data):
    """Width, height and the grey bytes of a binary PGM (P5, maxval 255)."""
    fields, at = [], 0
    while len(fields) < 4:
        while data[at:at + 1].isspace():
            at += 1
        if data[at:at + 1] == b"#":
            at = data.index(b"\n", at) + 1
            continue
        end = at
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    if fields[0] != b"P5" or fields[3] != b"255":
        raise ValueError("not a binary 8-bit PGM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[at + 1:at + 1 + width * height]


def pixels(reference_file, actual_file):
    with gzip.open(reference_file, "rb") as f:
        rw, rh, reference = read_pgm(f.read())
    with open(actual_file, "rb") as f:
        aw, ah, actual = read_pgm(f.read())
    if (rw, rh) != (aw, ah):
        print(f"the page is {aw}x{ah} pixels, its reference {rw}x{rh}")
        return False
    differ = sum(1 for a, b in zip(reference, actual) if abs(a - b) > LEVELS)
    share = differ / (rw * rh)
    print(f"{differ} of {rw * rh} pixels ({share:.3%}) differ by more than {LEVELS} levels; "
          f"at most {LIMIT_SHARE:.0%} may")
    return share <= LIMIT_SHARE


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "sections":
        sys.exit(0 if sections(sys.argv[2], sys.argv[3:]) else 1)
    if len(sys.argv) == 4 and sys.argv[1] == "pixels":
        sys.exit(0 if pixels(sys.argv[2], sys.argv[3]) else 1)
    sys.exit(__doc__)
