#!/usr/bin/env bash
# Extracts every message of the programs (tr, trf, trn, trnf, and the error messages' tre, trfe in lib/ and apps/)
# into po/cxkit.pot (or the file given), the template the catalogues
# po/<language>.po follow. Run it after adding or changing a message, then
# merge each catalogue and fill what is new:
#   msgmerge --update --no-fuzzy-matching po/ru.po po/cxkit.pot
# tests/scripts/test_catalogues.sh fails while the template is out of date.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/po/cxkit.pot}"
cd "$root"
find lib apps \( -name '*.cpp' -o -name '*.hpp' \) -print | LC_ALL=C sort |
  xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 \
    --keyword='tre:1,"error message"' --keyword='trfe:1,"error message"' \
    --flag=tr:1:no-c-format --flag=trf:1:no-c-format --flag=trn:1:no-c-format --flag=trn:2:no-c-format \
    --flag=trnf:1:no-c-format --flag=trnf:2:no-c-format --flag=tre:1:no-c-format --flag=trfe:1:no-c-format \
    --add-comments=TRANSLATORS: --package-name=cxkit --package-version=0.1.0 --no-location --sort-output \
    -o "$out" --files-from=-
