#!/usr/bin/env bash
# Installs the Debian packages FormHub's tests need, when missing: chromium (PDF export, browser tests),
# fonts-noto-cjk (Chinese text in pages and PDFs), fonts-wqy-microhei (the TrueType CJK font PDF exports name first:
# Chromium embeds it as a named CID font that pdffonts lists, where Noto CJK's CFF outlines become unnamed Type 3 fonts),
# poppler-utils (pdftotext/pdffonts), postgresql (contract tests), libreoffice-calc-nogui (an independent reader of
# filled Excel layouts: soffice --convert-to csv shows what a reader that trusts cached formula results shows).
# Idempotent: does nothing when all are installed, and runs `apt-get update` only when something is missing.
# Without root or apt-get it prints what is missing and exits 0 (the tests that need it will then fail).
set -euo pipefail

packages=(chromium fonts-noto-cjk fonts-wqy-microhei poppler-utils postgresql libreoffice-calc-nogui)

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
else
  # Not Debian: judge by the commands instead.
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || missing+=(chromium)
  command -v fc-list >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
  command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -q "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
  command -v pdftotext >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils)
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
  command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "warning: test tools missing: ${missing[*]} (need root and apt-get to install them; tests that use them will fail)" >&2
  exit 0
fi

echo "installing test tools (apt-get): ${missing[*]}…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
