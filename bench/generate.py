#!/usr/bin/env python3
"""Seeded generators of large survey exports for the benchmark (bench/score_bench.py).

Each layout writes the same bytes on every run (a seeded random.Random, the
header rows copied from the shipped example), at any number of rows:

  google-forms  the header row of examples/surveys/google-forms.csv (so the
                shipped mapping maps it unchanged); every cell quoted; the
                answers as the scale's labels (Never ... Always, and "Not
                applicable" now and then); a unique, increasing Timestamp in
                Google's format ("2026/10/06 9:15:32 AM GMT+1": the mapping
                takes it as the respondent id); Store (the mapping's group,
                seven stores), the role, and a comment that is mostly empty
                and otherwise holds commas, doubled quotes and line breaks.
                LF line ends. About 370 bytes a row.
  qualtrics     the 3 header rows of examples/surveys/qualtrics.csv (BOM,
                CRLF), exported with "Use numeric values": answers 1-5 and
                6 for Not applicable (bench/qualtrics-numeric.mapping.yaml
                maps 6 to n/a); Status 0, Finished 1, unique ResponseId
                (R_ and 15 letters and digits), the comment and Department
                quoted.
  limesurvey    the header of examples/surveys/limesurvey.csv (BOM, CRLF, an
                empty line at the end); answer codes A1-A6 (the shipped
                mapping's values:); every value quoted except NULL ones (the
                staff section of CLIENT rows, which they never saw); unique,
                increasing ids with gaps (unfinished responses left out).
  digits        an id column and the 24 item ids as headers, bare digits 1-5
                (the benchmark's first layout, unchanged).

Rows are drawn from a pool of 4096 respondents made once per file; each row
takes pool[row % 4096] and its own id and dates, so 1M rows take seconds.

Usage: generate.py LAYOUT ROWS PATH (writes PATH.tmp, then renames it).
"""
import datetime
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples", "surveys")
POOL = 4096  # a power of two: row & (POOL - 1)
CHUNK = 8192  # rows joined per write

# The built-in questionnaire (configs/en/questionnaire/customer-service-quotient.yaml):
# its sections in order, their item counts, and the one optional section.
SECTIONS = [
    ("commitment", 3), ("customer-alignment", 4), ("error-reduction", 3), ("using-customer-information", 3),
    ("customer-outreach", 3), ("skilled-empowered-staff", 5), ("improving-products-processes", 3),
]
OPTIONAL = "skilled-empowered-staff"
LABELS = {1: "Never", 2: "Almost never", 3: "Sometimes", 4: "Usually", 5: "Always"}
NA, MISSING = 0, -1  # answer codes besides 1..5

LAYOUTS = ("google-forms", "qualtrics", "limesurvey", "digits")


def header_records(path, n):
    """The first n CSV records of path, as bytes (a byte order mark kept):
    a record ends at a line end where the quotes so far are balanced."""
    data = open(path, "rb").read()
    out, quotes, at = 0, 0, 0
    while out < n:
        end = data.index(b"\n", at) + 1
        quotes += data.count(b'"', at, end)
        at = end
        if quotes % 2 == 0:
            out += 1
    return data[:at]


def answers(rng, skip_optional, na_optional):
    """24 answers of one respondent: a tendency, each section a little above
    or below it, each item scattered round that; n/a now and then. The
    optional section is left empty (skipped) or all n/a on request."""
    shifts = {"commitment": 0.5, "customer-alignment": 0.0, "error-reduction": -0.6,
              "using-customer-information": -0.2, "customer-outreach": 0.3, "skilled-empowered-staff": 0.1,
              "improving-products-processes": -0.3}
    tendency = rng.gauss(3.3, 0.6)
    out = []
    for section, n in SECTIONS:
        for _ in range(n):
            if section == OPTIONAL and skip_optional:
                out.append(MISSING)
            elif section == OPTIONAL and na_optional:
                out.append(NA)
            elif rng.random() < 0.03:
                out.append(NA)
            else:
                out.append(min(5, max(1, round(tendency + shifts[section] + rng.gauss(0, 0.85)))))
    return out


