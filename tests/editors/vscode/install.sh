#!/usr/bin/env bash
# Installs what the real-editor test needs, from Debian's packages and npm only:
# - Debian: chromium (Playwright drives it), ripgrep (VS Code's search; @vscode/ripgrep would
#   download its own from GitHub) and libkrb5-dev (to build VS Code's kerberos module).
# - npm: code-server (VS Code 1.100 as a web server) and playwright-core. code-server's
#   postinstall would build VS Code's native modules with headers downloaded from nodejs.org
#   and fetch ripgrep from GitHub; we run its steps ourselves instead, with the system Node's
#   headers (npm_config_nodedir) and Debian's ripgrep.
# Usage: install.sh DIR (the Makefile passes build/editors-e2e); node_modules go there, out of
# the source tree that ruff, mypy and pytest walk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: install.sh DIR}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
	sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	echo "install.sh: installing ${missing[*]} from Debian"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

mkdir -p "$dir"
cp "$here/package.json" "$here/package-lock.json" "$dir/"
cd "$dir"

node_prefix=$(node -p 'require("path").resolve(process.execPath, "../..")')
if [ ! -f "$node_prefix/include/node/node_api.h" ]; then
	echo "install.sh: no Node headers under $node_prefix/include/node (Debian: apt-get install libnode-dev)" >&2
	exit 2
fi
rg=$(command -v rg)
export npm_config_nodedir="$node_prefix"
# node-pty's install step runs `npx node-gyp`, which must not stop to ask.
export npm_config_yes=true
npm_flags=(--no-audit --no-fund)

npm ci --ignore-scripts "${npm_flags[@]}"
npm rebuild argon2 "${npm_flags[@]}"

# What code-server's postinstall.sh does, minus the downloads.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts "${npm_flags[@]}"
# @vscode/ripgrep's install script downloads rg unless bin/ exists.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$rg" node_modules/@vscode/ripgrep/bin/rg
npm rebuild "${npm_flags[@]}"
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh
