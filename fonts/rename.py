"""Renames a subset font: OFL 1.1 section 3 forbids a Reserved Font Name on a modified (here: subset) version.
Usage: rename.py FONT.ttf "New Family" "Style"."""
import sys
from fontTools.ttLib import TTFont

path, family, style = sys.argv[1:4]
font = TTFont(path)
names = {1: family, 2: style, 3: family.replace(" ", "") + "-" + style + ";subset", 4: family + " " + style,
         6: family.replace(" ", "") + "-" + style, 16: family, 17: style}
table = font["name"]
for record in list(table.names):
    if record.nameID in names or record.nameID in (18, 21, 22):
        table.removeNames(nameID=record.nameID)
for name_id, value in names.items():
    table.setName(value, name_id, 3, 1, 0x409)
    table.setName(value, name_id, 1, 0, 0)
font.save(path)
