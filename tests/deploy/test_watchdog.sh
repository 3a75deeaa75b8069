#!/bin/sh
# Hang protection, as systemd sees it: the kiosk reports READY=1 after its
# first frame and WATCHDOG=1 from its render loop every half interval. When
# the loop hangs (SIGSTOP freezes it, as a deadlock would) the keep-alives
# stop, which is what makes systemd's WatchdogSec= restart it; when it runs
# again they resume. A stand-in notification socket records what arrives.
. tests/e2e/lib.sh
E2E_DIR="$BUILD/watchdog"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
trap 'stop_all; kill $listener 2>/dev/null' EXIT
sock="$(pwd)/$E2E_DIR/notify"
python3 tests/deploy/notify_listener.py "$sock" 9 >"$E2E_DIR/messages" &
listener=$!
sleep 0.5
start_xvfb 1280x800 || exit 1
NOTIFY_SOCKET="$sock" WATCHDOG_USEC=400000 "$BUILD/mira-kiosk" --windowed=1280x800 \
	--locale-dir "$BUILD/locale" 2>"$E2E_DIR/kiosk.log" &
KIOSK_PID=$!
sleep 3
kill -STOP "$KIOSK_PID"
sleep 2
kill -CONT "$KIOSK_PID"
sleep 2
kill -TERM "$KIOSK_PID"
wait "$KIOSK_PID"
KIOSK_PID=
sleep 0.5
kill $listener 2>/dev/null
cat "$E2E_DIR/messages"
awk '
	$2 == "READY=1" { ready = $1 }
	$2 == "WATCHDOG=1" { t[++n] = $1 }
	$2 == "STOPPING=1" { stopping = 1 }
	END {
		if (!ready) { print "FAIL: no READY=1"; exit 1 }
		# Keep-alives before the freeze (0.2 s apart), a gap of about 2 s
		# during it (systemd would restart after 0.4 s), then again.
		gap = 0; before = 0; after = 0
		for (i = 2; i <= n; i++) {
			d = t[i] - t[i - 1]
			if (d > gap) { gap = d; at = i }
		}
		for (i = 1; i < at; i++) before++
		after = n - at + 1
		printf "READY after %.2f s; %d keep-alives before the hang, longest silence %.2f s, %d after\n", ready, before, gap, after
		if (before < 5) { print "FAIL: too few keep-alives while running"; exit 1 }
		if (gap < 1.5) { print "FAIL: the keep-alives went on during the hang"; exit 1 }
		if (after < 5) { print "FAIL: the keep-alives did not resume"; exit 1 }
		if (!stopping) { print "FAIL: no STOPPING=1 on SIGTERM"; exit 1 }
	}' "$E2E_DIR/messages"
