#!/bin/sh
# The sources follow .clang-format (make format-check).
make -s format-check
