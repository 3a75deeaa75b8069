# Shared by the end-to-end tests: a real X server (Xvfb), the real kiosk,
# screenshots of the screen itself, and tesseract to read them back.
BUILD=${BUILD:-build}

# start_xvfb WxH: starts Xvfb on a free display and exports DISPLAY.
start_xvfb() {
	for n in $(seq 90 140); do
		[ -e "/tmp/.X$n-lock" ] && continue
		Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
		XVFB_PID=$!
		export DISPLAY=":$n"
		for _ in $(seq 50); do
			xdpyinfo >/dev/null 2>&1 && return 0
			kill -0 "$XVFB_PID" 2>/dev/null || break
			sleep 0.1
		done
		kill "$XVFB_PID" 2>/dev/null
	done
	echo "cannot start Xvfb" >&2
	return 1
}

stop_all() {
	[ -n "${KIOSK_PID:-}" ] && kill "$KIOSK_PID" 2>/dev/null && wait "$KIOSK_PID" 2>/dev/null
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null
	KIOSK_PID=
	XVFB_PID=
}

# start_kiosk ARGS...: starts the kiosk and waits for its window.
start_kiosk() {
	"$BUILD/mira-kiosk" "$@" 2>>"$E2E_DIR/kiosk.log" &
	KIOSK_PID=$!
	xdotool search --sync --onlyvisible --name '^MiRA$' >/dev/null 2>&1 &
	waiter=$!
	for _ in $(seq 100); do
		kill -0 "$waiter" 2>/dev/null || break
		sleep 0.1
	done
	kill "$waiter" 2>/dev/null
	sleep 0.5 # first frame
	kill -0 "$KIOSK_PID" 2>/dev/null
}

# screen_text LANG OUT: screenshot of the whole screen, read by tesseract.
screen_text() {
	import -window root "$2.png" 2>/dev/null || return 1
	tesseract "$2.png" "$2" -l "$1" >/dev/null 2>&1 || return 1
	cat "$2.txt"
}
