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

# wait_for_picker: the kiosk (started with --debug-hits into $E2E_DIR/hits)
# has built its picker, and its window is on screen so clicks reach it.
wait_for_picker() {
	for _ in $(seq 150); do
		[ "$(current_screen)" = picker ] && break
		sleep 0.1
	done
	timeout 20 xdotool search --sync --onlyvisible --name '^MiRA$' >/dev/null 2>&1
	sleep 0.5
}

# hit NAME: the centre "X Y" of button NAME on the newest screen in the
# kiosk's --debug-hits output ($E2E_DIR/hits).
hit() {
	awk -v name="$1" '
		/^screen / { delete pos }
		$1 == "hit" && $2 == name { pos[name] = ($3 + int($5 / 2)) " " ($4 + int($6 / 2)) }
		END { if (name in pos) print pos[name] }' "$E2E_DIR/hits"
}

# current_screen: the newest screen name in the hit dump.
current_screen() {
	awk '/^screen / { s = $2 } END { print s }' "$E2E_DIR/hits"
}

# tap NAME: a real click on button NAME.
tap() {
	xy=$(hit "$1")
	[ -n "$xy" ] || { echo "FAIL: no button $1 on screen $(current_screen)"; return 1; }
	# shellcheck disable=SC2086
	xdotool mousemove $xy click 1
	sleep 0.4
}

# screen_matches NAME ARGS...: the real screen equals what the kiosk renders
# headless with ARGS (same size); the screenshot is kept as NAME.png.
screen_matches() {
	name=$1
	shift
	import -window root "$E2E_DIR/$name.png" 2>/dev/null || return 1
	# The same settings (a staff PIN hides the set-up line).
	"$BUILD/mira-kiosk" --screenshot "$E2E_DIR/$name-expected.png" --size "$E2E_SIZE" \
		--data-dir "$E2E_DATA" --locale-dir "$BUILD/locale" \
		${E2E_CONFIG:+--config "$E2E_CONFIG"} "$@" 2>/dev/null || return 1
	"$BUILD/test-tools/png_compare" "$E2E_DIR/$name-expected.png" "$E2E_DIR/$name.png" \
		"$E2E_DIR/$name-diff.png" >"$E2E_DIR/$name.compare"
}
