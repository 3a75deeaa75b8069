#!/bin/sh
# Writes the golden images anew (make golden). Look at every one before
# committing: they are the reference for correct text.
. tests/golden/common.sh
for lang in $LANGS; do
	render_sample "$lang" "tests/golden/$lang.png" || exit 1
	echo "tests/golden/$lang.png"
done
# What tesseract reads from the new rendering is recorded too (test_ocr).
echo "now record the OCR readings: UPDATE=1 BUILD=$BUILD sh tests/ocr/test_ocr.sh"
