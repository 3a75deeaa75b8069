"""Heard back: how many of a guide's words pocketsphinx (Debian's
pocketsphinx-en-us model) recognises in a WAV file.

    heard.py GUIDE FILE.wav   prints the share (0..1) of the guide's distinct
                              English words of four letters or more that the
                              recogniser heard
"""
import re
import subprocess
import sys
import warnings
import wave

warnings.filterwarnings("ignore", category=DeprecationWarning)
import audioop  # noqa: E402  (Debian 12's Python 3.11 has it)


def words_of_guide(path):
    text = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("title", "heading", "paragraph", "bullet", "note"):
                text.append(value)
    return {w for w in re.findall(r"[a-z]+", " ".join(text).lower()) if len(w) >= 4}


def heard(wav_path):
    """The words pocketsphinx hears; it wants 16 kHz mono."""
    with wave.open(wav_path) as w:
        data = w.readframes(w.getnframes())
        rate = w.getframerate()
    data, _ = audioop.ratecv(data, 2, 1, rate, 16000, None)
    low = wav_path + ".16k.wav"
    with wave.open(low, "wb") as o:
        o.setnchannels(1)
        o.setsampwidth(2)
        o.setframerate(16000)
        o.writeframes(data)
    out = subprocess.run(
        ["pocketsphinx_continuous", "-infile", low, "-logfn", "/dev/null"],
        capture_output=True, text=True, check=False).stdout
    return set(re.findall(r"[a-z']+", out.lower()))


def main():
    page = words_of_guide(sys.argv[1])
    got = heard(sys.argv[2])
    print(f"{len(page & got) / len(page):.3f}")


if __name__ == "__main__":
    main()
