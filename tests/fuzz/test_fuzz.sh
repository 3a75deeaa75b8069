#!/bin/sh
# A short run of every fuzz target (make fuzz runs them longer): the saved
# regression inputs must pass, and 10 seconds each must find nothing.
make -s fuzz-build >/dev/null || { echo "FAIL: the fuzz targets do not build"; exit 1; }
sh tests/fuzz/run.sh "${FUZZ_SECONDS:-10}"
