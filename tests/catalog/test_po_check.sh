#!/bin/sh
# make po-check catches every fixture's fault, naming file and line, and
# passes a clean catalog. tests/fixtures/catalogs/broken/NAME.po each hold
# one fault; the table says as which language to check it and what the
# report must say. Then the glossaries (tests/fixtures/catalogs/glossary*,
# kept/) and the times of day in guide text (tests/fixtures/dated/).
BUILD=${BUILD:-build}
check="$BUILD/mira-po-check"
dir=tests/fixtures/catalogs
status=0

expect() { # FILE LANG TEXT-THE-REPORT-MUST-HOLD [OPTION...]
	file=$1 lang=$2 want=$3
	shift 3
	out=$("$check" --catalog "$dir/broken/$file:$lang" "$@" 2>&1)
	rc=$?
	if [ $rc -ne 1 ]; then
		echo "FAIL $file: exit status $rc, want 1"
		status=1
	fi
	if ! printf '%s\n' "$out" | grep -qF -- "$want"; then
		echo "FAIL $file: the report lacks: $want"
		printf '%s\n' "$out" | sed 's/^/    /'
		status=1
	else
		echo "ok   $file: $want"
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

# The glossary (po/glossary/<lang>.txt): a kept Norwegian name left out of
# the translation, and a rendering the glossary lists as wrong, are errors
# naming the catalog's line and the glossary's.
glossary="--glossary $dir/glossary"
expect glossary-missing.po ar "broken/glossary-missing.po:9: glossary: \"legevakt\" is missing from the translation (the glossary keeps it: write \"legevakt\" as it is and explain it as \"عيادة الطوارئ\"; $dir/glossary/ar.txt:2)" $glossary
expect glossary-avoid.po ar "broken/glossary-avoid.po:13: glossary: the translation writes \"ليغيفاكت\", which the glossary lists as a wrong rendering of \"legevakt\"" $glossary
# Only the faulty entry: NAV is kept in the entry before it.
out=$("$check" --catalog "$dir/broken/glossary-avoid.po:ar" $glossary 2>&1)
[ "$(printf '%s\n' "$out" | grep -c 'glossary:')" -eq 1 ] ||
	{ echo "FAIL glossary-avoid.po: want exactly one glossary error"; printf '%s\n' "$out"; status=1; }
# A glossary staff mistyped: each bad line is an error with its line.
bad="ERROR   $dir/glossary-broken/ar.txt"
for want in "$bad:2: 'gloss:' comes before any term" \
	"$bad:5: 'avoid: Legevakt' is the term itself" \
	"$bad:6: unknown keyword 'colour'" \
	"$bad:7: the term 'LEGEVAKT' is already in this glossary (line 3)" \
	"$bad:8: '[عيادة]': a glossary term is the Norwegian name"; do
	expect glossary-missing.po ar "$want" --glossary "$dir/glossary-broken"
done
# Kept names pass: Norwegian endings (legevakten, fastlegen, NAV-kontorer),
# Turkish endings after an apostrophe (Legevakt'ı), a capital at the start;
# "navigate" is not NAV.
for good in nb tr; do
	out=$("$check" --catalog "$dir/kept/$good.po:$good" $glossary 2>&1) ||
		{ echo "FAIL kept/$good.po: $out"; status=1; }
	printf '%s\n' "$out" | grep -q "0 errors, 0 warnings" ||
		{ echo "FAIL kept/$good.po is not clean: $out"; status=1; }
done
# A catalog without a glossary is a warning, not an error.
out=$("$check" --catalog "$dir/good/nb.po:nb" --glossary "$dir/does-not-exist" 2>&1) ||
	{ echo "FAIL a missing glossary is an error: $out"; status=1; }
printf '%s\n' "$out" | grep -q "warning $dir/does-not-exist/nb.txt: there is no glossary for Norwegian Bokmål" ||
	{ echo "FAIL a missing glossary is not reported: $out"; status=1; }

# Times of day written into guide text are dated facts: each is listed with
# its file and line, "to verify" when it is the hours of a contact marked
# verify:, else as a warning. Warnings alone do not fail po-check.
facts=tests/fixtures/dated
out=$("$check" --facts-only --contacts "$facts/contacts.txt" --guides "$facts/guides" 2>&1) ||
	{ echo "FAIL the times of day are errors: $out"; status=1; }
for want in \
	"to verify  $facts/guides/repeats-verify.txt:5: \"15:00 to 19:00\" repeats the hours of open-house (its card is on this page), which $facts/contacts.txt:3 marks to verify" \
	"to verify  $facts/guides/own-time.txt:8: \"15:00–19:00\", written into the guide text, are the same times as the hours of open-house" \
	"warning $facts/guides/own-time.txt:5: \"09:00 to 15:00\": a time written into the guide text itself" \
	"warning $facts/guides/close-to-card.txt:5: \"15:00–18:00\" is close to, but not the same as, the hours of open-house" \
	"warning $facts/guides/repeats-card.txt:6: \"16:15–22:45\", \"23:45\" repeats the hours of help-line" \
	"2 texts give hours that are marked to verify, 3 other texts give times to check"; do
	if printf '%s\n' "$out" | grep -qF -- "$want"; then
		echo "ok   times: $want"
	else
		echo "FAIL times: the report lacks: $want"
		printf '%s\n' "$out" | sed 's/^/    /'
		status=1
	fi
done
printf '%s\n' "$out" | grep -q "no-times.txt" &&
	{ echo "FAIL a number, a § reference or 1–2 weeks was taken for a time"; status=1; }

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
