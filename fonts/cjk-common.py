"""Prints the code points the CJK subset keeps (one U+XXXX a line); see fonts/README.md."""
import unicodedata

cps = set()


def dbcs(codec, lead, trail):
    for a in lead:
        for b in trail:
            try:
                ch = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                cps.add(ord(ch))


rows = range(0xA1, 0xFF)
dbcs("gb2312", rows, rows)           # GB 2312: 6,763 simplified hanzi
dbcs("euc_jp", rows, rows)           # JIS X 0208: 6,355 kanji
dbcs("euc_kr", rows, rows)           # KS X 1001: 4,888 hanja, 2,350 hangul
dbcs("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))  # Big5 level 1: 5,401 common hanzi
# Keep only ideographs and the scripts below from the charsets (they also hold Latin, Greek, box drawing...).
han = {c for c in cps if 0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF or 0xF900 <= c <= 0xFAFF}
ranges = [(0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0x3100, 0x312F),
          (0xFF00, 0xFFEF), (0x0020, 0x007E), (0x00B7, 0x00B7)]
keep = set(han)
for lo, hi in ranges:
    keep.update(range(lo, hi + 1))
for c in sorted(keep):
    print("U+%04X" % c)
