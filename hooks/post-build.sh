#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): the build tool finishes the build in
# trunk's staging directory (xtask/src/post_build.rs says how).
set -euo pipefail
exec cargo run --quiet --manifest-path "${TRUNK_SOURCE_DIR:-.}/Cargo.toml" -p xtask -- post-build
