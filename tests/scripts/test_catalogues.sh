#!/usr/bin/env bash
# The message catalogues po/<language>.po, checked with gettext's own tools
# (Debian's gettext) and then through the programs:
# - msgfmt --check --statistics: no error, nothing fuzzy, and nothing
#   untranslated but error messages (tre/trfe, whose translations may
#   follow; English is their fallback);
# - po/cxkit.pot holds every message the sources have now (xgettext, as
#   scripts/update-pot.sh extracts them), and every catalogue every message
#   of the template (msgcmp);
# - every translation has its message's {} placeholders in the same order
#   (fmt fills them by position), and each catalogue's Plural-Forms is the
#   rule lib/base/src/i18n.cpp applies for its language;
# - a program run with --lang prints the catalogue's words.
# Usage: tests/scripts/test_catalogues.sh BIN_DIR (from the repository root)
set -u
bin=${1:-build/bin}
failed=0
passed=0
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
pass() { passed=$((passed + 1)); }
for tool in msgfmt msgcmp xgettext python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (Debian: apt-get install gettext python3)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

catalogues=(po/*.po)
[ ${#catalogues[@]} -ge 5 ] && pass || fail "expected a catalogue per language of configs/, found: ${catalogues[*]}"

# The template is what the sources say now.
scripts/update-pot.sh "$work/now.pot" 2>"$work/xgettext.err" || fail "xgettext: $(cat "$work/xgettext.err")"
msgcmp --use-untranslated "$work/now.pot" po/cxkit.pot >"$work/cmp" 2>&1 &&
  msgcmp --use-untranslated po/cxkit.pot "$work/now.pot" >>"$work/cmp" 2>&1 && pass ||
  fail "po/cxkit.pot is out of date with the sources (run scripts/update-pot.sh, then msgmerge each po/*.po):
$(head -20 "$work/cmp")"

for po in "${catalogues[@]}"; do
  language=$(basename "$po" .po)
  [ -d "configs/$language" ] && pass || fail "$po: no configs/$language/ (a language is both)"
  stats=$(LC_ALL=C msgfmt --check --statistics -o "$work/$language.mo" "$po" 2>&1)
  if [ $? -ne 0 ] || grep -q fuzzy <<<"$stats"; then fail "$po: $stats"; else pass; fi
  # Every report word is translated; an error message may wait (its
  # extracted comment says "error message"; English is its fallback).
  untranslated=$(msgattrib --untranslated "$po" | msggrep -v -X -e "error message" | grep '^msgid "' | grep -v '^msgid ""$')
  [ -z "$untranslated" ] && pass || fail "$po leaves report words untranslated: $(head -5 <<<"$untranslated")"
  msggrep -X -e "error message" po/cxkit.pot | grep -q '^msgid "[^"]' && pass ||
    fail "po/cxkit.pot has no error messages (tre/trfe): are they still extracted?"
  msgcmp --use-untranslated "$po" po/cxkit.pot >"$work/cmp" 2>&1 && pass || fail "$po lacks messages of the template: $(head -5 "$work/cmp")"
done

# Placeholders and plural rules (python3 reads the .po files).
python3 - "${catalogues[@]}" <<'EOF' || failed=$((failed + 1))
import re, sys

RULES = {  # what lib/base/src/i18n.cpp's plural_form applies
    "pt-BR": "nplurals=2; plural=(n > 1);",
    "tl": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "zh-Hans": "nplurals=1; plural=0;",
    "zh-Hant": "nplurals=1; plural=0;",
}

def entries(path):
    """(msgid, msgid_plural, [msgstr...]) of a .po file."""
    out, current, field = [], None, None
    def text(line):
        return eval(line[line.index('"'):])  # a C string literal, as gettext writes it
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r'(msgid|msgid_plural|msgstr(?:\[\d+\])?) ', line)
        if m:
            if m.group(1) == "msgid":
                current = {"msgid": "", "msgid_plural": None, "msgstr": {}}
                out.append(current)
            field = m.group(1)
            value = text(line)
        else:
            value = text(line)
        if field == "msgid":
            current["msgid"] += value
        elif field == "msgid_plural":
            current["msgid_plural"] = (current["msgid_plural"] or "") + value
        else:
            index = int(field[7:-1]) if "[" in field else 0
            current["msgstr"][index] = current["msgstr"].get(index, "") + value
    return out

placeholders = lambda s: re.findall(r"\{[^{}]*\}", s.replace("{{", "").replace("}}", ""))
bad = 0
for path in sys.argv[1:]:
    language = path.split("/")[-1][:-3]
    for e in entries(path):
        if e["msgid"] == "":
            header = e["msgstr"].get(0, "")
            forms = re.search(r"Plural-Forms: *([^\n]*)", header)
            if not forms or forms.group(1).strip() != RULES.get(language):
                print(f"FAIL: {path}: Plural-Forms is {forms.group(1) if forms else None!r}, expected {RULES.get(language)!r}")
                bad += 1
            continue
        for index, translated in e["msgstr"].items():
            if translated == "":
                continue  # not translated yet (an error message: checked above), shown in English
            source = e["msgid"] if index == 0 or e["msgid_plural"] is None else e["msgid_plural"]
            allowed = [placeholders(e["msgid"])] + ([placeholders(e["msgid_plural"])] if e["msgid_plural"] else [])
            if placeholders(translated) not in allowed:
                print(f"FAIL: {path}: {e['msgid']!r} [{index}]: placeholders {placeholders(translated)} against {allowed}")
                bad += 1
            if translated.endswith("\n") != source.endswith("\n") or translated[:1].isspace() != source[:1].isspace():
                print(f"FAIL: {path}: {e['msgid']!r} [{index}]: leading space or final line break differs")
                bad += 1
sys.exit(1 if bad else 0)
EOF
[ $? -eq 0 ] && pass

# Through the programs: the phone call's heading words in each language.
english=$("$bin/cx-checklist" --lang en phone-call)
for po in "${catalogues[@]}"; do
  language=$(basename "$po" .po)
  out=$("$bin/cx-checklist" --lang "$language" phone-call)
  if grep -q "marks a critical item" <<<"$out"; then fail "cx-checklist --lang $language prints the English legend"; else pass; fi
  [ "$out" != "$english" ] && pass || fail "cx-checklist --lang $language prints English"
done

echo "test_catalogues: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
