#!/bin/sh
# One missing glyph must fail the golden-image test and the OCR test in
# every language. $BUILD/test-tools/mira_text_drop (tests/tools/
# mira_text_drop.c) is mira-text with one glyph of the paragraph left out:
# the first letter with ink at or after the middle glyph. Both tests run on
# it and must fail for each of the 11 languages; with nothing left out
# (MIRA_DROP=none) its images equal mira-text's byte for byte and both
# tests pass. Logs and images in $BUILD/mutation/.
set -u
BUILD=${BUILD:-build}
LANGS="nb en ar fa ur ckb so ti uk pl tr"
drop=$BUILD/test-tools/mira_text_drop
out=$BUILD/mutation
status=0

fail() {
	echo "test_missing_glyph: $*"
	status=1
}

[ -x "$drop" ] || {
	echo "test_missing_glyph: $drop is missing: make $drop"
	exit 1
}
[ -x "$BUILD/mira-text" ] || {
	echo "test_missing_glyph: $BUILD/mira-text is missing: run make"
	exit 1
}
# The tool looks for fonts/ next to itself, which a deeper build folder hides.
MIRA_DATA_DIR=$(pwd)
export BUILD MIRA_DATA_DIR
rm -rf "$out"
mkdir -p "$out"

# Nothing left out: the same images as mira-text, and both tests pass.
for lang in $LANGS; do
	"$BUILD/mira-text" --lang "$lang" --width 800 --size 32 --out "$out/$lang.png" \
		"tests/data/samples/$lang.txt" || fail "mira-text failed for $lang"
	MIRA_DROP=none "$drop" --lang "$lang" --width 800 --size 32 --out "$out/$lang.none.png" \
		"tests/data/samples/$lang.txt" || fail "$drop failed for $lang"
	cmp -s "$out/$lang.png" "$out/$lang.none.png" ||
		fail "$lang: $drop with nothing left out draws otherwise than mira-text"
done
MIRA_DROP=none MIRA_TEXT=$drop GOLDEN_OUT=$out/golden-none \
	sh tests/golden/test_golden.sh >"$out/golden-none.log" 2>&1 ||
	fail "the golden test fails with nothing left out (see $out/golden-none.log)"
MIRA_DROP=none MIRA_TEXT=$drop OCR_OUT=$out/ocr-none \
	sh tests/ocr/test_ocr.sh >"$out/ocr-none.log" 2>&1 ||
	fail "the OCR test fails with nothing left out (see $out/ocr-none.log)"

# One glyph left out: each test fails, for every language.
MIRA_DROP=middle MIRA_TEXT=$drop GOLDEN_OUT=$out/golden \
	sh tests/golden/test_golden.sh >"$out/golden.log" 2>&1 &&
	fail "the golden test passes with a glyph missing"
MIRA_DROP=middle MIRA_TEXT=$drop OCR_OUT=$out/ocr \
	sh tests/ocr/test_ocr.sh >"$out/ocr.log" 2>&1 &&
	fail "the OCR test passes with a glyph missing"
echo "golden images, one glyph missing:"
cat "$out/golden.log"
echo "OCR, one glyph missing:"
cat "$out/ocr.log"
for lang in $LANGS; do
	grep -q "/$lang\.png: .*: DIFFERENT\$" "$out/golden.log" ||
		fail "$lang: the golden test lets a missing glyph through"
	awk -v l="$lang" '$1 == l && ($5 == "WORSE" || $6 == "CHANGED") { found = 1 }
		END { exit !found }' "$out/ocr.log" ||
		fail "$lang: the OCR test lets a missing glyph through"
done
[ $status = 0 ] && echo "test_missing_glyph: one missing glyph fails both tests in all 11 languages"
exit $status
