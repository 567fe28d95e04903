#!/usr/bin/env bash
# Installs the tools that the integration tests drive besides the root's npm packages (run after `npm ci`):
#   - ESLint 9 in tests/eslint9, from its own lock (tests/integrations/eslint-versions.test.ts);
#   - Microsoft's SARIF validator in tests/sarif-validator (tests/cli.test.ts);
#   - the pre-commit framework (tests/integrations/pre-commit.test.ts): Debian's package where apt-get may be used,
#     else a virtualenv at .tools/pre-commit with pre-commit from PyPI.
# The npm installs must succeed. pre-commit is best effort: when it cannot be installed this says why, and its tests are
# skipped with a printed reason.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

npm ci --prefix tests/eslint9 --no-audit --no-fund
npm ci --prefix tests/sarif-validator --no-audit --no-fund

install_with_apt() {
  command -v apt-get >/dev/null || return 1
  local sudo=()
  if ((EUID != 0)); then
    sudo -n true 2>/dev/null || return 1
    sudo=(sudo -n)
  fi
  # The package lists are refreshed only when the package is not found with the ones at hand.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null 2>&1 ||
    { "${sudo[@]}" apt-get update -qq >/dev/null 2>&1 &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null 2>&1; }
}

install_with_venv() {
  command -v python3 >/dev/null || return 1
  python3 -m venv .tools/pre-commit >/dev/null 2>&1 &&
    .tools/pre-commit/bin/pip install --quiet --disable-pip-version-check --timeout 20 pre-commit >/dev/null 2>&1 ||
    { rm -rf .tools/pre-commit; return 1; }
}

if command -v pre-commit >/dev/null || [[ -x .tools/pre-commit/bin/pre-commit ]]; then
  echo "pre-commit: already installed"
elif install_with_apt; then
  echo "pre-commit: installed Debian's package"
elif install_with_venv; then
  echo "pre-commit: installed into .tools/pre-commit"
else
  echo "pre-commit: could not be installed (no apt-get as root, and no PyPI); its tests will be skipped"
fi
