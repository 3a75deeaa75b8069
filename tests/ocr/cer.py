#!/usr/bin/env python3
"""Character error rate of an OCR result against its reference text.

usage: cer.py REFERENCE HYPOTHESIS   (two UTF-8 files)
       cer.py --distance A B         (the edit distance alone, in code points)

Prints one number: the Levenshtein distance (insertions, deletions and
substitutions, each costing 1) between the two texts counted in Unicode code
points, divided by the reference's length in code points. It can exceed 1
when the OCR output is much longer than the reference.

Both sides are normalised the same way first:
- Unicode NFC, so that a precomposed letter and its decomposed spelling
  (for example Arabic alef with madda, U+0622 or U+0627 U+0653) compare equal;
- zero-width joiner and non-joiner (U+200C, U+200D) and the bidi controls
  (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and U+FEFF are
  removed: they are invisible, so no OCR engine can read them back;
- every run of white space (spaces, line ends, tabs, the form feed tesseract
  ends its output with) becomes one space, and leading and trailing white
  space is dropped: the two renderers break lines at different places.
Only the standard library is used.
"""

import sys
import unicodedata

INVISIBLE = {0x200C, 0x200D, 0x061C, 0x200E, 0x200F, 0xFEFF}
INVISIBLE.update(range(0x202A, 0x202F))
INVISIBLE.update(range(0x2066, 0x206A))


def normalize(text):
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if ord(c) not in INVISIBLE)
    return " ".join(text.split())


def levenshtein(a, b):
    """Edit distance between sequences a and b, in O(len(b)) memory."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(
                min(
                    previous[j] + 1,  # deletion
                    current[j - 1] + 1,  # insertion
                    previous[j - 1] + (ca != cb),  # substitution or match
                )
            )
        previous = current
    return previous[-1]


def cer(reference, hypothesis):
    ref = normalize(reference)
    hyp = normalize(hypothesis)
    if not ref:
        raise ValueError("the reference text is empty")
    return levenshtein(ref, hyp) / len(ref)


def self_test():
    assert levenshtein("", "") == 0
    assert levenshtein("abc", "") == 3
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("flaw", "lawn") == 2
    # ZWNJ, bidi marks and line breaks do not count; NFC does.
    assert cer("\u0645\u06cc\u200c\u062a\u0648\u0627\u0646\u06cc\u062f",
               "\u200f\u0645\u06cc\u062a\u0648\u0627\u0646\u06cc\u062f\n\f") == 0
    assert cer("a b\nc", "a  b c") == 0
    assert cer("\u0622", "\u0627\u0653") == 0
    assert abs(cer("abcd", "abxd") - 0.25) < 1e-12


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        self_test()
        print("cer.py: self-test passed")
        return 0
    distance = len(argv) == 4 and argv[1] == "--distance"
    if distance:
        argv = argv[1:]
    if len(argv) != 3:
        print(
            "usage: cer.py REFERENCE HYPOTHESIS | cer.py --distance A B | cer.py --self-test",
            file=sys.stderr,
        )
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            reference = f.read()
        with open(argv[2], encoding="utf-8") as f:
            hypothesis = f.read()
        if distance:
            print(levenshtein(normalize(reference), normalize(hypothesis)))
        else:
            print("%.4f" % cer(reference, hypothesis))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print("cer.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
