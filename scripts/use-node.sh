# Source this file (`. scripts/use-node.sh`) to get a Node.js the site supports (22.12 or later) first on PATH.
# When the node on PATH is older, it installs the official Node 24 binary from the npm registry (the
# node-<os>-<arch> package, ~125 MB, no admin rights needed) into a cache folder once, and reuses it after that.
# NODE_CACHE_DIR overrides the cache folder (default: ~/.cache/node24).

node_supported() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_supported; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "use-node: no npm on PATH to fetch Node.js with; install Node.js 22.12 or later (https://nodejs.org/)" >&2
    return 1 2>/dev/null || exit 1
  fi
  _node_cache="${NODE_CACHE_DIR:-$HOME/.cache/node24}"
  _node_pkg="node-$(node -p 'process.platform')-$(node -p 'process.arch')"
  _node_bin="$_node_cache/node_modules/$_node_pkg/bin"
  if [ ! -x "$_node_bin/node" ]; then
    echo "use-node: $(node -v 2>/dev/null || echo 'no node') is older than 22.12; installing $_node_pkg@24 from the npm registry into $_node_cache"
    npm install --prefix "$_node_cache" --no-audit --no-fund --no-save --loglevel=error "$_node_pkg@24" >/dev/null ||
      { echo "use-node: could not install $_node_pkg@24" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_node_bin:$PATH"
  hash -r 2>/dev/null
  unset _node_cache _node_pkg _node_bin
fi
echo "use-node: Node $(node -v) ($(command -v node))"
