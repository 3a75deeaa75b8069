#!/bin/sh
# Phone numbers on contact cards keep their digit order in every
# right-to-left language (ar, fa, ur, ckb): a card's number is isolated
# whole (isolate_whole), or the bidi algorithm would show '116 117' as
# '117 116' and '+47 23 48 72 00' as '00 72 48 23 47+'. The kiosk renders
# the GP guide headless, scrolled to its end (and half a view above it), where the cards are (the
# legevakt's two numbers and Helsenorge's, from assets/contacts.txt; no
# paragraph of that guide has them); tesseract reads the screen back, left
# to right, and must find each number as written and never reversed.
. tests/e2e/lib.sh
E2E_DIR="$BUILD/e2e-cards"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"

# Number as written | the same reversed by bidi | tesseract's pattern for it
# (a wide gap may be read without its space).
cat >"$E2E_DIR/numbers" <<'EOF'
116 117|117 116|116 ?117
+47 23 48 72 00|00 72 48 23 47+|\+47 ?23 ?48 ?72 ?00
23 32 70 00|00 70 32 23|23 ?32 ?70 ?00
EOF
while IFS='|' read -r number _ _; do
	if grep -q "^phone: $number\( |\|$\)" assets/contacts.txt; then
		check "assets/contacts.txt has $number" ok
	else
		check "assets/contacts.txt has $number" "not there: change this test with the contacts"
	fi
done <"$E2E_DIR/numbers"

for lang in ar fa ur ckb; do
	for size in 1280x800 1080x1920; do
		out="$E2E_DIR/$lang-$size"
		if ! "$BUILD/mira-kiosk" --screenshot "$out.png" --size "$size" --lang "$lang" \
			--page gp --scroll end --locale-dir "$BUILD/locale" 2>"$out.log"; then
			check "$lang $size: render" "$(cat "$out.log")"
			continue
		fi
		tesseract "$out.png" "$out" -l eng >/dev/null 2>&1
		# The cards take more than a small screen: half a view above the
		# end too (the view's size and end from the kiosk's own dump).
		up=$("$BUILD/mira-kiosk" --screenshot "$out-up.png" --size "$size" --lang "$lang" \
			--page gp --locale-dir "$BUILD/locale" --debug-hits 2>/dev/null |
			awk '$1 == "view" { m = $7; h = $5 } END { print m - int(h / 2) }')
		if [ "${up:-0}" -gt 0 ]; then
			"$BUILD/mira-kiosk" --screenshot "$out-up.png" --size "$size" --lang "$lang" \
				--page gp --scroll "$up" --locale-dir "$BUILD/locale" 2>>"$out.log"
			tesseract "$out-up.png" "$out-up" -l eng >/dev/null 2>&1
			cat "$out-up.txt" >>"$out.txt"
		fi
		while IFS='|' read -r number reversed pattern; do
			rev_pattern=$(echo "$reversed" | sed 's/+/\\+/g; s/ / ?/g')
			if grep -qE -- "$rev_pattern" "$out.txt"; then
				check "$lang $size: $number" "read reversed as '$reversed' ($(grep -E -- "$rev_pattern" "$out.txt" | head -1))"
			elif grep -qE -- "(^|[^0-9])$pattern([^0-9]|$)" "$out.txt"; then
				check "$lang $size: $number" ok
			else
				check "$lang $size: $number" "not read; numbers read: $(grep -o '[+0-9][0-9 +]*' "$out.txt" | tr '\n' '|')"
			fi
		done <"$E2E_DIR/numbers"
	done
done
finish
