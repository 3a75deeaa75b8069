#!/bin/sh
# Bad input of every kind: the kiosk keeps running with everything that is
# valid and says what is wrong in words staff understand, naming the file.
# Each case copies the project's data into a scratch folder, breaks one
# thing, renders a screen headless and checks: the exit status is 0 (it kept
# going), a screenshot was written, and the message names what to fix.
# The README's "When something is wrong" table lists the same cases.
BUILD=${BUILD:-build}
root=$(pwd)
work="$BUILD/robust"
status=0
rm -rf "$work"
mkdir -p "$work"

fresh() { # a scratch data folder: fonts, assets, compiled catalogs
	rm -rf "$work/data"
	mkdir -p "$work/data"
	cp -r "$root/fonts" "$root/assets" "$work/data/"
	cp -rL "$root/$BUILD/locale" "$work/data/locale"
}

# expect NAME MESSAGE [kiosk options]: runs a screenshot and checks.
expect() {
	name=$1
	msg=$2
	shift 2
	rm -f "$work/shot.png"
	timeout 60 "$BUILD/mira-kiosk" --screenshot "$work/shot.png" --size 1280x800 \
		--data-dir "$work/data" --locale-dir "$work/data/locale" "$@" >"$work/$name.out" 2>"$work/$name.err"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "FAIL $name: exit status $rc"
		status=1
	elif [ ! -s "$work/shot.png" ]; then
		echo "FAIL $name: no screen was rendered"
		status=1
	elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$work/$name.err"; then
		echo "FAIL $name: the message lacks \"$msg\":"
		sed 's/^/    /' "$work/$name.err"
		status=1
	else
		echo "ok   $name: ${msg:+$(grep -F -- "$msg" "$work/$name.err" | head -1)}"
	fi
}

fresh
rm -rf "$work/data/locale/so"
expect missing-mo "locale/so/LC_MESSAGES/mira.mo: no compiled catalog: Somali shows in English" --lang so --page legevakt

fresh
: >"$work/data/locale/ar/LC_MESSAGES/mira.mo"
expect empty-mo "locale/ar/LC_MESSAGES/mira.mo: the compiled catalog is empty" --lang ar --page legevakt

fresh
head -c 200 "$root/$BUILD/locale/fa/LC_MESSAGES/mira.mo" >"$work/data/locale/fa/LC_MESSAGES/mira.mo"
expect truncated-mo "locale/fa/LC_MESSAGES/mira.mo: the compiled catalog is cut short or damaged" --lang fa --page legevakt

fresh
head -c 5000 /dev/urandom >"$work/data/locale/ur/LC_MESSAGES/mira.mo"
expect garbage-mo "locale/ur/LC_MESSAGES/mira.mo: the compiled catalog is not a compiled catalog" --lang ur --page legevakt

fresh
printf 'id: bad-bytes\ntopic: rights\ntitle: Bad bytes\nparagraph: fine\nparagraph: bad \377\376 bytes\nparagraph: also fine\nsource: x\n' \
	>"$work/data/assets/guides/bad-bytes.txt"
expect utf8-guide "assets/guides/bad-bytes.txt:5: this line is not valid UTF-8" --page bad-bytes

fresh
rm "$work/data/fonts/NotoNastaliqUrdu-Regular.ttf"
expect missing-font "fonts/NotoNastaliqUrdu-Regular.ttf cannot be used: the file is missing" --lang ur --page legevakt

fresh
echo "this is not a font" >"$work/data/fonts/NotoSansEthiopic-Regular.ttf"
expect not-a-font "fonts/NotoSansEthiopic-Regular.ttf cannot be used: the file is not a font" --lang ti --page legevakt

fresh
rm "$work/data/assets/icons/rights.svg"
expect missing-icon "icons/rights.svg cannot be shown" --lang en --page topics

fresh
sed -i 's/^contact: legevakt$/contact: no-such-contact/' "$work/data/assets/guides/legevakt.txt"
expect unknown-contact "assets/guides/legevakt.txt" --page legevakt
grep -q "the contact 'no-such-contact' is not in" "$work/unknown-contact.err" ||
	{ echo "FAIL unknown-contact: message"; status=1; }

fresh
{
	printf 'id: huge\ntopic: rights\ntitle: A 1 MB paragraph\nparagraph: '
	i=0
	while [ $i -lt 20000 ]; do printf 'Ring 116 117 eller les dinutvei.no. '; i=$((i + 1)); done
	printf '\nsource: x\n'
} >"$work/data/assets/guides/huge.txt"
expect huge-paragraph "" --page huge

fresh
{
	printf 'id: many\ntopic: rights\ntitle: Ten thousand blocks\n'
	i=0
	while [ $i -lt 10000 ]; do printf 'paragraph: Block %d.\nsource: x\n' $i; i=$((i + 1)); done
} >"$work/data/assets/guides/many.txt"
expect many-blocks "" --page many

fresh
expect unknown-lang "unknown language 'xx'" --lang xx
expect bad-size "--size wants WIDTHxHEIGHT" --size 12x

rm -rf "$work/data"
mkdir -p "$work/data"
expect no-data "assets/guides: the guides folder cannot be read"

# A broken catalog is not published; the last good one stays (make).
mkdir -p "$work/po"
cp "$root/po/nb.po" "$work/po/nb.po"
printf '\nmsgid "broken\n' >>"$work/po/nb.po"
sh src/tools/publish-catalogs.sh "$work/po" "$work/pub" >/dev/null 2>"$work/publish.err"
if grep -q "po/nb.po:.*end-of-line within string" "$work/publish.err" &&
	grep -q "shows nb in English" "$work/publish.err"; then
	echo "ok   broken-po: $(head -2 "$work/publish.err" | tail -1)"
else
	echo "FAIL broken-po: $(cat "$work/publish.err")"
	status=1
fi
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "x"\nmsgstr "\377"\n' >"$work/po/nb.po"
sh src/tools/publish-catalogs.sh "$work/po" "$work/pub" >/dev/null 2>"$work/publish2.err"
if grep -q "po/nb.po:.*invalid multibyte sequence" "$work/publish2.err"; then
	echo "ok   utf8-po: $(grep -m1 multibyte "$work/publish2.err")"
else
	echo "FAIL utf8-po: $(cat "$work/publish2.err")"
	status=1
fi
exit $status
