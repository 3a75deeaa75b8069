#!/bin/sh
# Privacy during a visitor session, checked from outside the program: the
# real kiosk in Xvfb, driven by xdotool through a visit (Arabic, a topic, a
# guide, scrolling, a language switch, quick exit), traced by strace (every
# call that names a path, System V IPC, memfd_create, sockets), with read
# aloud on (SDL's dummy audio device: real time, no sound card, and it
# writes nothing itself) and used on the guide: Listen, headphones, pause,
# go on; and a QR card opened from the help-now page. Every path
# is watched, /dev/ and /dev/shm/ included:
#   - no write anywhere: no open for writing, creating or truncating, no
#     mkdir, unlink, rename, link, chmod, utime... (attempts count too);
#   - reads only where the kiosk provably needs them (the list below, a
#     reason each);
#   - no network socket, and the only socket connected is the X server's;
#   - X11 shared memory (shmget) is memory, not a file: each segment must be
#     private (IPC_PRIVATE) and marked for removal (IPC_RMID) at once;
#   - its log at the default level names no page she saw.
# (That quick exit and idle reset forget the session in memory is tested in
# tests/unit/test_app.c and tests/e2e/test_kiosk.sh.)
. tests/e2e/lib.sh
E2E_DIR="$BUILD/e2e-privacy"
E2E_SIZE=1280x800
export SDL_RENDER_DRIVER=software
export SDL_AUDIODRIVER=dummy
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
trap stop_all EXIT
ROOT=$(pwd)
BUILD_ABS=$(cd "$BUILD" && pwd)
E2E_ABS=$(cd "$E2E_DIR" && pwd)

# Where the kiosk may read, and why. An entry ending in / is a folder and all
# below it; any other entry is one path. The folders above an entry may be
# looked at too (realpath() reads each on the way).
cat >"$E2E_DIR/allowed" <<EOF
/etc/ld.so.preload	the dynamic loader looks for preloaded libraries
/etc/ld.so.cache	the dynamic loader finds the shared libraries
/lib/	shared libraries (where /lib is not merged into /usr)
/usr/lib/	shared libraries, glibc's locale data and gconv modules
/etc/locale.alias	glibc's setlocale() reads its aliases
/usr/share/locale/locale.alias	the same, where gettext looks for them
/usr/share/X11/locale/	Xlib's locale and Compose tables, for keyboard input
/usr/share/X11/XKeysymDB	Xlib's names of keys
$HOME/.XCompose	Xlib's Compose table of this user
/var/cache/libx11/compose/	Xlib looks for a cached Compose table (a look: a write fails)
/usr/share/icons/	the X cursor theme SDL loads (the cursor is then hidden)
$HOME/.icons/	the same theme, where this user may have it
/usr/share/pixmaps/	where Xcursor also looks for it
$HOME/.Xdefaults	Xlib's resources
$HOME/.Xdefaults-$(hostname)	Xlib's resources for this host
${XAUTHORITY:-$HOME/.Xauthority}	the X server's access cookie
/proc	SDL checks that /proc is mounted (access F_OK)
/proc/self/exe	SDL finds the program's own name and folder
/proc/sys/fs/binfmt_misc/WSLInterop	SDL checks whether it runs under Windows' WSL
/run/WSL	the same check
/dev/dri	the kiosk checks whether there is a GPU (access F_OK, src/kiosk/main.c)
$HOME/espeak-ng-data	espeak-ng looks for voice data of this user's own first (a look; it has none)
$BUILD_ABS/mira-kiosk	the program itself
$(dirname "$BUILD_ABS")/fonts	the kiosk looks for its data above its binary (src/util/paths.c)
$ROOT/fonts/	its fonts
$ROOT/assets/	its guides, contacts and icons
$ROOT/kiosk.conf	its settings, when there are any
$BUILD_ABS/locale	its catalogs (a link, checked for a new catalog)
$BUILD_ABS/locale-gens/	its catalogs
$E2E_ABS/hits	the hit dump the shell opened as its stdout (stdio looks at it)
$E2E_ABS/log	the log the shell opened as its stderr
EOF

start_xvfb "$E2E_SIZE" || exit 1
# The shell opens the hit dump and the log for the kiosk: those are not the
# kiosk's own writes, and the trace shows only what the kiosk opens itself.
strace -f -qq -y -e trace=%file,%ipc,memfd_create,socket,connect,bind \
	-o "$E2E_DIR/trace" "$BUILD/mira-kiosk" --debug-hits --locale-dir "$BUILD/locale" \
	>"$E2E_DIR/hits" 2>"$E2E_DIR/log" &
