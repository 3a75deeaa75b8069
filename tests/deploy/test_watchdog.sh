#!/bin/sh
# Hang protection, as systemd sees it. The unit runs `cage -- mira-kiosk`:
# systemd sets WATCHDOG_PID to cage's PID, and the kiosk, cage's child, must
# still send READY=1, a WATCHDOG=1 from its render loop every half interval,
# and STOPPING=1. A stand-in cage (fake_cage.py) and a stand-in notification
# socket that records each sender's PID (notify_listener.py) check that the
# kiosk itself sends them. Then the render loop alone is frozen (a test hook:
# SIGUSR1 in mira-kiosk-hooks; other threads run on, unlike with SIGSTOP):
# the keep-alives must stop, which makes WatchdogSec= restart the kiosk, and
# resume with the loop. A real cage and systemd are not run here.
. tests/e2e/lib.sh
E2E_DIR="$BUILD/watchdog"
HOOKS="$BUILD/tests/mira-kiosk-hooks"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
unset NOTIFY_SOCKET WATCHDOG_PID WATCHDOG_USEC
listener=
trap 'stop_all; [ -n "$listener" ] && kill $listener 2>/dev/null' EXIT
fail=0

# The hook is in the test build only.
[ -x "$HOOKS" ] || { echo "FAIL: no $HOOKS (make check builds it)"; exit 1; }
if grep -aq 'test hook: render loop' "$BUILD/mira-kiosk"; then
	echo "FAIL: the shipped $BUILD/mira-kiosk contains the test hook"
	fail=1
fi
start_xvfb 1280x800 || exit 1

# start NAME COMMAND...: a stand-in notification socket (its messages in
# $E2E_DIR/NAME.messages: time, message, sender PID), then COMMAND with
# systemd's variables (WatchdogSec=0.4, a keep-alive every 0.2 s).
start() {
	name=$1
	shift
	sock="$(pwd)/$E2E_DIR/$name.sock"
	python3 tests/deploy/notify_listener.py "$sock" 60 >"$E2E_DIR/$name.messages" &
	listener=$!
	for _ in $(seq 50); do
		[ -S "$sock" ] && break
		sleep 0.1
	done
	NOTIFY_SOCKET="$sock" WATCHDOG_USEC=400000 "$@" --windowed=1280x800 \
		--locale-dir "$BUILD/locale" 2>"$E2E_DIR/$name.log" &
	KIOSK_PID=$!
	for _ in $(seq 150); do
		grep -q ' READY=1 ' "$E2E_DIR/$name.messages" && return 0
		sleep 0.1
	done
	echo "FAIL $name: no READY=1 within 15 s"
	stop
	return 1
}

# stop: SIGTERM as systemd sends it, then the listener ends.
stop() {
	kill -TERM "$KIOSK_PID"
	wait "$KIOSK_PID"
	KIOSK_PID=
	sleep 0.3
	kill "$listener"
	wait "$listener" 2>/dev/null
	listener=
	echo "--- $name"
	cat "$E2E_DIR/$name.messages"
}

# verdict NAME PID MIN: every message came from PID (the kiosk): READY=1, at
# least MIN keep-alives (none at all when MIN is 0) and STOPPING=1.
verdict() {
	awk -v name="$1" -v pid="$2" -v min="$3" '
		$3 != pid { printf "FAIL %s: %s from PID %s, not the kiosk (%s)\n", name, $2, $3, pid; bad = 1; next }
		$2 == "READY=1" { ready = 1 }
		$2 == "WATCHDOG=1" { n++ }
		$2 == "STOPPING=1" { stopping = 1 }
		END {
			if (!ready) { printf "FAIL %s: no READY=1 from the kiosk\n", name; bad = 1 }
			if (min == 0 && n > 0) { printf "FAIL %s: %d keep-alives, none expected\n", name, n; bad = 1 }
			if (n < min) { printf "FAIL %s: %d keep-alives from the kiosk, at least %d expected\n", name, n, min; bad = 1 }
			if (!stopping) { printf "FAIL %s: no STOPPING=1 on SIGTERM\n", name; bad = 1 }
			if (!bad) printf "ok %s: READY=1, %d keep-alives, STOPPING=1, all from PID %s\n", name, n, pid
			exit bad
		}' "$E2E_DIR/$1.messages" || fail=1
}

# child_of NAME: the kiosk's PID, written by the stand-in cage.
child_of() {
	for _ in $(seq 50); do
		[ -s "$E2E_DIR/$1.child" ] && break
		sleep 0.1
	done
	cat "$E2E_DIR/$1.child"
}

# 1. As the unit runs it: the shipped kiosk under a stand-in cage, with
# WATCHDOG_PID set to cage's PID.
if start cage python3 tests/deploy/fake_cage.py "$E2E_DIR/cage.child" "$BUILD/mira-kiosk"; then
	kiosk=$(child_of cage)
	sleep 2
	stop
	verdict cage "$kiosk" 5
else
	fail=1
fi

# 2. Started by systemd itself (WATCHDOG_PID is the kiosk's own PID), or by
# hand without WATCHDOG_PID: keep-alives too.
# shellcheck disable=SC2016
if start own sh -c 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$0" "$@"' "$BUILD/mira-kiosk"; then
	kiosk=$KIOSK_PID
	sleep 1
	stop
	verdict own "$kiosk" 3
else
	fail=1
fi
if start unset "$BUILD/mira-kiosk"; then
	kiosk=$KIOSK_PID
	sleep 1
	stop
	verdict unset "$kiosk" 3
else
	fail=1
fi

# 3. WATCHDOG_PID of a process that is neither the kiosk nor its ancestor
# (Xvfb here): the watchdog is someone else's, so no keep-alives.
if start other env WATCHDOG_PID="$XVFB_PID" "$BUILD/mira-kiosk"; then
	kiosk=$KIOSK_PID
	sleep 1
	stop
	verdict other "$kiosk" 0
else
	fail=1
fi

# 4. The render loop alone freezes for 2 s (the kiosk with test hooks, under
# the stand-in cage): keep-alives before (0.2 s apart), a silence of about
# 2 s (systemd would restart after 0.4 s), then again.
if start freeze python3 tests/deploy/fake_cage.py "$E2E_DIR/freeze.child" "$HOOKS"; then
	kiosk=$(child_of freeze)
	sleep 2
	kill -USR1 "$kiosk"
	sleep 2
	kill -USR2 "$kiosk"
	sleep 2
	stop
	verdict freeze "$kiosk" 10
	grep -q 'render loop frozen' "$E2E_DIR/freeze.log" ||
		{ echo "FAIL freeze: the test hook did not freeze the loop"; fail=1; }
	awk -v pid="$kiosk" '
		$2 == "WATCHDOG=1" && $3 == pid { t[++n] = $1 }
		END {
			gap = 0; at = 1
			for (i = 2; i <= n; i++)
				if (t[i] - t[i - 1] > gap) { gap = t[i] - t[i - 1]; at = i }
			before = at - 1; after = n - at + 1
			printf "freeze: %d keep-alives before, longest silence %.2f s, %d after\n", before, gap, after
			if (before < 5) { print "FAIL freeze: too few keep-alives while running"; exit 1 }
			if (gap < 1.5) { print "FAIL freeze: the keep-alives went on while the render loop was frozen"; exit 1 }
			if (after < 5) { print "FAIL freeze: the keep-alives did not resume"; exit 1 }
		}' "$E2E_DIR/freeze.messages" || fail=1
else
	fail=1
fi

[ "$fail" = 0 ] && echo "watchdog: all cases passed"
exit "$fail"
