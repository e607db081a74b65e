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

.PHONY: serve test setup setup-dev lint test-native test-browser release test-e2e size bench coverage

serve: setup-dev
	trunk serve

test: setup lint test-native test-browser release test-e2e size

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
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

test-native:
	cargo test

test-browser:
	$(BROWSER_ENV) cargo test $(WASM) --test 'browser_*'

# The release build is what buyers load, so the end-to-end tests run against it.
release:
	trunk build --release

test-e2e:
	cd tests/e2e && npx playwright test

size:
	@tests/size-report dist

bench:
	cargo bench --bench assess

coverage:
	cargo llvm-cov --summary-only --tests
