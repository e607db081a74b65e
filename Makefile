# Disputa: `make serve` runs the app at http://127.0.0.1:8080, `make test` runs every test.
# Both install what is missing first (.ci/setup) and skip what is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM := --target wasm32-unknown-unknown

# Browser tests: wasm-bindgen-test in Debian's headless Chromium.
BROWSER_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=60

.PHONY: serve test setup setup-dev lint test-native test-browser release test-e2e lighthouse size bench bench-native bench-web coverage

serve: setup-dev
	trunk serve

test: setup lint test-native test-browser release test-e2e lighthouse size

setup:
	.ci/setup test

setup-dev:
	.ci/setup dev

# Leptos's inner_html writes markup into the page unescaped: one use with
# anything a buyer typed or imported is a script injection, so none is allowed.
lint:
	@if grep -rn 'inner_html' src; then \
		echo 'lint: inner_html is not allowed in src/ (it writes unescaped markup); build the view from elements and text instead' >&2; \
		exit 1; \
	fi
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p xtask --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

test-native:
	cargo test
	cargo test -p xtask

test-browser:
	$(BROWSER_ENV) cargo test $(WASM) --test 'browser_*'

# The release build is what buyers load, so the end-to-end tests run against it.
# It is split (xtask link, through tools/split-link): the first load carries the home page and what
# every page shares, and each other page's code loads on its first visit. Then the guides, the
# eligibility check and the home page are rendered into the HTML the host serves (xtask prerender).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
SPLIT_ENV := DISPUTA_SPLIT_DIR=$(TARGET_DIR)/wasm-split \
	DISPUTA_XTASK=$(TARGET_DIR)/debug/xtask \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$(CURDIR)/tools/split-link \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --cfg disputa_split -C link-arg=--emit-relocs"

release:
	cargo build --quiet -p xtask
	$(SPLIT_ENV) trunk build --release
	$(TARGET_DIR)/debug/xtask prerender dist

test-e2e:
	cd tests/e2e && npx playwright test

# Lighthouse on the release build: fails only when an accessibility score is below 100.
lighthouse:
	cd tests/e2e && node lighthouse.mjs

size:
	@tests/size-report dist

bench: bench-native bench-web

# The rules engine natively: 100,000 generated cases.
bench-native:
	cargo bench --bench assess

# The release build in Chromium: first render and a list of 1,000 cases
# (run `make release` first; BENCH_FLAGS=--check fails on a missed target).
bench-web:
	cd tests/e2e && node bench.mjs $(BENCH_FLAGS)

coverage:
	cargo llvm-cov --summary-only --tests
