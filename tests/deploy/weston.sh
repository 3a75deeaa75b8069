# Shared by the Wayland tests: a real weston compositor for the kiosk.
# weston refuses to run as root, so as root it runs as "nobody" with a
# runtime folder of its own; the kiosk connects to its socket.
# start_weston BACKEND [ARGS...]: starts weston, exports WAYLAND_DISPLAY and
# XDG_RUNTIME_DIR; returns 1 (with WESTON_WHY) when it cannot start.
start_weston() {
	_wb=$1
	shift
	WESTON_DIR=$(mktemp -d)
	WAYLAND_DISPLAY=mira-test-$$
	if [ "$(id -u)" = 0 ]; then
		chown nobody "$WESTON_DIR"
		set -- setpriv --reuid=65534 --regid=65534 --clear-groups env \
			XDG_RUNTIME_DIR="$WESTON_DIR" HOME="$WESTON_DIR" \
			weston --backend="$_wb" --socket="$WAYLAND_DISPLAY" --idle-time=0 "$@"
	else
		set -- env XDG_RUNTIME_DIR="$WESTON_DIR" weston --backend="$_wb" \
			--socket="$WAYLAND_DISPLAY" --idle-time=0 "$@"
	fi
	if ! command -v weston >/dev/null; then
		WESTON_WHY="weston is not installed (Debian package weston, make deps-check)"
		return 1
	fi
	"$@" >"$WESTON_DIR.log" 2>&1 &
	WESTON_PID=$!
	for _ in $(seq 50); do
		[ -S "$WESTON_DIR/$WAYLAND_DISPLAY" ] && break
		kill -0 "$WESTON_PID" 2>/dev/null || break
		sleep 0.1
	done
	if [ ! -S "$WESTON_DIR/$WAYLAND_DISPLAY" ]; then
		WESTON_WHY="weston did not start: $(tail -3 "$WESTON_DIR.log" | tr '\n' ' ')"
		return 1
	fi
	XDG_RUNTIME_DIR=$WESTON_DIR
	export WAYLAND_DISPLAY XDG_RUNTIME_DIR
}

stop_weston() {
	[ -n "${WESTON_PID:-}" ] && kill "$WESTON_PID" 2>/dev/null && wait "$WESTON_PID" 2>/dev/null
	WESTON_PID=
	[ -n "${WESTON_DIR:-}" ] && rm -rf "$WESTON_DIR" "$WESTON_DIR.log"
}
