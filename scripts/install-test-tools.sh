#!/usr/bin/env bash
# Installs the Debian packages FormHub's tests need, when missing: chromium (PDF export, browser tests),
# fonts-noto-cjk (Chinese text in pages and PDFs), fonts-wqy-microhei (the TrueType CJK font PDF exports name first:
# Chromium embeds it as a named CID font that pdffonts lists, where Noto CJK's CFF outlines become unnamed Type 3 fonts),
# poppler-utils (pdftotext/pdffonts), postgresql (contract tests), libreoffice-calc-nogui (an independent reader of
# filled Excel layouts: soffice --convert-to csv shows what a reader that trusts cached formula results shows),
# python3-fonttools (makes FormHub Sans CJK SC Bold, the TrueType bold CJK face of PDF titles and headers, from Noto
# Sans CJK SC Bold: scripts/make-bold-cjk-font.py, into /usr/local/share/fonts/formhub, once).
# Idempotent: does nothing when all are installed, and runs `apt-get update` only when something is missing.
# Without root or apt-get it prints what is missing and exits 0 (the tests that need it will then fail).
set -euo pipefail

packages=(chromium fonts-noto-cjk fonts-wqy-microhei poppler-utils postgresql libreoffice-calc-nogui python3-fonttools)

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
  /usr/bin/python3 -c "import fontTools" 2>/dev/null || missing+=(python3-fonttools)
fi

# The bold CJK face for PDFs, made once from the installed Noto Sans CJK Bold (about a minute).
bold_font() {
  command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -q "FormHub Sans CJK SC" && return 0
  # Debian's python (python3-fonttools is installed for it), not one earlier on PATH
  local source=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc dir=/usr/local/share/fonts/formhub python=/usr/bin/python3
  if [ ! -f "$source" ] || ! "$python" -c "import fontTools" 2>/dev/null || ! mkdir -p "$dir" 2>/dev/null; then
    echo "warning: cannot make FormHub Sans CJK SC Bold (needs fonts-noto-cjk, python3-fonttools, root); PDF bold text falls back to synthetic bold" >&2
    return 0
  fi
  echo "making the bold CJK font for PDFs (FormHub Sans CJK SC Bold)…" >&2
  "$python" "$(dirname "$0")/make-bold-cjk-font.py" "$source" "$dir/FormHubSansCJKSC-Bold.ttf" >&2
  fc-cache -f "$dir" >&2
}

if [ ${#missing[@]} -eq 0 ]; then bold_font; exit 0; fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "warning: test tools missing: ${missing[*]} (need root and apt-get to install them; tests that use them will fail)" >&2
  exit 0
fi

echo "installing test tools (apt-get): ${missing[*]}…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
bold_font
