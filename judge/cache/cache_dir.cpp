#include "cache/cache_dir.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

#include "util/file_lock.h"
#include "util/files.h"

namespace judge {

namespace {

const char* kStatsFile = "stats";

struct CounterField {
  const char* name;
  long CacheCounters::*field;
};
constexpr CounterField kFields[] = {
    {"compile_hits", &CacheCounters::compile_hits},
    {"compile_misses", &CacheCounters::compile_misses},
    {"compile_errors", &CacheCounters::compile_errors},
    {"runtime_builds", &CacheCounters::runtime_builds},
    {"generated_hits", &CacheCounters::generated_hits},
    {"generated_misses", &CacheCounters::generated_misses},
};

CacheCounters parse_counters(const std::string& text) {
  CacheCounters c;
  std::istringstream in(text);
  std::string name;
  long value;
  while (in >> name >> value)
    for (const CounterField& f : kFields)
      if (name == f.name) c.*(f.field) = value;
  return c;
}

}  // namespace

CacheCounters& CacheCounters::operator+=(const CacheCounters& o) {
  for (const CounterField& f : kFields) this->*(f.field) += o.*(f.field);
  return *this;
}

bool CacheCounters::empty() const {
  for (const CounterField& f : kFields)
    if (this->*(f.field) != 0) return false;
  return true;
}

fs::path cache_root() {
  if (const char* dir = std::getenv("JUDGE_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "judge";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "judge";
  throw std::runtime_error("no cache directory: set HOME, XDG_CACHE_HOME or JUDGE_CACHE_DIR");
}

fs::path binaries_dir(const fs::path& root) { return root / "bin"; }
fs::path drivers_dir(const fs::path& root) { return root / "drivers"; }
fs::path runtimes_dir(const fs::path& root) { return root / "runtime"; }
fs::path generated_dir(const fs::path& root) { return root / "generated"; }

void add_counters(const fs::path& root, const CacheCounters& delta) {
  if (delta.empty()) return;
  make_dirs(root);
  FileLock lock(root / "stats.lock");
  CacheCounters c;
  std::error_code ec;
  if (fs::exists(root / kStatsFile, ec)) c = parse_counters(read_file(root / kStatsFile));
  c += delta;
  std::string text;
  for (const CounterField& f : kFields) text += fmt::format("{} {}\n", f.name, c.*(f.field));
  write_file_atomic(root / kStatsFile, text);
}

CacheCounters read_counters(const fs::path& root) {
  std::error_code ec;
  if (!fs::exists(root / kStatsFile, ec)) return {};
  return parse_counters(read_file(root / kStatsFile));
}

CacheUsage measure_usage(const fs::path& root) {
  CacheUsage usage;
  std::error_code ec;
  // An entry is a file at `depth` with the extension (any, if empty), or
  // a folder at depth 0.
  auto count = [&](const fs::path& dir, long& entries, int depth, const char* extension) {
    if (!fs::is_directory(dir, ec)) return;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) usage.bytes += it->file_size(ec);
      if (it.depth() != depth) continue;
      bool entry = extension ? it->is_regular_file(ec) && (!*extension || it->path().extension() == extension)
                             : it->is_directory(ec);
      if (entry) ++entries;
    }
  };
  count(binaries_dir(root), usage.binaries, 1, "");
  count(drivers_dir(root), usage.drivers, 0, ".o");
  count(runtimes_dir(root), usage.runtimes, 0, nullptr);
  count(generated_dir(root), usage.generated, 0, nullptr);
  return usage;
}

void clear_cache(const fs::path& root) {
  std::error_code ec;
  for (const fs::path& dir : {binaries_dir(root), drivers_dir(root), runtimes_dir(root), generated_dir(root)}) {
    fs::remove_all(dir, ec);
    if (ec) throw std::runtime_error(fmt::format("{}: {}", dir.string(), ec.message()));
  }
  fs::remove(root / kStatsFile, ec);
  if (ec) throw std::runtime_error(fmt::format("{}: {}", (root / kStatsFile).string(), ec.message()));
}

}  // namespace judge
