#!/bin/sh
# Tags a release the way the official TypeScript action template's script/release does: an
# annotated vX.Y.Z on the current commit, and the major tag (v1 for 1.y.z) moved to it, so
# `uses: <owner>/orchestration-backup@v1` gets the new release. Then pushes both tags.
#
#   npm run release -- 1.2.3        (asks for the version without an argument)
#
# Before tagging it checks: X.Y.Z newer than the latest vX.Y.Z tag, a clean work tree (dist/
# included: CI's dist job checks it is what a fresh build makes), package.json's version and a
# CHANGELOG.md section for it. RELEASE_REMOTE (default origin) is where the tags go;
# RELEASE_NO_PUSH=1 tags locally only.
set -eu

fail() {
  echo "release: $*" >&2
  exit 1
}

latest=$(git tag --list 'v[0-9]*.[0-9]*.[0-9]*' --sort=-v:refname | head -n 1)
version=${1:-}
if [ -z "$version" ]; then
  printf 'release: the latest release tag is %s; new version (X.Y.Z): ' "${latest:-none}"
  read -r version
fi
version=${version#v}
echo "$version" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "\"$version\" is not a version X.Y.Z"
tag="v$version"
major="v${version%%.*}"

if [ -n "$latest" ]; then
  newest=$(printf '%s\n%s\n' "$latest" "$tag" | sort -V | tail -n 1)
  { [ "$newest" = "$tag" ] && [ "$latest" != "$tag" ]; } || fail "$tag is not newer than the latest release $latest"
fi
[ -z "$(git status --porcelain)" ] || fail "the work tree has changes; commit them (dist/ included) first"
pkg=$(node -p "require('./package.json').version")
[ "$pkg" = "$version" ] || fail "package.json says $pkg; run: npm version $version --no-git-tag-version, update CHANGELOG.md, commit"
grep -Eq "^## \[?$version\]?" CHANGELOG.md || fail "CHANGELOG.md has no section \"## [$version]\""

git tag --annotate --message "$tag Release" "$tag"
git tag --force --annotate --message "Sync $major tag with $tag" "$major"
echo "release: tagged $tag and moved $major to $(git rev-parse --short HEAD)"

[ "${RELEASE_NO_PUSH:-}" = 1 ] && exit 0
remote=${RELEASE_REMOTE:-origin}
git push "$remote" "$tag"
git push --force "$remote" "$major"
echo "release: pushed $tag and $major to $remote; publish the release notes from CHANGELOG.md on GitHub"