# Comments: most respondents leave the box empty; the rest write a sentence
# or a few, some with commas, quotes or a line break.
SENTENCES = [
    "Self-checkouts break most weekends.",
    "Customers blame the staff, not the machines.",
    "We log complaints in the red book but nobody looks at it after the weekly meeting.",
    "Delivery slots on the website don't match what the van can actually do, so customers ring us angry.",
    "Good idea doing this. Can we see the results by store?",
    "More training on the loyalty app please, people ask us and we don't know.",
    '"Whatever it takes" is fine until the rota is short.',
    "The click and collect desk needs a second person on Saturdays, the queue goes out the door.",
    'Head office says "the customer comes first", then cuts the hours.',
    "Returns without a receipt: every manager has a different rule.",
    "Stock counts are wrong, so we promise things we haven't got.",
    "Thanks for asking.",
    "The new tills are quicker, the card readers less so.",
    "We need a proper handover between shifts, not a sticky note.",
    "Nobody tells us when a promotion starts; customers know before we do.",
    'A customer called us "the friendliest shop in town" last week.',
    "Parking is the number one complaint, and we can't do anything about it.",
    "Please fix the heating in the warehouse, it's freezing in the mornings.",
    "Feedback cards go in a box, and the box goes in a cupboard.",
    "We're short of bags, labels and till roll again.",
]


def comment(rng):
    if rng.random() < 0.71:
        return ""
    sentences = rng.sample(SENTENCES, rng.choice((1, 1, 1, 2, 2, 3)))
    text = sentences[0]
    for s in sentences[1:]:
        text += ("\n" if rng.random() < 0.3 else " ") + s
    return text


def quoted(text):
    return '"' + text.replace('"', '""') + '"'


def day_names(start, days, fmt):
    return [(start + datetime.timedelta(days=d)).strftime(fmt) for d in range(days)]


def write_rows(f, rows, row):
    """f.write(row(r)) for each r, CHUNK rows at a time."""
    for first in range(0, rows, CHUNK):
        f.write("".join([row(r) for r in range(first, min(rows, first + CHUNK))]))


