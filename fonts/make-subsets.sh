#!/bin/sh
# Makes the certificate's subset fonts (src/main/resources/fonts/cert/) from Debian's font packages.
# Run at development time on Debian 12 with:
#   apt-get install fonts-noto-core fonts-droid-fallback fonts-nanum fonttools
# What each subset covers is described in fonts/README.md. Output is deterministic for a given package version.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/fonts/cert"
noto=/usr/share/fonts/truetype/noto
droid=/usr/share/fonts/truetype/droid
mkdir -p "$out"
# Layout tables are kept (GSUB/GPOS/GDEF) because the JDK's HarfBuzz shapes with them; hinting is dropped (PDF only).
common="--layout-features=* --no-hinting --desubroutinize --name-IDs=* --notdef-outline --recalc-bounds"
# Punctuation, digits and signs names and titles use, wanted in every script's font so runs do not break on them.
punct="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0-00BF,U+00D7,U+00F7,U+2010-2027,U+2030-205E,U+20AC,U+2122,U+25CC,U+FFFD"

# Latin (incl. Vietnamese and IPA), Greek, Cyrillic, combining marks: the certificate's own text and most names.
latin="U+0000-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1AB0-1AFF,U+1C80-1C8F,U+1D00-1DBF,U+1DC0-1DFF,U+1E00-1FFF,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2C60-2C7F,U+2DE0-2DFF,U+A640-A69F,U+A720-A7FF,U+AB30-AB6F,U+FB00-FB06,U+FE20-FE2F,$punct"
for w in Regular Bold; do
  pyftsubset "$noto/NotoSans-$w.ttf" --unicodes="$latin" $common --output-file="$out/NotoSans-$w.ttf"
done
# Names and titles print in bold only, so the other scripts need only the bold weight.
for w in Bold; do
  pyftsubset "$noto/NotoSansArabic-$w.ttf" --unicodes="U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,$punct" $common --output-file="$out/NotoSansArabic-$w.ttf"
  pyftsubset "$noto/NotoSansHebrew-$w.ttf" --unicodes="U+0590-05FF,U+FB1D-FB4F,U+200C-200F,$punct" $common --output-file="$out/NotoSansHebrew-$w.ttf"
  pyftsubset "$noto/NotoSansDevanagari-$w.ttf" --unicodes="U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+200C-200D,$punct" $common --output-file="$out/NotoSansDevanagari-$w.ttf"
  pyftsubset "$noto/NotoSansThai-$w.ttf" --unicodes="U+0E00-0E7F,U+200B-200D,$punct" $common --output-file="$out/NotoSansThai-$w.ttf"
done

# Chinese and Japanese: Droid Sans Fallback (TrueType outlines, which PDFBox embeds; Debian's Noto CJK is CFF).
# Han: the ideographs of GB 2312 (simplified), Big5 level 1 (traditional, common), JIS X 0208 (Japanese kanji) and
# KS X 1001 (Korean hanja), listed by decoding those national charsets with Python's codecs; plus all kana, Bopomofo,
# CJK punctuation and full-width forms. Droid has no Hangul: Korean comes from Nanum Gothic below.
python3 "$here/cjk-common.py" > "$out/cjk-unicodes.txt"
pyftsubset "$droid/DroidSansFallbackFull.ttf" --unicodes-file="$out/cjk-unicodes.txt" $common \
  --output-file="$out/DroidSansFallback-CJK.ttf"
rm "$out/cjk-unicodes.txt"
# Korean: Nanum Gothic Bold (OFL), every one of the 11,172 Hangul syllables, the jamo and compatibility jamo.
# "NanumGothic" is a Reserved Font Name, so the subset is renamed (OFL 1.1 condition 3): "Cert Hangul".
pyftsubset /usr/share/fonts/truetype/nanum/NanumGothicBold.ttf \
  --unicodes="U+AC00-D7A3,U+1100-11FF,U+3130-318F,U+A960-A97F,U+D7B0-D7FF,U+3000-303F,$punct" $common \
  --output-file="$out/CertHangul-Bold.ttf" 2>&1 | grep -v "^WARNING: TSI" || true
/usr/bin/python3 "$here/rename.py" "$out/CertHangul-Bold.ttf" "Cert Hangul" "Bold"
ls -l "$out"
