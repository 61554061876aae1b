#!/usr/bin/env python3
"""Writes FormHub Sans CJK SC Bold: Noto Sans CJK SC Bold (Debian fonts-noto-cjk, SIL OFL 1.1) cut to the characters of
Chinese forms (ASCII, Latin-1, punctuation, GB2312's hanzi and symbols, CJK and full-width forms) with its CFF outlines
turned into TrueType ones.

Why: Chromium's PDF writer embeds TrueType outlines as a named CID font but CFF outlines (all of Noto CJK) as unnamed
Type 3 fonts, so bold titles and headers came out synthetic-bold or as dozens of nameless Type 3 fonts. The renamed
family keeps the derivative apart from Noto (OFL asks derivatives not to use the original name).

usage: make-bold-cjk-font.py SOURCE.ttc OUTPUT.ttf   (needs python3-fonttools; ~1 minute)
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

FAMILY = "FormHub Sans CJK SC"


def characters():
    chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    chars |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    for hi in range(0xA1, 0xF8):  # GB2312: symbols (rows 1-9) and 6,763 hanzi (rows 16-87)
        for lo in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def sc_bold(source):
    for number in range(16):
        font = TTFont(source, fontNumber=number)
        if font["name"].getDebugName(6) == "NotoSansCJKsc-Bold":
            return font
    raise SystemExit(f"{source} has no NotoSansCJKsc-Bold face")


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font):
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 18):
            names.removeNames(nameID=record.nameID)
    for name_id, text in ((1, FAMILY), (2, "Bold"), (3, "FormHub: " + FAMILY + " Bold"), (4, FAMILY + " Bold"),
                          (6, "FormHubSansCJKSC-Bold")):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)


def main(source, output):
    font = sc_bold(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    font.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