def google_forms(f, rows, rng):
    f.write(header_records(os.path.join(EXAMPLES, "google-forms.csv"), 1).decode("utf-8"))
    stores = ["Leamington Spa", "Rugby", "Kenilworth", "Warwick", "Stratford-upon-Avon", "Banbury", "Nuneaton"]
    roles = ["Shop floor and tills"] * 5 + ["Warehouse and deliveries"] * 3 + ["Supervisor"] * 2 + ["Store manager"]
    # 1 or 2 seconds between responses: 1M rows span 6 to 23 October (BST, "GMT+1").
    steps = [rng.choice((1, 2)) for _ in range(POOL)]
    pool = []
    for _ in range(POOL):
        a = answers(rng, skip_optional=rng.random() < 0.04, na_optional=rng.random() < 0.01)
        cells = [LABELS[v] if v > 0 else ("Not applicable" if v == NA else "") for v in a]
        pool.append('","'.join([rng.choice(stores), rng.choice(roles)] + cells) + '",' + quoted(comment(rng)) + "\n")
    days = day_names(datetime.date(2026, 10, 6), rows * 2 // 86400 + 2, "%Y/%m/%d ")
    clock = ["%d:%02d:%02d %s GMT+1" % ((s // 3600) % 12 or 12, s // 60 % 60, s % 60, "AM" if s < 43200 else "PM")
             for s in range(86400)]
    state = {"t": 7 * 3600}  # 7:00 AM on the first day

    def row(r):
        t = state["t"] = state["t"] + steps[r & (POOL - 1)]
        return '"' + days[t // 86400] + clock[t % 86400] + '","' + pool[r & (POOL - 1)]
    write_rows(f, rows, row)


def qualtrics(f, rows, rng):
    f.write(header_records(os.path.join(EXAMPLES, "qualtrics.csv"), 3).decode("utf-8"))
    departments = ["Front Office", "Housekeeping", "Food & Beverage", "Management", "Maintenance", "Spa & Leisure",
                   "Events & Sales"]
    steps = [rng.choice((1, 2)) for _ in range(POOL)]
    durations = [int(rng.uniform(140, 900)) for _ in range(POOL)]
    pool = []
    for _ in range(POOL):
        a = answers(rng, skip_optional=rng.random() < 0.05, na_optional=rng.random() < 0.01)
        cells = [str(v) if v > 0 else ("6" if v == NA else "") for v in a]
        pool.append(",".join(cells) + "," + quoted(comment(rng).replace("\n", "\r\n")) + "," +
                    quoted(rng.choice(departments)) + "\r\n")
    days = day_names(datetime.date(2026, 11, 2), (rows * 2 + 2000) // 86400 + 2, "%Y-%m-%d ")
    clock = ["%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60) for s in range(86400)]
    # ResponseId: R_ and 15 of [0-9A-Za-z], a different one every row (row
    # * A + B modulo 62^15, A odd and not a multiple of 31: a permutation).
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    three = [a + b + c for a in digits for b in digits for c in digits]
    modulus = 62 ** 15
    step = modulus * 6180339887 // 10 ** 10 | 1  # the golden ratio: every digit moves
    assert step % 31 != 0
    state = {"t": 8 * 3600, "x": rng.randrange(modulus)}

    def stamp(t):
        return days[t // 86400] + clock[t % 86400]

    def row(r):
        i = r & (POOL - 1)
        t = state["t"] = state["t"] + steps[i]
        x = state["x"] = (state["x"] + step) % modulus
        rid = ""
        for _ in range(5):
            x, d = divmod(x, 238328)
            rid += three[d]
        end = t + durations[i]
        return (stamp(t) + "," + stamp(end) + ",0,,100," + str(durations[i]) + ",1," + stamp(end + 1) + ",R_" +
                rid + ",,,,,,,anonymous,EN-GB," + pool[i])
    write_rows(f, rows, row)


def limesurvey(f, rows, rng):
    f.write(header_records(os.path.join(EXAMPLES, "limesurvey.csv"), 1).decode("utf-8"))
    steps = [rng.choice((1, 1, 1, 2, 3)) for _ in range(POOL)]  # gaps: unfinished responses
    seconds = [rng.choice((1, 2, 3)) for _ in range(POOL)]
    durations = [int(rng.uniform(200, 700)) for _ in range(POOL)]
    pool = []
    for _ in range(POOL):
        client = rng.random() < 0.4  # clients never see the staff section (relevance ROLE == "STAFF")
        a = answers(rng, skip_optional=client, na_optional=not client and rng.random() < 0.01)
        cells = ['"A%d"' % v if v > 0 else ('"A6"' if v == NA else "") for v in a]
        # (lastpage, startlanguage and seed; ROLE, the answers and the comment)
        pool.append(('"9","en","%d",' % rng.randrange(10 ** 8, 2 ** 31),
                     '"' + ("CLIENT" if client else "STAFF") + '",' + ",".join(cells) + "," +
                     quoted(comment(rng).replace("\n", "\r\n")) + "\r\n"))
    days = day_names(datetime.date(2026, 10, 19), rows * 3 // 86400 + 2, "%Y-%m-%d ")
    clock = ["%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60) for s in range(86400)]
    state = {"id": 2, "t": 8 * 3600}

    def row(r):
        i = r & (POOL - 1)
        rid = state["id"] = state["id"] + steps[i]
        t = state["t"] = state["t"] + seconds[i]
        submit = '"' + days[t // 86400] + clock[t % 86400] + '"'
        start = max(0, t - durations[i])
        before, after = pool[i]
        return ('"%d",' % rid + submit + "," + before + '"' + days[start // 86400] + clock[start % 86400] + '",' +
                submit + "," + after)
    write_rows(f, rows, row)
    f.write("\r\n")


def item_ids():
    text = open(os.path.join(ROOT, "configs", "en", "questionnaire", "customer-service-quotient.yaml")).read()
    ids = re.findall(r"- id: ((?:cm|ca|er|ui|co|ss|ip)-[a-z-]+)", text)
    assert len(ids) == sum(n for _, n in SECTIONS), ids
    return ids


def digits(f, rows):
    """The benchmark's first layout, byte for byte: an id, 24 bare digits."""
    rng = random.Random(rows)
    ids = item_ids()
    pool = [",".join(str(rng.choice("12334455")) for _ in ids) for _ in range(4096)]
    f.write("id," + ",".join(ids) + "\n")
    for r in range(rows):
        f.write("r%07d,%s\n" % (r, pool[r & 4095]))


def generate(layout, rows, path):
    """Writes the export to path (through path.tmp) unless it exists."""
    if os.path.exists(path):
        return False
    tmp = path + ".tmp"
    # newline="" writes the line ends as given (LF or CRLF).
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        if layout == "digits":
            digits(f, rows)
        else:
            {"google-forms": google_forms, "qualtrics": qualtrics, "limesurvey": limesurvey}[layout](
                f, rows, random.Random("%s:%d" % (layout, rows)))
    os.replace(tmp, path)
    return True


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in LAYOUTS:
        sys.exit("usage: generate.py %s ROWS PATH" % "|".join(LAYOUTS))
    generate(sys.argv[1], int(sys.argv[2]), sys.argv[3])
