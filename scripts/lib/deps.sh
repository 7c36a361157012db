# Installs the Debian packages shale builds and tests with, when missing.
SHALE_PACKAGES="cmake g++ make pkg-config libpg-query-dev libprotobuf-c-dev libpqxx-dev libpq-dev
  libsqlite3-dev sqlite3 libdtl-dev libcli11-dev catch2 nlohmann-json3-dev libtoml11-dev libssl-dev"
# For tests only: git (shale review's tests build repositories), python3-yaml
# (tests/docs/check_examples.py parses the CI examples in docs/).
SHALE_TEST_PACKAGES="git python3 python3-yaml"

ensure_packages() {
  local missing=()
  for p in $SHALE_PACKAGES $SHALE_TEST_PACKAGES "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build_shale() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-} >/dev/null
  cmake --build build -j"$(nproc)"
}

# build-asan/: clang with AddressSanitizer and UndefinedBehaviorSanitizer
# (every report fatal), the libFuzzer targets, warnings as errors. -O1 with
# line tables: sanitizer speed and readable stack traces.
build_shale_asan() {
  CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DSHALE_SANITIZE=ON -DSHALE_FUZZ=ON -DSHALE_WERROR=ON ${CMAKE_ARGS:-} >/dev/null
  cmake --build build-asan -j"$(nproc)"
}
