#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): finishes the build in the staging
# directory before it replaces dist/.
#
# A build split into modules (`make release`, see tools/split-link) gets the
# pages' modules, optimized and named after their content, and __wasm_split.js,
# which loads them.
#
# Release builds get
#   - one stylesheet instead of trunk's one per source file, so that the first
#     view waits on one request, not ten, and the preloads of the JavaScript
#     and wasm moved ahead of it, so that they start with the page;
#   - in a split build, a small inline <script> after the stylesheet that,
#     when the address is a page loaded on its first visit, preloads that
#     page's modules, so they download alongside the main module instead of
#     after it has started;
#   - a Content-Security-Policy <meta> first in <head>, allowing the inline
#     <script>s by the SHA-256 of their exact text, and
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

# The build's JavaScript, as trunk wrote it.
bindings_file() {
  local files=("$staging"/*.js)
  local file
  for file in "${files[@]}"; do
    [[ $(basename "$file") == sw.js ]] && continue
    grep -q '__wbg_get_imports' "$file" && { printf '%s\n' "$file"; return; }
  done
  echo "post-build: no wasm-bindgen JavaScript in $staging" >&2
  exit 1
}

# The pages' modules that tools/split-link split off, put into the build: each
# optimized as trunk optimizes the main module and named after its content;
# __wasm_split.js, which fetches them, and the bindings that import it renamed
# after what they hold, so that no name is reused for other content.
add_split_modules() {
  local bindings
  bindings=$(bindings_file)
  grep -q '"./__wasm_split.js"' "$bindings" || return 0

  local split_dir=${DISPUTA_SPLIT_DIR:?post-build: this build is split: set DISPUTA_SPLIT_DIR as tools/split-link had it}
  local target_dir=${CARGO_TARGET_DIR:-$TRUNK_SOURCE_DIR/target}
  local linked=$target_dir/wasm32-unknown-unknown/$profile/disputa.wasm
  [[ -f $split_dir/stamp && -f $linked ]] || { echo "post-build: no split modules in $split_dir" >&2; exit 1; }
  if [[ $(sha256sum <"$linked" | cut -d' ' -f1) != "$(<"$split_dir/stamp")" ]]; then
    echo "post-build: the split modules in $split_dir are not those of $linked" >&2
    exit 1
  fi

  # wasm-opt's level and features as index.html gives them to trunk.
  local html=${TRUNK_HTML_FILE:-$TRUNK_SOURCE_DIR/index.html} level params
  level=$(grep -o 'data-wasm-opt="[^"]*"' "$html" | cut -d'"' -f2)
  params=$(grep -o 'data-wasm-opt-params="[^"]*"' "$html" | cut -d'"' -f2)
  [[ -n $level ]] || { echo "post-build: index.html gives no data-wasm-opt" >&2; exit 1; }

  local loader module stem name count=0
  loader=$(mktemp)
  cp "$split_dir/__wasm_split.js" "$loader"
  # Two at a time; wasm-opt warns of the name subsection it does not know.
  # shellcheck disable=SC2016 # expanded by the inner shell
  find "$split_dir" -name '*.wasm' -print0 |
    xargs -0 -P2 -I{} sh -c 'wasm-opt "$1" $2 "$3" -o "$4/$(basename "$3")" 2>&1 |
      { grep -v "unknown name subsection" || true; }' - "-O$level" "$params" {} "$staging"
  for module in "$split_dir"/*.wasm; do
    stem=$(basename "$module" .wasm)
    [[ -f $staging/$stem.wasm ]] || { echo "post-build: wasm-opt gave no $stem.wasm" >&2; exit 1; }
    name=$stem-$(sha256sum <"$staging/$stem.wasm" | cut -c1-16).wasm
    mv "$staging/$stem.wasm" "$staging/$name"
    chmod 644 "$staging/$name"
    sed -i "s|\"./$stem.wasm\"|\"./$name\"|" "$loader"
    count=$((count + 1))
  done

  # One name for the bindings and the loader, from both contents: each names
  # the other, so either changing renames both.
  local old_bindings new_bindings hash
  old_bindings=$(basename "$bindings")
  hash=$(cat "$bindings" "$loader" | sha256sum | cut -c1-16)
  new_bindings=disputa-$hash.js
  sed -i "s|\"./disputa.js\"|\"./$new_bindings\"|" "$loader"
  mv "$loader" "$staging/__wasm_split-$hash.js"
  chmod 644 "$staging/__wasm_split-$hash.js"
  # Only the module imports: the wasm's own imports keep the name it was linked with.
  sed "/^import /s|\"./__wasm_split.js\"|\"./__wasm_split-$hash.js\"|" "$bindings" >"$staging/$new_bindings"
  rm "$bindings"

  local integrity page
  integrity=sha384-$(digest_base64 sha384 <"$staging/$new_bindings")
  page=$(<"$index")
  page=${page//"$old_bindings"/"$new_bindings"}
  page=$(sed -E "s|(<link rel=\"modulepreload\" href=\"[^\"]*$new_bindings\"[^>]*integrity=\")[^\"]*|\1$integrity|" <<<"$page")
  printf '%s\n' "$page" >"$index"
  split_loader=$staging/__wasm_split-$hash.js
  say "$count split modules; bindings $new_bindings, loader __wasm_split-$hash.js"
}

# The modules of the group `$1`, as __wasm_split.js (in $split_loader) fetches
# them: the group's own file, then the chunks it shares with other groups.
group_modules() {
  local loader deps chunk file
  loader=$(tr '\n' ' ' <"$split_loader")
  file=$(grep -o "\"\./split_$1-[0-9a-f]*\.wasm\"" <<<"$loader" | tr -d '"' | cut -c3-)
  deps=$(grep -o "__wasm_split_load_$1 = wrapAsyncCb(makeLoad([^[]*\[[^]]*\]" <<<"$loader" | sed 's/.*\[//; s/\]$//')
  [[ -n $file && -n $deps ]] || { echo "post-build: __wasm_split.js has no loader of the group $1" >&2; exit 1; }
  printf '%s\n' "$file"
  for chunk in ${deps//,/ }; do
    file=$(grep -o "\"\./${chunk#__}-[0-9a-f]*\.wasm\"" <<<"$loader" | tr -d '"' | cut -c3-)
    [[ -n $file ]] || { echo "post-build: __wasm_split.js has no file for $chunk" >&2; exit 1; }
    printf '%s\n' "$file"
  done
}

# Puts after the stylesheet an inline <script> that preloads the modules of
# the page at the address opened, when it is one loaded on its first visit
# (`page_loaded_on_visit!` in src/app.rs, whose `at` addresses it matches as
# `page_at` does). The app asks for the same files once it has started; the
# preloads have them on the way already. After the stylesheet, the script runs
# once the stylesheet has arrived, so the preloads do not slow the first
# paint down by sharing the network with it.
add_page_preloads() {
  [[ -n ${split_loader:-} ]] || return 0
  local source=${TRUNK_SOURCE_DIR:-.}/src/app.rs line pages="" groups="" count=0 at group files
  local pattern='^[[:space:]]*[A-Za-z]+: [a-z_]+ in ([a-z_]+) at "(/[^"]*)" =>'
  while IFS= read -r line; do
    [[ $line =~ $pattern ]] || continue
    group=${BASH_REMATCH[1]}
    at=${BASH_REMATCH[2]}
    pages+="[\"$at\",\"$group\"],"
    if [[ $groups != *"\"$group\":"* ]]; then
      files=$(group_modules "$group" | sed 's/.*/"&"/' | paste -sd,)
      groups+="\"$group\":[$files],"
    fi
    count=$((count + 1))
  done <"$source"
  ((count > 0)) || { echo "post-build: no page_loaded_on_visit! addresses in $source" >&2; exit 1; }

  local script
  script="<script>{const g={${groups%,}},p=location.pathname.replace(/\/+\$/,\"\");"
  script+="for(const[a,n]of[${pages%,}])if(a.endsWith(\"*\")?p.startsWith(a.slice(0,-1)):p===a)"
  script+="for(const f of g[n]){const l=document.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";"
  script+="l.crossOrigin=\"anonymous\";l.href=\"$public_url\"+f;document.head.append(l)}}</script>"

  local html stylesheet
  html=$(<"$index")
  [[ $html =~ \<link\ rel=\"stylesheet\"[^\>]*\> ]] || { echo "post-build: index.html has no stylesheet to put the page preloads after" >&2; exit 1; }
  stylesheet=${BASH_REMATCH[0]}
  html=${html/"$stylesheet"/"$stylesheet"$'\n    '"$script"}
  printf '%s\n' "$html" >"$index"
  say "page preloads: $count addresses"
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

add_split_modules

if [[ $profile == release ]]; then
  bundle_stylesheets
  add_page_preloads
  add_content_security_policy
  write_service_worker
else
  write_retiring_worker
  say "development build: no Content-Security-Policy, no offline copy"
fi
