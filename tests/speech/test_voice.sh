#!/bin/sh
# The voice a visitor hears, from outside the kiosk:
#   - the right voice: for a paragraph of each voiced language, the phonemes
#     of what the kiosk feeds espeak-ng equal `espeak-ng -v LANG -x -q` on the
#     same text; a Latin name inside Arabic is said with the Norwegian voice
#     (plain espeak-ng would say it in English);
#   - --speak: a WAV for a voiced language; a clear message and a non-zero
#     exit where there is no voice (Somali, Tigrinya, Sorani);
#   - heard back: pocketsphinx recognises in the English read-aloud of a
#     guide a share of its words well above what it finds in silence or in
#     another guide read aloud (all three measured here).
. tests/e2e/lib.sh
DIR="$BUILD/test-voice"
rm -rf "$DIR"
mkdir -p "$DIR"
PROBE="$BUILD/test-tools/speech_probe"

# paragraph LANG: the first guide paragraph of the catalog whose translation
# holds no number, address or Latin word (those the kiosk reads its own way).
paragraph() {
	python3 - "$1" <<'PY'
import re, sys
lang = sys.argv[1]
names = [l.strip() for l in open("assets/audio/norwegian-names.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")]
entries, cur, field = [], {}, None
# English is the source: the msgids of any catalog.
for line in open(f"po/{'nb' if lang == 'en' else lang}.po", encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r'(msgctxt|msgid|msgstr) "(.*)"$', line)
    if m:
        if m.group(1) == "msgctxt" or (m.group(1) == "msgid" and "msgid" in cur):
            entries.append(cur); cur = {}
        field = m.group(1); cur[field] = m.group(2)
    elif line.startswith('"') and field:
        cur[field] += line[1:-1]
entries.append(cur)
latin = lang in ("en", "nb", "pl", "tr")
for e in entries:
    t = e.get("msgstr", "") if lang != "en" else e.get("msgid", "")
    if not e.get("msgctxt", "").endswith("/paragraph") or len(t) < 60:
        continue
    if re.search(r"[0-9§@/\\\"]", t) or (not latin and re.search(r"[A-Za-z]", t)):
        continue
    if any(re.search(r"\b" + re.escape(n) + r"\b", t) for n in names):
        continue
    print(t)
    break
PY
}

for lang in nb en ar fa ur uk pl tr; do
	text=$(paragraph "$lang")
	if [ -z "$text" ]; then
		check "$lang: a plain paragraph to compare" "none found in the catalog"
		continue
	fi
	"$PROBE" phonemes "$lang" "$text" | grep -v '^$' >"$DIR/$lang.kiosk"
	espeak-ng -v "$lang" -x -q "$text" | grep -v '^$' >"$DIR/$lang.espeak"
	if [ -s "$DIR/$lang.kiosk" ] && cmp -s "$DIR/$lang.kiosk" "$DIR/$lang.espeak"; then
		check "$lang: the kiosk's phonemes are espeak-ng's for the same text" ok
	else
		check "$lang: the kiosk's phonemes are espeak-ng's for the same text" \
			"they differ: diff $DIR/$lang.kiosk $DIR/$lang.espeak"
	fi
done

# A Latin name inside Arabic: said in Norwegian by the kiosk, in English by
# plain espeak-ng.
text="اتصلي بـ legevakt الآن"
"$PROBE" phonemes ar "$text" >"$DIR/name.kiosk"
nb=$(espeak-ng -v nb -x -q legevakt | tr -d ' \n')
plain=$(espeak-ng -v ar -x -q "$text")
if grep -qxF "$nb" "$DIR/name.kiosk" && echo "$plain" | grep -q '(en)'; then
	check "legevakt inside Arabic is said in Norwegian ($nb)" ok
else
	check "legevakt inside Arabic is said in Norwegian ($nb)" \
		"kiosk: $(tr '\n' ' ' <"$DIR/name.kiosk"); plain espeak-ng: $plain"
fi

# --speak: a voice, and honestly none.
if "$BUILD/mira-kiosk" --speak legevakt --lang ar --audio-out "$DIR/ar.wav" 2>"$DIR/ar.log" &&
	[ "$(wc -c <"$DIR/ar.wav")" -gt 100000 ]; then
	check "--speak legevakt --lang ar writes sound" ok
else
	check "--speak legevakt --lang ar writes sound" "$(cat "$DIR/ar.log")"
fi
for lang in so ti ckb; do
	"$BUILD/mira-kiosk" --speak legevakt --lang $lang --audio-out "$DIR/$lang.wav" \
		2>"$DIR/$lang.log"
	status=$?
	if [ "$status" -ne 0 ] && grep -q "no voice reads '$lang'" "$DIR/$lang.log" &&
		[ ! -e "$DIR/$lang.wav" ]; then
		check "--speak in $lang: no voice, said plainly (exit $status)" ok
	else
		check "--speak in $lang: no voice, said plainly" "exit $status: $(cat "$DIR/$lang.log")"
	fi
done

# Heard back: the interpreter guide read aloud, against silence of the same
# length and the legevakt guide read aloud, scored on the interpreter
# guide's words.
"$BUILD/mira-kiosk" --speak interpreter --lang en --audio-out "$DIR/page.wav" &&
	"$BUILD/mira-kiosk" --speak legevakt --lang en --audio-out "$DIR/other.wav"
python3 - "$DIR/page.wav" "$DIR/silence.wav" <<'PY'
import sys, wave
with wave.open(sys.argv[1]) as w:
    n, rate = w.getnframes(), w.getframerate()
with wave.open(sys.argv[2], "wb") as o:
    o.setnchannels(1); o.setsampwidth(2); o.setframerate(rate); o.writeframes(b"\0\0" * n)
PY
page=$(python3 tests/speech/heard.py assets/guides/interpreter.txt "$DIR/page.wav")
silence=$(python3 tests/speech/heard.py assets/guides/interpreter.txt "$DIR/silence.wav")
other=$(python3 tests/speech/heard.py assets/guides/interpreter.txt "$DIR/other.wav")
echo "words of the page heard: read aloud $page, silence $silence, another page $other"
if python3 -c "import sys; p, s, o = map(float, sys.argv[1:]); sys.exit(not (p >= 0.25 and p >= 2 * o and p >= s + 0.2))" \
	"$page" "$silence" "$other"; then
	check "pocketsphinx hears the page ($page) well above silence ($silence) and another page ($other)" ok
else
	check "pocketsphinx hears the page well above silence and another page" \
		"page $page, silence $silence, another page $other"
fi
finish
