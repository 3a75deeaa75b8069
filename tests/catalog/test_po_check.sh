#!/bin/sh
# make po-check catches every fixture's fault, naming file and line, and
# passes a clean catalog. tests/fixtures/catalogs/broken/NAME.po each hold
# one fault; the table says as which language to check it and what the
# report must say.
BUILD=${BUILD:-build}
check="$BUILD/mira-po-check"
dir=tests/fixtures/catalogs
status=0

expect() { # FILE LANG TEXT-THE-REPORT-MUST-HOLD
	out=$("$check" --catalog "$dir/broken/$1:$2" 2>&1)
	rc=$?
	if [ $rc -ne 1 ]; then
		echo "FAIL $1: exit status $rc, want 1"
		status=1
	fi
	if ! printf '%s\n' "$out" | grep -qF -- "$3"; then
		echo "FAIL $1: the report lacks: $3"
		printf '%s\n' "$out" | sed 's/^/    /'
		status=1
	else
		echo "ok   $1: $3"
	fi
}

expect syntax.po nb "broken/syntax.po:9: end-of-line within string"
expect plural-count.po ar "broken/plural-count.po:8: this plural has 2 forms; Arabic has 6"
expect wrong-plural.po ar 'Plural-Forms is "nplurals=2; plural=(n != 1);"; Arabic needs'
expect no-plural.po nb "the header has no Plural-Forms"
expect format.po nb "broken/format.po:9: format specifications in 'msgid' and 'msgstr'"
expect format.po nb 'the English has "%d", the translation has "%s"'
expect utf8.po nb "broken/utf8.po:6: the translation is not valid UTF-8"
expect phone.po nb 'broken/phone.po:8: numbers, addresses or placeholders differ: the English has "116117", "dinutvei.no", the translation has "116171", "dinutvei.no"'
expect digits.po ar "broken/digits.po:8: the translation writes a number with the digit U+0661"
expect font.po nb "broken/font.po:7: the character '日' (U+65E5) is in no font for Norwegian Bokmål"

# A missing catalog is an error too.
out=$("$check" --po-dir "$dir/does-not-exist" nb 2>&1)
if [ $? -ne 1 ] || ! printf '%s' "$out" | grep -q "this catalog is missing"; then
	echo "FAIL missing catalog not reported"
	status=1
fi

# The good fixtures pass, with their counts.
out=$("$check" --catalog "$dir/good/nb.po:nb" 2>&1) || { echo "FAIL good/nb.po: $out"; status=1; }
printf '%s\n' "$out" | grep -q "2 of 2 translated (100%)" || { echo "FAIL good/nb.po counts: $out"; status=1; }
out=$("$check" --catalog "$dir/good/ar.po:ar" 2>&1) || { echo "FAIL good/ar.po: $out"; status=1; }
printf '%s\n' "$out" | grep -q "2 of 4 translated (50%), 1 fuzzy, 1 untranslated" ||
	{ echo "FAIL good/ar.po counts: $out"; status=1; }
exit $status
