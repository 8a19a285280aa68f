#!/usr/bin/env bash
# Installs the Debian packages a make target needs, only those missing.
# Usage: scripts/install-deps.sh build|test|bench
# Uses apt-get as root, sudo apt-get otherwise, and prints the exact command
# when neither can be used.
set -eu
build_packages=(build-essential cmake libyaml-cpp-dev libfmt-dev libcli11-dev doctest-dev nlohmann-json3-dev libssl-dev gettext help2man dpkg-dev)
# The build needs gettext's msgfmt to compile the catalogues po/*.po, and
# help2man to write the man pages from the programs' own --help; make deb
# needs dpkg-dev's dpkg-shlibdeps.
# Tests add: validators (xmllint; ajv needs node and npm), clang for the
# fuzzers, Chromium, poppler and CJK fonts (the seeds and the built-ins include Chinese) to
# print the HTML pages to PDF, python3 for the checks scripts make; man-db
# renders the man pages, bash-completion, zsh and fish load the completions,
# dpkg-dev reads the .deb's library dependencies, python3-yaml parses the CI
# recipes and pre-commit runs its hook definitions.
test_packages=(libxml2-utils clang libclang-rt-dev chromium poppler-utils fonts-wqy-zenhei fonts-noto-cjk python3
               man-db bash-completion zsh fish dpkg-dev python3-yaml pre-commit)

packages=("${build_packages[@]}")
# The benchmark adds pandas to race, GNU time to read peak memory, openssl
# to time the SHA-256 of a file alone (a floor); and
# node and npm, which install DuckDB's node package (bench/package.json) into
# build-tools/duckdb: when they cannot be installed here, the benchmark skips
# DuckDB's column and says why.
if [ "${1:-build}" = bench ]; then
  packages+=(python3-pandas time openssl)
  if [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
  fi
fi
if [ "${1:-build}" = test ]; then
  packages+=("${test_packages[@]}")
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
else
  echo "error: cannot install packages (not root, and sudo is not available without a password)." >&2
  echo "Run this, then try again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
