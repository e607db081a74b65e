#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): finishes the build in the staging
# directory before it replaces dist/.
#
# Release builds get
#   - one stylesheet instead of trunk's one per source file, so that the first
#     view waits on one request, not ten, and the preloads of the JavaScript
#     and wasm moved ahead of it, so that they start with the page;
#   - a Content-Security-Policy <meta> first in <head>, allowing trunk's inline
#     loader <script> by the SHA-256 of its exact text, and
#   - sw.js, the service worker, with a cache named after the build and the
#     list of every file of the build to keep for offline use.
# Development builds (trunk serve) get neither: trunk injects a reload script
# and a WebSocket that a strict policy would block, and an offline copy would
# hide the code just built. Their sw.js only removes a worker that a release
# build served at the same address may have left behind.
#
# Only bash, coreutils, sed and grep: `make serve` must work on a machine with
# nothing but rustup and Node.js.
set -euo pipefail

staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
profile=${TRUNK_PROFILE:-debug}
public_url=${TRUNK_PUBLIC_URL:-/}
[[ $public_url == */ ]] || public_url+=/
index=$staging/index.html
[[ -f $index ]] || { echo "post-build: no index.html in $staging" >&2; exit 1; }

say() { printf 'post-build: %s\n' "$*"; }

# The digest of standard input by `$1sum` (sha256, sha384), base64-encoded
# as CSP hash sources and subresource integrity want it.
digest_base64() {
  local hex
  hex=$("$1sum" | cut -d' ' -f1)
  printf '%b' "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0
}

# Prints the text of each inline <script> of the HTML in $1, NUL-separated.
inline_scripts() {
  local rest=$1 attributes body
  while [[ $rest == *"<script"* ]]; do
    rest=${rest#*<script}
    attributes=${rest%%>*}
    body=${rest#*>}
    body=${body%%</script>*}
    rest=${rest#*</script>}
    [[ $attributes == *src=* ]] && continue
    printf '%s\0' "$body"
  done
}

write_retiring_worker() {
  cat >"$staging/sw.js" <<'EOF'
// Development build: nothing is kept offline. This removes the worker and
// the caches a release build served at this address may have left.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('disputa-')) await caches.delete(key);
    }
    await self.registration.unregister();
  })());
});
EOF
}

add_content_security_policy() {
  local html hashes="" script meta
  html=$(<"$index")
  while IFS= read -r -d '' script; do
    if [[ $script == *__TRUNK_* ]]; then
      say "trunk's reload script is present (trunk serve): no Content-Security-Policy"
      return
    fi
    hashes+=" 'sha256-$(printf '%s' "$script" | digest_base64 sha256)'"
  done < <(inline_scripts "$html")

  local policy="default-src 'none'; script-src 'self'$hashes 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'"
  meta="<meta http-equiv=\"Content-Security-Policy\" content=\"$policy\">"

  # Right after the charset declaration, which must stay first, and so before
  # any script or stylesheet.
  local charset='<meta charset="utf-8">'
  [[ $html == *"$charset"* ]] || { echo "post-build: index.html has no $charset" >&2; exit 1; }
  html=${html/"$charset"/"$charset"$'\n    '"$meta"}
  local head=${html%%"$meta"*}
  if [[ $head == *"<script"* || $head == *"<link"* ]]; then
    echo "post-build: a script or link comes before the Content-Security-Policy" >&2
    exit 1
  fi
  printf '%s\n' "$html" >"$index"
  say "Content-Security-Policy: $policy"
}

# Joins trunk's stylesheets, in the order of index.html, into one file named
# after its content, and puts the preloads of the JavaScript and the wasm
# (which trunk writes at the end of <head>) just before it.
bundle_stylesheets() {
  local line out="" files=() placed=false
  local pattern='^[[:space:]]*<link rel="stylesheet" href="([^"]+)"[^>]*>[[:space:]]*$'
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ $pattern ]]; then
      files+=("${BASH_REMATCH[1]#"$public_url"}")
      $placed || out+=$'@@stylesheets@@\n'
      placed=true
      continue
    fi
    out+="$line"$'\n'
  done <"$index"
  ((${#files[@]} > 0)) || { say "no stylesheets to join"; return; }

  local preloads="" preload
  while IFS= read -r preload; do
    [[ -n $preload ]] || continue
    out=${out//"$preload"/}
    preloads+="    $preload"$'\n'
  done < <(grep -o -e '<link rel="modulepreload"[^>]*>' -e '<link rel="preload"[^>]*>' "$index" || true)

  local joined name integrity file
  joined=$(mktemp)
  for file in "${files[@]}"; do
    [[ -f $staging/$file ]] || { echo "post-build: index.html links $file, which the build lacks" >&2; exit 1; }
    cat "$staging/$file" >>"$joined"
  done
  name=app-$(sha256sum <"$joined" | cut -c1-16).css
  integrity=sha384-$(digest_base64 sha384 <"$joined")
  mv "$joined" "$staging/$name"
  chmod 644 "$staging/$name"
  for file in "${files[@]}"; do rm -f "$staging/$file"; done
  out=${out/"@@stylesheets@@"/"$preloads    <link rel=\"stylesheet\" href=\"$public_url$name\" integrity=\"$integrity\"/>"}
  printf '%s' "$out" >"$index"
  say "${#files[@]} stylesheets joined into $name"
}

# The files a visit needs offline: the page and every asset trunk wrote.
precached_files() {
  (cd "$staging" && find . -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' \
      -o -name '*.css' -o -name '*.svg' -o -name '*.png' -o -name '*.webmanifest' \) \
      ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
}

write_service_worker() {
  local files version list="" file
  files=$(precached_files)
  while IFS= read -r file; do
    if [[ $file =~ [^A-Za-z0-9._/-] ]]; then
      echo "post-build: unexpected character in the file name $file" >&2
      exit 1
    fi
    list+="  '$public_url$file',"$'\n'
  done <<<"$files"
  # Named after the names and contents of every file, so that any change to
  # the build makes a new cache and the old one is dropped.
  version=$(cd "$staging" && xargs -d '\n' sha256sum <<<"$files" | sha256sum | cut -c1-16)

  cat >"$staging/sw.js" <<EOF
// Disputa's service worker, written by the build (hooks/post-build.sh).
// It keeps this build's files so the app opens without a network; the cases
// themselves stay in the browser's storage, as online.
const CACHE = 'disputa-$version';
const INDEX = '${public_url}index.html';
const FILES = [
$list];
EOF
  cat >>"$staging/sw.js" <<'EOF'
const KEPT = new Set(FILES.map((path) => new URL(path, self.location.origin).href));

self.addEventListener('install', (event) => {
  // 'reload': the files as the host has them now, not as an HTTP cache kept them.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('disputa-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every route is the one page: the network's when online, so a new build
    // shows at once; the kept copy when offline.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(INDEX))
        .then((kept) => kept ?? Response.error())),
    );
    return;
  }
  // The build's files never change under their names: the kept copy first.
  // Anything else, sw.js included, goes to the network untouched.
  if (KEPT.has(url.origin + url.pathname)) {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((kept) => kept ?? fetch(request)),
    );
  }
});
EOF
  say "sw.js: cache disputa-$version, $(wc -l <<<"$files") files"
}

if [[ $profile == release ]]; then
  bundle_stylesheets
  add_content_security_policy
  write_service_worker
else
  write_retiring_worker
  say "development build: no Content-Security-Policy, no offline copy"
fi
