#!/bin/sh
# "Show in Norwegian": the legevakt guide with Norwegian beside Arabic, Urdu
# and Tigrinya (1920x1080, side by side), cut in halves and read back by
# tesseract: her language on her reading side (right for Arabic and Urdu,
# left for Tigrinya) and Norwegian on the other, each half read in its own
# language; the words each must hold come from the compiled catalogs (the
# guide's title and first paragraph), never from the kiosk's code.
. tests/e2e/lib.sh
DIR="$BUILD/test-norwegian"
rm -rf "$DIR"
mkdir -p "$DIR"

# share LANG OCRFILE: the share of the letter pairs of the title and first
# paragraph in LANG's catalog (letters of her script; Latin ones for
# Norwegian) that tesseract read (pairs, not words: tesseract splits and
# joins Nastaliq words, yet reads its letters).
share() {
	python3 - "$BUILD/locale" "$1" "$2" <<'PY'
import gettext, re, sys
locale, lang, ocr = sys.argv[1:]
t = gettext.GNUTranslations(open(f"{locale}/{lang}/LC_MESSAGES/mira.mo", "rb"))
guide = open("assets/guides/legevakt.txt", encoding="utf-8").read()
title = re.search(r"^title: (.*)$", guide, re.M).group(1)
para = re.search(r"^paragraph: (.*)$", guide, re.M).group(1)
text = t.pgettext("guide/legevakt/title", title) + " " + t.pgettext("guide/legevakt/paragraph", para)
def pairs(s, native):
    out = set()
    for w in re.findall(r"\w+", s):
        if native and w.isascii():
            continue
        out |= {w[i:i + 2] for i in range(len(w) - 1) if not w[i:i + 2].isdigit()}
    return out
native = lang != "nb"
want = pairs(text, native)
got = pairs(open(ocr, encoding="utf-8").read(), native)
print(f"{len(want & got) / max(len(want), 1):.2f}")
PY
}

for lang in ar ur ti; do
	case $lang in ar) ocr=ara; her=right ;; ur) ocr=urd; her=right ;; ti) ocr=tir; her=left ;; esac
	"$BUILD/mira-kiosk" --screenshot "$DIR/$lang.png" --lang $lang --page legevakt \
		--size 1920x1080 --norwegian
	if [ $her = right ]; then her_crop=960x860+960+220; nb_crop=960x860+0+220
	else her_crop=960x860+0+220; nb_crop=960x860+960+220; fi
	convert "$DIR/$lang.png" -crop $her_crop +repage "$DIR/$lang-her.png"
	convert "$DIR/$lang.png" -crop $nb_crop +repage "$DIR/$lang-nb.png"
	tesseract "$DIR/$lang-her.png" "$DIR/$lang-her" -l $ocr >/dev/null 2>&1
	tesseract "$DIR/$lang-nb.png" "$DIR/$lang-nb" -l nor >/dev/null 2>&1
	tesseract "$DIR/$lang-nb.png" "$DIR/$lang-nb-as-her" -l $ocr >/dev/null 2>&1
	her_share=$(share $lang "$DIR/$lang-her.txt")
	nb_share=$(share nb "$DIR/$lang-nb.txt")
	cross=$(share $lang "$DIR/$lang-nb-as-her.txt")
	echo "$lang: her half reads $her_share of her letter pairs, the other half $nb_share of the Norwegian ones (and $cross of hers)"
	if python3 -c "import sys; h, n, c = map(float, sys.argv[1:]); sys.exit(not (h >= 0.4 and n >= 0.6 and c <= h / 3))" \
		"$her_share" "$nb_share" "$cross"; then
		check "$lang: her language on the $her, Norwegian beside it" ok
	else
		check "$lang: her language on the $her, Norwegian beside it" \
			"her words $her_share, Norwegian words $nb_share, her words in the Norwegian half $cross"
	fi
done
finish
