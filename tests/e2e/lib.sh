# Shared by the end-to-end tests: a real X server (Xvfb), a real window
# manager (openbox), the real kiosk, screenshots of the screen itself, and
# tesseract to read them back. Every step counts: `check STEP RESULT` prints
# one line, `finish` prints "N passed, N failed" and fails if any step did.
# A tap on a button that is not on the screen is a failed step.
BUILD=${BUILD:-build}
# Sound as in the waiting room, on any machine: SDL's dummy device plays in
# real time and writes nothing, so the Listen button shows wherever a voice
# reads the language (tests/e2e/test_listen.sh writes the sound to a file).
SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-dummy}
export SDL_AUDIODRIVER
passed=0
failed=0

# check STEP RESULT: RESULT is "ok" or what went wrong. (Not from a
# subshell: the counts would be lost.)
check() {
	if [ "$2" = ok ]; then
		echo "ok   ${E2E_TAG:+$E2E_TAG }$1"
		passed=$((passed + 1))
	else
		echo "FAIL ${E2E_TAG:+$E2E_TAG }$1: $2"
		failed=$((failed + 1))
	fi
}

finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# wait_until SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds,
# at most SECONDS long.
wait_until() {
	_wu_left=$(($1 * 5))
	shift
	while [ "$_wu_left" -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		_wu_left=$((_wu_left - 1))
	done
	"$@"
}

# process_gone PID: the process has ended (kill -0 would still find one
# that has ended but that this shell has not yet reaped).
process_gone() {
	_pg_state=$(ps -o stat= -p "$1" 2>/dev/null)
	[ -z "$_pg_state" ] || [ "${_pg_state#Z}" != "$_pg_state" ]
}

# start_xvfb WxH: starts Xvfb on a display it finds free itself (-displayfd:
# no race with tests running at the same time) and exports DISPLAY. With
# -noreset: by default the server resets when its last client leaves (the
# readiness check below), and a client connecting meanwhile fails.
start_xvfb() {
	_xvfb_out=$(mktemp)
	Xvfb -displayfd 3 -noreset -screen 0 "${1}x24" -nolisten tcp 3>"$_xvfb_out" >/dev/null 2>&1 &
	XVFB_PID=$!
	for _ in $(seq 100); do
		if [ -s "$_xvfb_out" ] && grep -q '^[0-9]' "$_xvfb_out"; then
			DISPLAY=":$(head -1 "$_xvfb_out")"
			export DISPLAY
			rm -f "$_xvfb_out"
			wait_until 10 xdpyinfo_ok && return 0
			break
		fi
		kill -0 "$XVFB_PID" 2>/dev/null || break
		sleep 0.1
	done
	rm -f "$_xvfb_out"
	kill "$XVFB_PID" 2>/dev/null
	echo "cannot start Xvfb" >&2
	return 1
}

xdpyinfo_ok() {
	xdpyinfo >/dev/null 2>&1
}

# start_wm: openbox on $DISPLAY, with the one binding every desktop has:
# Alt+F4 closes the focused window (the window manager sends it
# WM_DELETE_WINDOW). Its own files stay in $E2E_DIR.
start_wm() {
	: >"$E2E_DIR/wm.log"
	cat >"$E2E_DIR/openbox.xml" <<'XML'
<?xml version="1.0"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <keyboard><keybind key="A-F4"><action name="Close"/></keybind></keyboard>
</openbox_config>
XML
	_wm_home="$(cd "$E2E_DIR" && pwd)/wm"
	# Should openbox not come up (it exits if it cannot open the display),
	# it is started again.
	for _ in 1 2 3; do
		XDG_CONFIG_HOME="$_wm_home" XDG_CACHE_HOME="$_wm_home" XDG_DATA_HOME="$_wm_home" \
			openbox --config-file "$E2E_DIR/openbox.xml" >>"$E2E_DIR/wm.log" 2>&1 &
		WM_PID=$!
		for _ in $(seq 50); do
			wm_running && return 0
			kill -0 "$WM_PID" 2>/dev/null || break
			sleep 0.2
		done
		kill "$WM_PID" 2>/dev/null
		wait "$WM_PID" 2>/dev/null
	done
	WM_PID=
	return 1
}

wm_running() { # our openbox runs and manages the screen
	kill -0 "$WM_PID" 2>/dev/null && wmctrl -m 2>/dev/null | grep -q '^Name: Openbox'
}

stop_all() {
	[ -n "${KIOSK_PID:-}" ] && kill "$KIOSK_PID" 2>/dev/null && wait "$KIOSK_PID" 2>/dev/null
	[ -n "${WM_PID:-}" ] && kill "$WM_PID" 2>/dev/null && wait "$WM_PID" 2>/dev/null
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	KIOSK_PID=
	WM_PID=
	XVFB_PID=
}

# start_kiosk ARGS...: starts the kiosk and waits for its window.
start_kiosk() {
	"$BUILD/mira-kiosk" "$@" 2>>"$E2E_DIR/kiosk.log" &
	KIOSK_PID=$!
	timeout 10 xdotool search --sync --onlyvisible --class '^mira-kiosk$' >/dev/null 2>&1
	sleep 0.5 # first frame
	kill -0 "$KIOSK_PID" 2>/dev/null
}

# screen_text LANG OUT: screenshot of the whole screen (OUT.png), read by
# tesseract (OUT.txt, and the words' boxes in OUT.tsv).
screen_text() {
	import -window root "$2.png" 2>/dev/null || return 1
	tesseract "$2.png" "$2" -l "$1" txt tsv >/dev/null 2>&1 || return 1
	cat "$2.txt"
}

# wait_for_picker: the kiosk (started with --debug-hits into $E2E_DIR/hits)
# has built its picker, and its window is on screen so clicks reach it.
wait_for_picker() {
	wait_until 15 on_screen picker
	timeout 20 xdotool search --sync --onlyvisible --class '^mira-kiosk$' >/dev/null 2>&1
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
	awk '/^screen / { s = $2 } END { print s }' "$E2E_DIR/hits" 2>/dev/null
}

on_screen() { # NAME: the newest dump is of screen NAME
	[ "$(current_screen)" = "$1" ]
}

# dumps: how many screens the kiosk has dumped so far (one after each
# screen change, scroll or key it acts on).
dumps() {
	grep -c '^screen ' "$E2E_DIR/hits" 2>/dev/null
}

dumped_since() { # COUNT
	[ "$(dumps)" -gt "$1" ]
}

# tap NAME: a real click on button NAME, then waits (at most 5 s) for the
# kiosk to act on it. No such button on the screen is a failed step.
tap() {
	xy=$(hit "$1")
	if [ -z "$xy" ]; then
		check "tap $1" "no button $1 on screen $(current_screen)"
		return 1
	fi
	_tap_before=$(dumps)
	# shellcheck disable=SC2086
	xdotool mousemove $xy click 1
	wait_until 5 dumped_since "$_tap_before"
	sleep 0.3 # the frame drawn after the dump
}

# key KEYS...: real key presses, then waits (at most 5 s) for the kiosk to
# act on the last one.
key() {
	_key_before=$(dumps)
	xdotool key "$@"
	wait_until 5 dumped_since "$_key_before"
	sleep 0.3
}

# view: the newest dump's "view X Y W H SCROLL MAX TOP" fields after "view".
view() {
	awk '$1 == "view" { v = $2 " " $3 " " $4 " " $5 " " $6 " " $7 " " $8 } END { print v }' \
		"$E2E_DIR/hits"
}
