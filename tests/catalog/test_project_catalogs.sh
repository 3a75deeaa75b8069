#!/bin/sh
# The project's own catalogs: make po-check passes with no error, every
# language is translated completely (the guides issue's bar), every catalog
# has its glossary (po/glossary/<lang>.txt), and the dated facts are listed.
BUILD=${BUILD:-build}
out=$("$BUILD/mira-po-check" --po-dir po --fonts fonts --contacts assets/contacts.txt \
	--guides assets/guides 2>&1)
rc=$?
echo "$out" | grep -E "translated|errors|to verify|glossary|give times"
[ $rc -eq 0 ] || { echo "FAIL: po-check found errors"; exit 1; }
full=$(echo "$out" | grep -c "(100%), 0 fuzzy, 0 untranslated")
[ "$full" -eq 10 ] || { echo "FAIL: $full of 10 catalogs are complete"; exit 1; }
echo "$out" | grep -q "to verify" || { echo "FAIL: dated contacts are not listed for staff"; exit 1; }
if echo "$out" | grep -q "there is no glossary"; then
	echo "FAIL: a catalog has no glossary in po/glossary/"
	exit 1
fi
echo "$out" | grep -q "^Times of day in the guides" ||
	{ echo "FAIL: the times of day in the guides are not listed"; exit 1; }
