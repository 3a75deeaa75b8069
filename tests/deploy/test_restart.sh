#!/bin/sh
# The kiosk starting itself afresh after catalog reloads (glibc never
# unloads a catalog; see the README, "How the catalogs reach the kiosk"),
# as systemd would see it: the real kiosk in Xvfb, with a stand-in
# notification socket (tests/deploy/notify_listener.py) and a watchdog of
# 10 s, traced by strace. Staff publish three times (four generations
# loaded); once it has been at rest and untouched for 20 s the kiosk
# executes itself again. It must stay the same process (same PID: systemd's
# NOTIFY_SOCKET and watchdog stay valid), say READY=1 again with no
# STOPPING=1, keep the keep-alives coming with no silence as long as the
# watchdog interval, come back with its window on the picker, leak no
# descriptor, and write no file and open no network socket while doing it.
. tests/e2e/lib.sh
E2E_DIR="$BUILD/restart"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR/data/po"
data=$(cd "$E2E_DIR/data" && pwd)
ln -s "$(pwd)/fonts" "$data/fonts"
cp -r assets "$data/assets"
unset NOTIFY_SOCKET WATCHDOG_PID WATCHDOG_USEC
export SDL_RENDER_DRIVER=software
listener=
STRACE_PID=
trap 'stop_all; [ -n "$STRACE_PID" ] && kill $STRACE_PID 2>/dev/null; [ -n "$listener" ] && kill $listener 2>/dev/null' EXIT

publish() { # TITLE
	cat >"$data/po/nb.po" <<PO
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"X-Review-Status: reviewed\n"

msgctxt "guide/legevakt/title"
msgid "Legevakt: the emergency doctor in Oslo"
msgstr "$1"
PO
	sh src/tools/publish-catalogs.sh "$data/po" "$data/locale" >/dev/null
}

messages() { # PATTERN: how many notifications match
	grep -c "$1" "$E2E_DIR/notify.messages"
}

readies() { # N: at least N READY=1 so far
	[ "$(messages ' READY=1 ')" -ge "$1" ]
}

# expect STEP DETAIL COMMAND...: the step passes when COMMAND succeeds.
expect() {
	_step=$1
	_detail=$2
	shift 2
	if "$@"; then check "$_step" ok; else check "$_step" "$_detail"; fi
}

fd_count() {
	find "/proc/$KIOSK_PID/fd" -mindepth 1 -maxdepth 1 | wc -l
}

on_picker_window() {
	xwininfo -root -tree 2>/dev/null | grep -q '"MiRA"' &&
		[ "$(awk '/^screen /{s=$2} END{print s}' "$E2E_DIR/hits")" = picker ]
}

publish "Legevakt 1"
start_xvfb 1280x800 || exit 1
sock="$(pwd)/$E2E_DIR/notify.sock"
python3 tests/deploy/notify_listener.py "$sock" 120 >"$E2E_DIR/notify.messages" &
listener=$!
wait_until 5 test -S "$sock"
NOTIFY_SOCKET="$sock" WATCHDOG_USEC=10000000 \
	strace -f -qq -e trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,truncate,socket,execve \
	-o "$E2E_DIR/trace" "$BUILD/mira-kiosk" --windowed=1280x800 --verbose --debug-hits \
	--data-dir "$data" --locale-dir "$data/locale" >"$E2E_DIR/hits" 2>"$E2E_DIR/kiosk.log" &
STRACE_PID=$!
wait_until 20 readies 1
KIOSK_PID=$(pgrep -P "$STRACE_PID" | head -1)
if [ -z "$KIOSK_PID" ] || ! readies 1; then
	check "the kiosk is up" "no READY=1 in 20 s"
	finish
	exit 1
fi
check "the kiosk is up (PID $KIOSK_PID)" ok
fds_before=$(fd_count)

# Three publishes, a second apart: four generations loaded.
for n in 2 3 4; do
	sleep 1
	publish "Legevakt $n"
done
wait_until 60 readies 2
sleep 1
expect "READY=1 again after the restart" "$(messages ' READY=1 ') READY=1 in 60 s" readies 2
expect "the same process runs on" "PID $KIOSK_PID is gone" kill -0 "$KIOSK_PID"
expect "it says why it started afresh" "$(tail -3 "$E2E_DIR/kiosk.log")" \
	grep -q 'starting afresh: 4 catalog generations' "$E2E_DIR/kiosk.log"
execs=$(grep -c 'execve("/proc/self/exe"' "$E2E_DIR/trace")
expect "one execve of /proc/self/exe" "$execs" [ "$execs" = 1 ]
expect "its window is back, on the picker" "no window, or not on the picker" \
	wait_until 10 on_picker_window
fds_after=$(fd_count)
expect "no descriptor leaked ($fds_before before, $fds_after after)" "leaked" \
	[ "$fds_after" -le "$fds_before" ]
sleep 11 # a keep-alive interval and more in the new image

kill -TERM "$KIOSK_PID"
wait "$STRACE_PID" 2>/dev/null
STRACE_PID=
KIOSK_PID=
sleep 0.3
kill "$listener"
wait "$listener" 2>/dev/null
listener=
echo "--- notifications (seconds, message, sender)"
cat "$E2E_DIR/notify.messages"

# Every notification from the one PID; STOPPING=1 only at the very end;
# keep-alives before and after the restart, never 10 s apart.
awk -v pid="$(awk 'NR == 1 { print $3 }' "$E2E_DIR/notify.messages")" '
	$3 != pid { printf "FAIL %s from PID %s, not %s\n", $2, $3, pid; bad = 1 }
	$2 == "STOPPING=1" { stops++; stop_at = NR }
	$2 == "READY=1" { ready++ }
	$2 == "WATCHDOG=1" {
		if (n && $1 - last > gap) gap = $1 - last
		last = $1; n++; if (ready >= 2) after++
	}
	END {
		if (stops != 1 || stop_at != NR) { printf "FAIL STOPPING=1 %d times, not only last\n", stops; bad = 1 }
		if (after < 2) { printf "FAIL %d keep-alives after the restart\n", after; bad = 1 }
		if (gap >= 10) { printf "FAIL a silence of %.1f s: the watchdog (10 s) would fire\n", gap; bad = 1 }
		printf "%d keep-alives (%d after the restart), longest silence %.1f s\n", n, after, gap
		exit bad
	}' "$E2E_DIR/notify.messages" >"$E2E_DIR/verdict"
status=$?
cat "$E2E_DIR/verdict"
expect "systemd's view: one PID, keep-alives throughout, STOPPING=1 only at the end" \
	"see above" [ "$status" = 0 ]

writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(|mkdir|rename|unlink|truncate\(' "$E2E_DIR/trace" |
	grep -v ' = -1 ' | grep -v '"/dev/')
expect "no file written, created, renamed or removed (restart included)" \
	"$(echo "$writes" | head -5)" [ -z "$writes" ]
net=$(grep -E 'socket\(AF_(INET|INET6|PACKET)' "$E2E_DIR/trace")
expect "no network socket" "$(echo "$net" | head -3)" [ -z "$net" ]
finish
