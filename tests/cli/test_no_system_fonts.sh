#!/bin/sh
# Nothing reads system fonts: every font file the programs open is one of
# the project's own fonts/ (traced with strace).
BUILD=${BUILD:-build}
out="$BUILD/cli"
mkdir -p "$out"
status=0
# LeakSanitizer cannot run under ptrace; the sanitizer suite checks leaks elsewhere.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS
for lang in ar ur ti nb; do
	printf 'Hello سلام ትግርኛ Київ 116 117\n' >"$out/mixed.txt"
	strace -f -qq -e trace=open,openat -o "$out/trace-$lang" \
		"$BUILD/mira-text" --lang "$lang" --out "$out/mixed-$lang.png" "$out/mixed.txt" || status=1
done
strace -f -qq -e trace=open,openat -o "$out/trace-kiosk" \
	"$BUILD/mira-kiosk" --screenshot "$out/kiosk.png" --size 1280x800 || status=1
fonts=$(cat "$out"/trace-* | grep -E '"[^"]*\.(ttf|otf|ttc|pfb|woff2?)"' | grep -v ENOENT |
	sed 's/.*"\([^"]*\)".*/\1/' | sort -u)
[ -n "$fonts" ] || { echo "FAIL: no font opened at all (is strace working?)"; exit 1; }
echo "fonts opened:"
echo "$fonts"
for f in $fonts; do
	if [ "$(readlink -f "$(dirname "$f")")" != "$(readlink -f fonts)" ]; then
		echo "FAIL: font read from outside the project's fonts/: $f"
		status=1
	fi
done
# fontconfig's cache or configuration must not be touched either.
if cat "$out"/trace-* | grep -v ENOENT | grep -q 'fontconfig'; then
	echo "FAIL: fontconfig was used"
	status=1
fi
exit $status
