#!/bin/sh
# Writes the golden images anew (make golden). Look at every one before
# committing: they are the reference for correct text.
. tests/golden/common.sh
for lang in $LANGS; do
	render_sample "$lang" "tests/golden/$lang.png" || exit 1
	echo "tests/golden/$lang.png"
done