STRACE_PID=$!
wait_for_picker
KIOSK_PID=$(pgrep -P "$STRACE_PID" | head -1)
printf '/proc/%s/exe\tthe same, by its process id\n' "$KIOSK_PID" >>"$E2E_DIR/allowed"
# A sanitizer build (make check-asan): the sanitizer runtime reads its own
# process's command line, environment and memory map at start. Only there.
if ldd "$BUILD/mira-kiosk" 2>/dev/null | grep -q libasan; then
	printf '/proc/self/cmdline\tAddressSanitizer reads its options (sanitizer builds only)\n' >>"$E2E_DIR/allowed"
	printf '/proc/self/environ\tthe same\n' >>"$E2E_DIR/allowed"
	printf '/proc/self/maps\tAddressSanitizer maps the process memory (sanitizer builds only)\n' >>"$E2E_DIR/allowed"
fi
tap lang:ar
tap topic:rights
tap guide:violence
tap listen
tap listen:prompt
sleep 1
tap listen
tap listen
sleep 0.5
key Next Next Down
tap help-now
tap qr:police
tap back
tap language
tap lang:nb
tap quick-exit
kill -TERM "$KIOSK_PID"
wait "$STRACE_PID" 2>/dev/null
KIOSK_PID=

if [ "$(current_screen)" = picker ]; then check "the visit ends on the picker" ok; else
	check "the visit ends on the picker" "on $(current_screen)"
fi
if grep -q "screen violence" "$E2E_DIR/hits"; then check "the visit reached the guide" ok; else
	check "the visit reached the guide" "never on screen violence"
fi
if grep -q "hit listen:prompt" "$E2E_DIR/hits"; then check "read aloud was used" ok; else
	check "read aloud was used" "no headphones prompt in the dump"
fi
if grep -q "screen qr/police" "$E2E_DIR/hits"; then check "a QR card was opened" ok; else
	check "a QR card was opened" "never on screen qr/police"
fi
calls=$(grep -c . "$E2E_DIR/trace")
if [ "$calls" -gt 100 ]; then check "strace saw the kiosk ($calls calls)" ok; else
	check "strace saw the kiosk" "only $calls calls traced"
fi

# Every traced call, as "write|read|socket|ipc PATH-OR-DETAIL: THE CALL".
awk -v cwd="$ROOT" '
	function norm(p,    n, i, a, out, k, s) {
		n = split(p, a, "/")
		k = 0
		for (i = 1; i <= n; i++) {
			if (a[i] == "" || a[i] == ".") continue
			if (a[i] == "..") { if (k) k--; continue }
			s[++k] = a[i]
		}
		out = ""
		for (i = 1; i <= k; i++) out = out "/" s[i]
		return out == "" ? "/" : out
	}
	{
		sub(/^[0-9]+ +/, "")
		if ($0 ~ /^(---|\+\+\+)/) next
		# A call another thread interrupted: its "unfinished" line has the path.
		if ($0 ~ /^<\.\.\. [a-z0-9_]+ resumed>/) next
		call = $0
		name = substr($0, 1, index($0, "(") - 1)
		args = substr($0, index($0, "(") + 1)
		if (name ~ /^(socket|connect|bind)$/) { print "socket " call; next }
		if (name ~ /^(shm|sem|msg)/) { print "ipc " call; next }
		if (name == "memfd_create") { print "memfd " call; next }
		if (name == "getcwd") next
		# The folder a relative path starts from: AT_FDCWD<dir> or N<dir>.
		dir = cwd
		if (match(args, /^(AT_FDCWD|[0-9]+)<[^>]*>/)) {
			d = substr(args, RSTART, RLENGTH)
			sub(/^[^<]*</, "", d)
			sub(/>$/, "", d)
			dir = d
		}
		path = dir
		if (match(args, /"([^"\\]|\\.)*"/)) {
			p = substr(args, RSTART + 1, RLENGTH - 2)
			if (p != "") path = (p ~ /^\//) ? p : dir "/" p
		}
		kind = "read"
		if (name ~ /^(open|openat|openat2)$/ && args ~ /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|O_TMPFILE/)
			kind = "write"
		if (name ~ /^(creat|mkdir|mkdirat|rmdir|unlink|unlinkat|rename|renameat|renameat2|link|linkat|symlink|symlinkat|truncate|chmod|fchmodat|fchmodat2|chown|lchown|fchownat|utime|utimes|utimensat|futimesat|mknod|mknodat|setxattr|lsetxattr|removexattr|lremovexattr|mount|umount2|chroot|pivot_root|swapon|swapoff|acct|quotactl)$/)
			kind = "write"
		print kind " " norm(path) ": " call
	}' "$E2E_DIR/trace" >"$E2E_DIR/calls"

