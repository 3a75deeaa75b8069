#!/bin/sh
# The staff's read-aloud tools on a data folder with recordings (the
# project's guides and contacts, a fixture recording copied in):
#   - make audio-check counts a good Somali recording as recorded, names a
#     stale one and a damaged one with the reason, and exits 1;
#   - make audio-script LANG=so no longer lists the recorded block, still
#     lists the others with their file names and texts;
#   - on the project itself (no recordings): every language accounted for,
#     exit 0.
. tests/e2e/lib.sh
DIR="$BUILD/test-audio-tools"
rm -rf "$DIR"
mkdir -p "$DIR/assets/audio/so"
ln -s "$(pwd)/assets/guides" "$DIR/assets/guides"
ln -s "$(pwd)/assets/contacts.txt" "$DIR/assets/contacts.txt"
AUDIO="$BUILD/mira-audio"

# The first block of the Somali script: the Rights topic label.
"$AUDIO" --data-dir "$DIR" script so >"$DIR/script-before.txt"
first=$(awk '/\.ogg/ { print $1; exit }' "$DIR/script-before.txt")
id=$(basename "$first" .ogg)
english=$(awk -v f="$first" '$1 == f { getline; sub(/^  english: /, ""); print; exit }' "$DIR/script-before.txt")
text=$(awk -v f="$first" '$1 == f { getline; getline; sub(/^  text: /, ""); print; exit }' "$DIR/script-before.txt")
cp tests/fixtures/audio/tone.ogg "$DIR/assets/audio/so/$id.ogg"
printf 'english: %s\ntext: %s\n' "$english" "$text" >"$DIR/assets/audio/so/$id.txt"
# The second block: recorded, then its translation changed.
second=$(awk '/\.ogg/ { n++ } /\.ogg/ && n == 2 { print $1; exit }' "$DIR/script-before.txt")
id2=$(basename "$second" .ogg)
cp tests/fixtures/audio/tone.ogg "$DIR/assets/audio/so/$id2.ogg"
printf 'english: %s\ntext: an older translation\n' \
	"$(awk -v f="$second" '$1 == f { getline; sub(/^  english: /, ""); print; exit }' "$DIR/script-before.txt")" \
	>"$DIR/assets/audio/so/$id2.txt"
# A damaged file for a block that does not exist any more.
printf 'OggS not audio' >"$DIR/assets/audio/so/guide.gone.paragraph.00000000.ogg"

"$AUDIO" --data-dir "$DIR" check >"$DIR/check.txt"
status=$?
if [ "$status" -eq 1 ]; then check "audio-check exits 1 when a recording will not play" ok; else
	check "audio-check exits 1 when a recording will not play" "exit $status"; fi
if grep -q "^  so .* 1 recorded, 0 synthesized, [0-9]* silent" "$DIR/check.txt"; then
	check "Somali: one block recorded, none synthesized" ok
else
	check "Somali: one block recorded, none synthesized" "$(grep '^  so ' "$DIR/check.txt")"
fi
if grep -q "$id2.ogg: the translation changed since it was recorded" "$DIR/check.txt"; then
	check "the stale recording is named, with why" ok
else
	check "the stale recording is named, with why" "$(cat "$DIR/check.txt")"
fi
if grep -q "guide.gone.paragraph.00000000.ogg: stale: no block has this id" "$DIR/check.txt"; then
	check "a recording of no block is named" ok
else
	check "a recording of no block is named" "$(cat "$DIR/check.txt")"
fi
"$AUDIO" --data-dir "$DIR" script so >"$DIR/script-after.txt"
if ! grep -q "$id.ogg" "$DIR/script-after.txt" && grep -q "$id2.ogg" "$DIR/script-after.txt" &&
	[ "$(grep -c '\.ogg' "$DIR/script-after.txt")" -eq $(($(grep -c '\.ogg' "$DIR/script-before.txt") - 1)) ]; then
	check "the script leaves out the recorded block, keeps the stale one" ok
else
	check "the script leaves out the recorded block, keeps the stale one" \
		"$(grep -c '\.ogg' "$DIR/script-before.txt") before, $(grep -c '\.ogg' "$DIR/script-after.txt") after"
fi
BUILD=$BUILD make -s audio-check >"$DIR/project.txt" 2>&1
status=$?
if [ "$status" -eq 0 ] && [ "$(grep -c ' blocks: ' "$DIR/project.txt")" -eq 11 ]; then
	check "make audio-check on the project: 11 languages, nothing broken" ok
else
	check "make audio-check on the project" "exit $status: $(cat "$DIR/project.txt")"
fi
finish
