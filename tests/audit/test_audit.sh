#!/bin/sh
# make audit as a test: first the self-test (synthetic scenes with one known
# violation each must all be reported, a clean one must pass), then the
# whole matrix of screens, languages, sizes, text sizes and contrasts, which
# must have no violation. Prints the audit's output, and at the end the
# violations grouped by what, so run.sh's last lines tell what to fix.
BUILD=${BUILD:-build}
export BUILD
bin="$BUILD/mira-audit"
out="$BUILD/audit"
mkdir -p "$out"
status=0

[ -x "$bin" ] || { echo "FAIL: $bin is not built"; exit 1; }

if ! "$bin" --self-test >"$out/self-test.txt" 2>&1; then
	cat "$out/self-test.txt"
	echo "FAIL: the self-test: the audit missed a violation it must catch"
	status=1
else
	tail -n 1 "$out/self-test.txt"
fi

start=$(date +%s)
"$bin" >"$out/audit.txt" 2>&1
rc=$?
seconds=$(($(date +%s) - start))
cat "$out/audit.txt"
echo "the matrix took ${seconds}s"
if [ "$seconds" -gt 60 ]; then
	echo "FAIL: the matrix took longer than 60 seconds"
	status=1
fi
tail -n 1 "$out/audit.txt" | grep -q '^audit: [0-9]* screens, [0-9]* checks, [0-9]* violations$' ||
	{ echo "FAIL: no line of counts at the end"; status=1; }
if [ "$rc" -ne 0 ]; then
	# Grouped by what, whatever the screen, language, size, scale and contrast.
	echo "violations grouped (count: what):"
	grep -v '^audit: ' "$out/audit.txt" |
		sed -E 's/^[a-z]+ [0-9]+x[0-9]+ x[0-9.]+ (normal|high) [^:]*: //' | sort | uniq -c |
		sort -rn | head -n 15
	tail -n 1 "$out/audit.txt"
	echo "FAIL: the audit found violations (exit status $rc)"
	status=1
fi
exit $status
