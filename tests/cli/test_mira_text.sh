#!/bin/sh
# mira-text as a command: good input makes a PNG; a bad option or an
# unreadable input gives one line on standard error and a non-zero exit.
BUILD=${BUILD:-build}
bin="$BUILD/mira-text"
out="$BUILD/cli"
mkdir -p "$out"
status=0

fail() { echo "FAIL: $*"; status=1; }

# expect_error NAME ARGS...: non-zero exit and exactly one line of error.
expect_error() {
	name=$1
	shift
	if "$bin" "$@" >"$out/stdout" 2>"$out/stderr" </dev/null; then
		fail "$name: exit status 0"
	fi
	lines=$(wc -l <"$out/stderr")
	[ "$lines" -eq 1 ] || fail "$name: $lines lines on standard error, want 1: $(cat "$out/stderr")"
	echo "$name: $(cat "$out/stderr")"
}

printf 'Hei og velkommen.\n\nAndre avsnitt.\n' >"$out/in.txt"
"$bin" --lang nb --width 300 --size 20 --out "$out/ok.png" "$out/in.txt" || fail "good input failed"
head -c 8 "$out/ok.png" | od -An -c | grep -q 'P   N   G' || fail "output is not a PNG"
printf 'Hei\n' | "$bin" --lang nb --out "$out/stdin.png" - || fail "standard input failed"
"$bin" --lang nb --dump "$out/in.txt" | grep -q '^paragraph' || fail "--dump printed no layout"
[ "$("$bin" --lang nb --dump "$out/in.txt" | grep -c '^paragraph')" -eq 2 ] ||
	fail "a blank line should separate two paragraphs"

expect_error "unknown option" --lang nb --bogus --out "$out/x.png" "$out/in.txt"
expect_error "missing --lang" --out "$out/x.png" "$out/in.txt"
expect_error "unknown language" --lang xx --out "$out/x.png" "$out/in.txt"
expect_error "bad width" --lang nb --width abc --out "$out/x.png" "$out/in.txt"
expect_error "zero size" --lang nb --size 0 --out "$out/x.png" "$out/in.txt"
expect_error "missing input" --lang nb --out "$out/x.png" "$out/does-not-exist.txt"
expect_error "input is a folder" --lang nb --out "$out/x.png" "$out"
expect_error "no output" --lang nb "$out/in.txt"
expect_error "unwritable output" --lang nb --out /proc/x.png "$out/in.txt"
exit $status
