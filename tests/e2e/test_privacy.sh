#!/bin/sh
# Privacy during a visitor session, checked from outside the program: the
# real kiosk in Xvfb, driven by xdotool through a visit (Arabic, a topic, a
# guide, scrolling, a language switch, quick exit), traced by strace. It must
# write no file, open no network socket (only the local X server's Unix
# socket), and its log at the default level must not name any page she saw.
# (That quick exit and idle reset forget the session in memory is tested in
# tests/unit/test_app.c and tests/e2e/test_kiosk.sh.)
. tests/e2e/lib.sh
E2E_DIR="$BUILD/e2e-privacy"
E2E_DATA=$(pwd)
E2E_SIZE=1280x800
export SDL_RENDER_DRIVER=software
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
trap stop_all EXIT
start_xvfb "$E2E_SIZE" || exit 1
# The shell opens the hit dump and the log for the kiosk: those are not the
# kiosk's own writes, and the trace shows only what the kiosk opens itself.
strace -f -qq -e trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,truncate,socket,connect,bind \
	-o "$E2E_DIR/trace" "$BUILD/mira-kiosk" --debug-hits --locale-dir "$BUILD/locale" \
	>"$E2E_DIR/hits" 2>"$E2E_DIR/log" &
STRACE_PID=$!
wait_for_picker
sleep 0.5
KIOSK_PID=$(pgrep -P "$STRACE_PID" | head -1)
tap lang:ar
tap topic:rights
tap guide:violence
xdotool key Next Next Down
sleep 0.3
tap language
tap lang:nb
tap quick-exit
sleep 0.5
kill -TERM "$KIOSK_PID"
wait "$STRACE_PID" 2>/dev/null
KIOSK_PID=
status=0

[ "$(current_screen)" = picker ] || { echo "FAIL: the visit did not end on the picker"; status=1; }
grep -q "screen violence" "$E2E_DIR/hits" || { echo "FAIL: the visit never reached the guide"; status=1; }

# Files opened for writing, created, renamed or removed (devices aside).
writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(|mkdir|rename|unlink|truncate\(' "$E2E_DIR/trace" |
	grep -v ' = -1 ' | grep -v '"/dev/')
if [ -n "$writes" ]; then
	echo "FAIL: the kiosk wrote to the file system during the visit:"
	echo "$writes" | head -10
	status=1
else
	echo "ok   no file written, created, renamed or removed"
fi
# Sockets: only AF_UNIX (the X server on this machine).
net=$(grep -E 'socket\(AF_(INET|INET6|PACKET)' "$E2E_DIR/trace")
if [ -n "$net" ]; then
	echo "FAIL: the kiosk opened a network socket:"
	echo "$net" | head -5
	status=1
else
	echo "ok   no network socket ($(grep -c 'socket(AF_UNIX' "$E2E_DIR/trace") local Unix sockets)"
fi
# The log names no page, guide or text she saw.
for word in violence rights Arabic ar/ nb/ "guide" "topic" "Vold" "العنف"; do
	if grep -qi -- "$word" "$E2E_DIR/log"; then
		echo "FAIL: the log mentions '$word':"
		cat "$E2E_DIR/log"
		status=1
	fi
done
[ $status -eq 0 ] && echo "ok   the log names nothing she read ($(wc -l <"$E2E_DIR/log") lines)"
exit $status
