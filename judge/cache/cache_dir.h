// The compile cache folder (design §7) and its counters. Entries are keyed by
// content hashes and written by atomic rename, so a killed or concurrent run
// never leaves a broken entry; the counters are what `judge cache stats` shows.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace judge {

// $JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/judge, else ~/.cache/judge.
std::filesystem::path cache_root();

struct CacheCounters {
  long compile_hits = 0;
  long compile_misses = 0;
  long compile_errors = 0;
  long runtime_builds = 0;
  long generated_hits = 0;
  long generated_misses = 0;

  CacheCounters& operator+=(const CacheCounters& o);
  bool empty() const;
};

// Adds to the counters on disk (under a lock, atomically replaced).
void add_counters(const std::filesystem::path& root, const CacheCounters& delta);
CacheCounters read_counters(const std::filesystem::path& root);

struct CacheUsage {
  long binaries = 0;
  long drivers = 0;
  long runtimes = 0;
  long generated = 0;
  std::uintmax_t bytes = 0;
};
CacheUsage measure_usage(const std::filesystem::path& root);

// Removes every entry and zeroes the counters.
void clear_cache(const std::filesystem::path& root);

// Folders inside the cache.
std::filesystem::path binaries_dir(const std::filesystem::path& root);
std::filesystem::path drivers_dir(const std::filesystem::path& root);  // one object per problem
std::filesystem::path runtimes_dir(const std::filesystem::path& root);
std::filesystem::path generated_dir(const std::filesystem::path& root);

}  // namespace judge
