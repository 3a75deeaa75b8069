#!/bin/sh
# Runs every test: the C programs built from tests/unit/test_*.c and the
# scripts tests/*/test_*.sh, each from the project root. A test passes when it
# exits 0; exit 77 means it could not run here (it says why) and is counted
# as skipped, never as passed. Ends with the line "N passed, N failed"
# (and "N skipped" when any was).
BUILD=${BUILD:-build}
export BUILD
passed=0
failed=0
skipped=0
failures=""
log_dir="$BUILD/test-logs"
mkdir -p "$log_dir"

run_one() {
	name=$1
	shift
	printf '%-40s ' "$name"
	"$@" >"$log_dir/$name.log" 2>&1
	status=$?
	if [ "$status" -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok"
	elif [ "$status" -eq 77 ]; then
		skipped=$((skipped + 1))
		echo "skipped ($(grep -m1 '^skipped' "$log_dir/$name.log"))"
	else
		failed=$((failed + 1))
		failures="$failures $name"
		echo "FAILED (log: $log_dir/$name.log)"
		tail -n 20 "$log_dir/$name.log" | sed 's/^/    /'
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	run_one "$(basename "$t")" "$t"
done
for t in tests/*/test_*.sh; do
	[ -f "$t" ] || continue
	run_one "$(basename "$t" .sh)" sh "$t"
done

[ -n "$failures" ] && echo "failed:$failures"
[ "$skipped" -gt 0 ] && echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
