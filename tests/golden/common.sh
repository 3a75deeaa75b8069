# Shared by the golden-image test and its regeneration: how each language's
# sample paragraph is rendered. MIRA_TEXT replaces mira-text (tests/mutation/
# uses a broken one).
BUILD=${BUILD:-build}
MIRA_TEXT=${MIRA_TEXT:-$BUILD/mira-text}
LANGS="nb en ar fa ur ckb so ti uk pl tr"

render_sample() { # LANG OUT.png
	"$MIRA_TEXT" --lang "$1" --width 800 --size 32 --out "$2" "tests/data/samples/$1.txt"
}
