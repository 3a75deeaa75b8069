#!/bin/sh
# make install into a staging folder: the program, data, fonts, compiled
# catalogs and the systemd unit land where they should, the installed
# kiosk renders a guide from the installed data alone, and the unit passes
# systemd-analyze verify.
BUILD=${BUILD:-build}
stage="$(pwd)/$BUILD/stage"
rm -rf "$stage"
make -s install BUILD="$BUILD" PREFIX=/usr DESTDIR="$stage" >"$BUILD/install.log" 2>&1 ||
	{ echo "FAIL: make install: $(tail -5 "$BUILD/install.log")"; exit 1; }
status=0
for f in usr/bin/mira-kiosk usr/bin/mira-text usr/share/mira-kiosk/fonts/NotoSans-Regular.ttf \
	usr/share/mira-kiosk/assets/contacts.txt usr/share/mira-kiosk/assets/guides/legevakt.txt \
	usr/share/mira-kiosk/assets/icons/home.svg usr/share/mira-kiosk/locale/ar/LC_MESSAGES/mira.mo \
	usr/share/mira-kiosk/assets/audio/norwegian-names.txt \
	lib/systemd/system/mira-kiosk.service lib/systemd/system/mira-kiosk-restart.service \
	lib/systemd/system/mira-kiosk-restart.timer; do
	[ -e "$stage/$f" ] || { echo "FAIL: $f was not installed"; status=1; }
done
unit="$stage/lib/systemd/system/mira-kiosk.service"
grep -q "ExecStart=/usr/bin/cage \$MIRA_CAGE_ARGS -- /usr/bin/mira-kiosk --data-dir /usr/share/mira-kiosk" "$unit" ||
	{ echo "FAIL: ExecStart: $(grep ExecStart "$unit")"; status=1; }
# The installed program with the installed data only (nothing from the tree).
"$stage/usr/bin/mira-kiosk" --data-dir "$stage/usr/share/mira-kiosk" --lang ar --page legevakt \
	--screenshot "$BUILD/installed.png" --size 1080x1920 2>"$BUILD/installed.err" ||
	{ echo "FAIL: the installed kiosk did not render: $(cat "$BUILD/installed.err")"; status=1; }
[ -s "$BUILD/installed.err" ] && { echo "FAIL: the installed kiosk complained: $(cat "$BUILD/installed.err")"; status=1; }
# Read aloud from the installed data: a voice, the Norwegian names.
"$stage/usr/bin/mira-kiosk" --data-dir "$stage/usr/share/mira-kiosk" --lang en --page legevakt \
	--speak legevakt --audio-out "$BUILD/installed.wav" 2>"$BUILD/installed-speak.err" &&
	[ "$(wc -c <"$BUILD/installed.wav")" -gt 100000 ] ||
	{ echo "FAIL: the installed kiosk did not read aloud: $(cat "$BUILD/installed-speak.err")"; status=1; }
# systemd's own check of the unit (cage must exist for it: it is a check dependency).
# Both are check dependencies (make deps-check installs them): without them
# the unit is not verified, and that is a failure, never a silent pass.
if ! command -v systemd-analyze >/dev/null; then
	echo "FAIL: systemd-analyze is missing (Debian package systemd, installed by make deps-check): the unit was not verified"
	status=1
elif ! command -v cage >/dev/null; then
	echo "FAIL: cage is missing (installed by make deps-check): systemd-analyze verify cannot check ExecStart"
	status=1
else
	mkdir -p "$BUILD/units"
	sed "s|/usr/bin/mira-kiosk|$stage/usr/bin/mira-kiosk|" "$unit" >"$BUILD/units/mira-kiosk.service"
	cp "$stage/lib/systemd/system/mira-kiosk-restart.service" \
		"$stage/lib/systemd/system/mira-kiosk-restart.timer" "$BUILD/units/"
	# A warning counts too: verify exits 0 on a line it ignores ("Failed to
	# parse service type, ignoring"), and systemd would ignore it as well.
	if (cd "$BUILD/units" && systemd-analyze verify mira-kiosk.service mira-kiosk-restart.service \
		mira-kiosk-restart.timer) >"$BUILD/verify.log" 2>&1 && [ ! -s "$BUILD/verify.log" ]; then
		echo "ok: systemd-analyze verify (the kiosk, the nightly restart and its timer)"
	else
		echo "FAIL: systemd-analyze verify: $(cat "$BUILD/verify.log")"
		status=1
	fi
fi
[ $status -eq 0 ] && echo "ok: installed to $stage, rendered from there, and the unit verified"
exit $status
