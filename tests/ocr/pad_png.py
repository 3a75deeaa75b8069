#!/usr/bin/env python3
"""Writes a copy of a PNG as 8-bit grey with a white border, for tesseract.

usage: pad_png.py IN.png OUT.png [BORDER [SCALE]]
  BORDER: white pixels added on every side, default 48
  SCALE: whole-number enlargement (nearest neighbour) before the border,
         default 1; for experiments, the OCR test does not scale

Tesseract's page layout analysis can drop a whole text line, and does so
more often when the line comes close to the image's edge: with the
renderers' 16 px margin it lost the first line of the Persian sample drawn
by mira-text at 36.5 and 37 px, which a 48 px border brings back (it does not
cure every such drop: Pango's image at 37 px loses the line either way).
Both renderers' images get the same treatment.

Reads 8-bit non-interlaced greyscale, grey+alpha, RGB or RGBA PNGs (what
mira-text and pango-view write); alpha is composed over white. Only the
standard library is used.
"""

import struct
import sys
import zlib

CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s: not a PNG file" % path)
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("%s: no IHDR chunk" % path)
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in CHANNELS or interlace != 0:
        raise ValueError(
            "%s: only 8-bit non-interlaced grey, RGB and RGBA PNGs are read "
            "(depth %d, colour type %d, interlace %d)" % (path, depth, color, interlace)
        )
    raw = zlib.decompress(b"".join(idat))
    bpp = CHANNELS[color]
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif kind != 0:
            raise ValueError("%s: bad filter type %d" % (path, kind))
        rows.append(line)
        prev = line
    return width, height, color, rows


def to_grey(color, row):
    bpp = CHANNELS[color]
    out = bytearray(len(row) // bpp)
    for x in range(len(out)):
        px = row[x * bpp : (x + 1) * bpp]
        if color in (0, 4):
            v = px[0]
        else:
            v = (299 * px[0] + 587 * px[1] + 114 * px[2]) // 1000
        if color in (4, 6):  # compose over white
            alpha = px[-1]
            v = (v * alpha + 255 * (255 - alpha)) // 255
        out[x] = v
    return out


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main(argv):
    if len(argv) not in (3, 4, 5):
        print("usage: pad_png.py IN.png OUT.png [BORDER [SCALE]]", file=sys.stderr)
        return 2
    try:
        border = int(argv[3]) if len(argv) == 4 else 48
        scale = int(argv[4]) if len(argv) == 5 else 1
        if border < 0 or scale < 1:
            raise ValueError("the border must be 0 or more pixels, the scale 1 or more")
        width, height, color, rows = read_png(argv[1])
        grey = []
        for r in rows:
            g = to_grey(color, r)
            if scale > 1:
                g = bytearray(v for v in g for _ in range(scale))
            grey += [g] * scale
        width, height = width * scale, height * scale
        white = bytearray(b"\xff" * (width + 2 * border))
        side = b"\xff" * border
        out = [white] * border + [side + g + side for g in grey] + [white] * border
        write_png(argv[2], width + 2 * border, height + 2 * border, out)
    except (OSError, ValueError, zlib.error, struct.error) as e:
        print("pad_png.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