# Writes: none at all, wherever they are and whether or not they succeeded.
writes=$(grep '^write ' "$E2E_DIR/calls")
if [ -z "$writes" ]; then
	check "no file written, created, removed or changed ($(grep -c '^read ' "$E2E_DIR/calls") look-ups and reads, /dev/ included)" ok
else
	check "no file written, created, removed or changed" "$(echo "$writes" | cut -d' ' -f3- | head -10)"
fi

# Reads: only where the list above says, or the folders on the way there.
awk -F'\t' '
	NR == FNR { allowed[++n] = $1; next }
	$0 !~ /^read / { next }
	{
		path = $0
		sub(/^read /, "", path)
		sub(/: .*/, "", path)
		for (i = 1; i <= n; i++) {
			a = allowed[i]
			if (path == a || (a ~ /\/$/ && index(path, a) == 1) || path "/" == a ||
			    index(a, path "/") == 1)
				next
		}
		print
	}' "$E2E_DIR/allowed" "$E2E_DIR/calls" >"$E2E_DIR/outside"
if [ -s "$E2E_DIR/outside" ]; then
	check "reads only where it must" "$(sort -u -k2,2 "$E2E_DIR/outside" | cut -d' ' -f3- | head -20)"
else
	check "reads only where it must ($(cut -f1 "$E2E_DIR/allowed" | wc -l) places, each with a reason)" ok
fi

# Sockets: only AF_UNIX, only to the X server.
net=$(grep -E '^socket socket\(AF_(INET|INET6|PACKET|NETLINK|BLUETOOTH)' "$E2E_DIR/calls")
if [ -n "$net" ]; then check "no network socket" "$(echo "$net" | head -5)"; else
	check "no network socket ($(grep -c '^socket socket(AF_UNIX' "$E2E_DIR/calls") local Unix sockets)" ok
fi
x_socket="/tmp/.X11-unix/X${DISPLAY#:}"
other=$(grep '^socket \(connect\|bind\)(' "$E2E_DIR/calls" | grep -vF "sun_path=@\"$x_socket\"" |
	grep -vF "sun_path=\"$x_socket\"")
if [ -n "$other" ]; then check "the only socket connected is the X server's" "$(echo "$other" | head -5)"; else
	check "the only socket connected is the X server's ($x_socket)" ok
fi

# X11 shared memory: private segments, each marked for removal at once.
bad_shm=$(awk '
	/^ipc shmget\(/ {
		id = $NF
		if ($0 !~ /shmget\(IPC_PRIVATE,/) print "not private: " substr($0, 5)
		if (id ~ /^[0-9]+$/) open_ids[id] = substr($0, 5)
	}
	/^ipc shmctl\([0-9]+, IPC_RMID/ { id = $2; sub(/^shmctl\(/, "", id); sub(/,$/, "", id); delete open_ids[id] }
	END { for (id in open_ids) print "never removed: " open_ids[id] }' "$E2E_DIR/calls")
shm=$(grep -c '^ipc shmget(' "$E2E_DIR/calls")
memfd=$(grep -c '^memfd ' "$E2E_DIR/calls")
if [ -z "$bad_shm" ]; then
	check "X11 shared memory: $shm private segment(s), each removed at once; $memfd memfd(s)" ok
else
	check "X11 shared memory" "$bad_shm"
fi

# The log names no page, guide or text she saw.
said=""
for word in violence rights Arabic ar/ nb/ "guide" "topic" "Vold" "العنف"; do
	grep -qi -- "$word" "$E2E_DIR/log" && said="$said '$word'"
done
if [ -z "$said" ]; then check "the log names nothing she read ($(wc -l <"$E2E_DIR/log") lines)" ok; else
	check "the log names nothing she read" "it says$said: $(head -5 "$E2E_DIR/log")"
fi
finish
