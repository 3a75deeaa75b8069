#!/bin/sh
# OCR legibility of mira-text against pango-view.
#
# For each kiosk language, the sample paragraph tests/data/samples/<lang>.txt
# is rendered twice at the same width and pixel size with the same font:
# once by the kiosk's text engine (mira-text) and once by Pango (pango-view),
# which serves as the reference renderer. Tesseract reads both images back
# and tests/ocr/cer.py computes each one's character error rate (CER)
# against the sample. The absolute CER says more about tesseract's models
# than about us; what is tested is the difference: mira-text must not read
# worse than Pango by more than TOLERANCE, and must read exactly what it
# read when its rendering was last checked (tests/ocr/expected/LANG.txt).
#
# Run from the project root: sh tests/ocr/test_ocr.sh. BUILD names the build
# folder (default build); images, OCR text and logs go to $BUILD/ocr/
# (OCR_OUT). MIRA_TEXT replaces mira-text (tests/mutation/ uses a broken
# one). UPDATE=1 records mira-text's readings in tests/ocr/expected/ anew,
# after a deliberate rendering change (look at them and the images first).
# Needs only Debian packages: pango1.0-tools, fontconfig, python3,
# tesseract-ocr and its eng ara fas urd tir ukr nor pol tur packs.
set -u

BUILD=${BUILD:-build}
MIRA_TEXT=${MIRA_TEXT:-$BUILD/mira-text}
LANGS="nb en ar fa ur ckb so ti uk pl tr"
WIDTH=900 # pixels, text column; both renderers add a 16 px margin
SIZE=36   # pixels per em
MARGIN=16 # mira-text's own margin (MARGIN in src/tools/mira_text.c)
# Tolerance, absolute CER: less than one character of the longest sample
# (148 characters: 0.0068), so one letter read worse than Pango fails. At
# the 36 px used here both renderers read every sample alike except ur,
# where mira-text reads one character better (tesseract's urd model reads
# Nastaliq poorly, CER about 0.2 for both). Tesseract is not a stable judge
# across sizes: the same text moved by a pixel or scaled by a fraction of a
# pixel gets a character or two read differently (measured at 35.5 to
# 37 px: ar and so within one character, ti within two, ur by up to 0.05,
# and the fas model sometimes skips the Persian sample's whole first line),
# so a failure after a change of size, width or font wants a look at the
# two images in $BUILD/ocr/ before it is taken for a defect.
#
# Comparing with the sample alone lets a lost letter through where
# tesseract misreads anyway: in ckb, mira-text with one letter left out
# reads that word one character worse and another word one character
# better, the same CER. So mira-text's reading must also equal the recorded one,
# character for character (after cer.py's normalisation); the recording
# belongs to tesseract 5.3.0 with Debian 12's models.
# tests/mutation/test_missing_glyph.sh proves that one missing glyph fails
# this test in every language.
TOLERANCE=0.005

fail() {
	echo "test_ocr: $*" >&2
	exit 1
}

[ -f tests/ocr/test_ocr.sh ] || fail "run me from the project root (sh tests/ocr/test_ocr.sh)"
root=$(pwd)
out=${OCR_OUT:-$BUILD/ocr}
expected=tests/ocr/expected
mkdir -p "$out" || fail "cannot create $out"

# Tools and tesseract packs: a missing one fails the test rather than skips it.
[ -x "$MIRA_TEXT" ] || fail "$MIRA_TEXT is missing: run make"
for tool in pango-view fc-list tesseract python3; do
	command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (Debian: make deps-check)"
done
python3 tests/ocr/cer.py --self-test >"$out/cer-self-test.log" 2>&1 ||
	fail "tests/ocr/cer.py --self-test failed: $(cat "$out/cer-self-test.log")"
tesseract --list-langs >"$out/tesseract-langs.txt" 2>&1 || fail "tesseract --list-langs failed"
for pack in eng ara fas urd tir ukr nor pol tur; do
	grep -qx "$pack" "$out/tesseract-langs.txt" ||
		fail "tesseract pack $pack is missing (Debian: tesseract-ocr-$pack)"
