#!/bin/sh
# Renders each language's sample with mira-text and compares it with the
# golden image, with graded tolerance (tests/tools/png_compare.c). After a
# deliberate rendering change: `make golden`, look at the new images, commit.
# Images go to $BUILD/golden (GOLDEN_OUT).
. tests/golden/common.sh
out=${GOLDEN_OUT:-$BUILD/golden}
mkdir -p "$out"
status=0
for lang in $LANGS; do
	if [ ! -f "tests/golden/$lang.png" ]; then
		echo "$lang: no golden image tests/golden/$lang.png (run make golden)"
		status=1
		continue
	fi
	if ! render_sample "$lang" "$out/$lang.png"; then
		echo "$lang: mira-text failed"
		status=1
		continue
	fi
	"$BUILD/test-tools/png_compare" "tests/golden/$lang.png" "$out/$lang.png" \
		"$out/$lang-diff.png" || status=1
done
exit $status
