# Shared by the golden-image test and its regeneration: how each language's
# sample paragraph is rendered.
BUILD=${BUILD:-build}
LANGS="nb en ar fa ur ckb so ti uk pl tr"

render_sample() { # LANG OUT.png
	"$BUILD/mira-text" --lang "$1" --width 800 --size 32 --out "$2" "tests/data/samples/$1.txt"
}