done

# pango-view sees the project's fonts and nothing else. The font cache is
# made anew each run: fontconfig would not notice a change of the scan rule
# in fonts.conf and keep the weights of a stale cache.
FONTCONFIG_FILE=$root/tests/ocr/fonts.conf
case $out in
/*) XDG_CACHE_HOME=$out/cache ;;
*) XDG_CACHE_HOME=$root/$out/cache ;;
esac
export FONTCONFIG_FILE XDG_CACHE_HOME
rm -rf "$XDG_CACHE_HOME"
fc-list : file >"$out/fc-list.txt" 2>&1 || fail "fc-list failed with tests/ocr/fonts.conf"
[ -s "$out/fc-list.txt" ] || fail "fontconfig finds no font in fonts/"
if grep -v "^$root/fonts/" "$out/fc-list.txt" >/dev/null; then
	fail "fontconfig sees fonts outside $root/fonts: $(grep -v "^$root/fonts/" "$out/fc-list.txt")"
fi
# Each family must give its Regular file, the one mira-text opens (see the
# note on Noto Nastaliq Urdu in fonts.conf).
for family in "Noto Sans" "Noto Naskh Arabic" "Noto Nastaliq Urdu" "Noto Sans Ethiopic"; do
	file=$(fc-match -f '%{file}' "$family") || fail "fc-match failed for $family"
	case $file in
	"$root"/fonts/*-Regular.ttf) ;;
	*) fail "fontconfig gives $file for \"$family\", not its Regular face in fonts/" ;;
	esac
done
# One thread: tesseract's OpenMP threads only add noise and contention.
OMP_THREAD_LIMIT=1
export OMP_THREAD_LIMIT

# Per language: Pango font list (the language's body font chain from
# src/content/language.c, first font first), tesseract pack, direction.
lang_font() {
	case $1 in
	ar | fa | ckb) echo "Noto Naskh Arabic, Noto Sans" ;;
	ur) echo "Noto Nastaliq Urdu, Noto Naskh Arabic, Noto Sans" ;;
	ti) echo "Noto Sans Ethiopic, Noto Sans" ;;
	*) echo "Noto Sans" ;;
	esac
}
# ckb reads with fas: there is no Kurdish pack, and fas knows پ ک گ ی, which
# Sorani shares with Persian and ara lacks (ara lacks 9 of the sample's
# letters, fas 5: the Sorani-only ڕ ڵ ۆ ێ ە). so reads with eng: there is
# no Somali pack and Somali uses the plain Latin alphabet.
lang_pack() {
	case $1 in
	ar) echo ara ;;
	fa | ckb) echo fas ;;
	ur) echo urd ;;
	ti) echo tir ;;
	uk) echo ukr ;;
	nb) echo nor ;;
	pl) echo pol ;;
	tr) echo tur ;;
	*) echo eng ;;
	esac
}
lang_rtl() {
	case $1 in
	ar | fa | ur | ckb) return 0 ;;
	*) return 1 ;;
	esac
}

# Reads $1.png with pack $2 into $1.txt and prints the CER against $3.
ocr_cer() {
	# A 48 px white border first (as grey $1.ocr.png): tesseract drops lines
	# that come close to the image's edge (see tests/ocr/pad_png.py).
	python3 tests/ocr/pad_png.py "$1.png" "$1.ocr.png" 48 ||
		fail "tests/ocr/pad_png.py failed on $1.png"
	# --psm 6: one uniform block of text, which a sample paragraph is.
	tesseract "$1.ocr.png" "$1" -l "$2" --psm 6 >"$1.tesseract.log" 2>&1 ||
		fail "tesseract failed on $1.ocr.png: $(tail -n 5 "$1.tesseract.log")"
	python3 tests/ocr/cer.py "$3" "$1.txt" || fail "cer.py failed on $1.txt"
}

bad=""
changed=""
printf '%-5s %-5s %10s %10s  %-7s %s\n' lang pack mira-text pango verdict reading
for lang in $LANGS; do
	sample=tests/data/samples/$lang.txt
	[ -s "$sample" ] || fail "$sample is missing"
	font=$(lang_font "$lang")
	pack=$(lang_pack "$lang")
	mira=$out/$lang.mira
	pango=$out/$lang.pango
	rm -f "$mira.png" "$pango.png" "$mira.ocr.png" "$pango.ocr.png" "$mira.txt" "$pango.txt"

	"$MIRA_TEXT" --lang "$lang" --width "$WIDTH" --size "$SIZE" \
		--fonts "$root/fonts" --out "$mira.png" "$sample" >"$mira.log" 2>&1 ||
		fail "mira-text failed for $lang: $(tail -n 5 "$mira.log")"
	[ -s "$mira.png" ] || fail "mira-text wrote no image for $lang"

	# --dpi=72 makes Pango's points pixels, so --width is in pixels too;
	# the size is given in px anyway. With --rtl the base direction is right
	# to left and Pango mirrors the default (left) alignment to the start
	# edge, the right one, as mira-text aligns lines to the start edge.
	# Like mira-text, Pango must keep fractional advances
	# (--subpixel-positions, --hint-metrics=off): by default it rounds each
	# glyph's advance to a whole pixel, which makes the Urdu line about
	# 6 px longer and breaks it before another word, so the two images would
	# no longer hold the same lines. --hinting=slight is FreeType's light
	# hinting, the FT_LOAD_TARGET_LIGHT mira-text's atlas loads glyphs with
	# (fontconfig's built-in default, with no system config, is full).
	set -- --dpi=72 --font="$font ${SIZE}px" --width="$WIDTH" --margin="$MARGIN" \
		--wrap=word --language="$lang" --subpixel-positions --hint-metrics=off \
		--hinting=slight
	if lang_rtl "$lang"; then
		set -- "$@" --rtl
	fi
	pango-view -q "$@" -o "$pango.png" "$sample" >"$pango.log" 2>&1 ||
		fail "pango-view failed for $lang: $(tail -n 5 "$pango.log")"
	[ -s "$pango.png" ] || fail "pango-view wrote no image for $lang"

	cer_mira=$(ocr_cer "$mira" "$pack" "$sample") || exit 1
	cer_pango=$(ocr_cer "$pango" "$pack" "$sample") || exit 1
	verdict=$(awk -v m="$cer_mira" -v p="$cer_pango" -v t="$TOLERANCE" 'BEGIN {
		if (m - p > t) print "WORSE";
		else if (p - m > t) print "better";
		else print "ok";
	}')
	if [ "${UPDATE:-0}" = 1 ]; then
		mkdir -p "$expected" && cp "$mira.txt" "$expected/$lang.txt" ||
			fail "cannot write $expected/$lang.txt"
	fi
	[ -f "$expected/$lang.txt" ] || fail "$expected/$lang.txt is missing (UPDATE=1 records it)"
	moved=$(python3 tests/ocr/cer.py --distance "$expected/$lang.txt" "$mira.txt") ||
		fail "cer.py failed on $mira.txt"
	reading=same
	if [ "$moved" != 0 ]; then
		reading="CHANGED ($moved characters from $expected/$lang.txt)"
		changed="$changed $lang"
	fi
	printf '%-5s %-5s %10s %10s  %-7s %s\n' "$lang" "$pack" "$cer_mira" "$cer_pango" \
		"$verdict" "$reading"
	[ "$verdict" = WORSE ] && bad="$bad $lang"
done

echo "CER: edit distance / reference length; tolerance $TOLERANCE; images and OCR text in $out/"
status=0
if [ -n "$bad" ]; then
	echo "test_ocr: mira-text reads worse than pango-view by more than $TOLERANCE for:$bad" >&2
	status=1
fi
if [ -n "$changed" ]; then
	echo "test_ocr: mira-text reads differently from $expected/ for:$changed" >&2
	status=1
fi
exit $status
