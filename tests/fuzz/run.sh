#!/bin/sh
# Runs every fuzz target for SECONDS each (default 60), seeded from the
# project's real files and the saved regression inputs. A crash is saved
# under tests/fuzz/regressions/<target>/ by the runner: commit it, and every
# later run replays it first. Usage: sh tests/fuzz/run.sh [SECONDS]
set -u
FUZZ=${FUZZ_BUILD:-build/fuzz}
seconds=${1:-60}
status=0

seed() { # TARGET FILES...: the seed corpus
	dir="$FUZZ/corpus/$1"
	shift
	mkdir -p "$dir"
	for f in "$@"; do
		[ -f "$f" ] && cp "$f" "$dir/$(echo "$f" | tr '/' '_')"
	done
}
seed fuzz_guide assets/guides/*.txt tests/fixtures/guides/*.txt
seed fuzz_contacts assets/contacts.txt tests/fixtures/contacts.txt
seed fuzz_po po/*.po tests/fixtures/catalogs/*/*.po
seed fuzz_isolate assets/guides/*.txt tests/fixtures/guides/*.txt
seed fuzz_layout tests/data/samples/*.txt
seed fuzz_config tests/fixtures/kiosk.conf
seed fuzz_spans po/*.po tests/fixtures/catalogs/*/*.po

for bin in "$FUZZ"/fuzz_*; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin")
	regress="tests/fuzz/regressions/$name"
	mkdir -p "$regress" "$FUZZ/corpus/$name"
	# Saved crashes first: each must now pass.
	if ls "$regress"/* >/dev/null 2>&1; then
		if ! "$bin" "$regress"/* >"$FUZZ/$name-regress.log" 2>&1; then
			echo "FAIL $name: a saved regression input crashes again (see $FUZZ/$name-regress.log)"
			status=1
			continue
		fi
	fi
	if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$regress/" "$FUZZ/corpus/$name" >"$FUZZ/$name.log" 2>&1; then
		echo "ok   $name: $(grep -c . "$FUZZ/$name.log") log lines, $(ls "$FUZZ/corpus/$name" | wc -l) corpus inputs, ${seconds}s"
	else
		echo "FAIL $name: a crash was found and saved in $regress/ (see $FUZZ/$name.log)"
		tail -n 30 "$FUZZ/$name.log"
		status=1
	fi
done
exit $status
