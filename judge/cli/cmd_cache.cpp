// judge cache stats|clear: what the compile cache holds and how well it works.
#include <fmt/format.h>

#include "cache/cache_dir.h"
#include "cli/options.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct CacheOptions {
  bool json = false;
};

int run_stats(const CacheOptions& o) {
  fs::path root = cache_root();
  CacheCounters c = read_counters(root);
  CacheUsage u = measure_usage(root);
  long lookups = c.compile_hits + c.compile_misses;
  double rate = lookups ? 100.0 * static_cast<double>(c.compile_hits) / static_cast<double>(lookups) : 0;
  if (o.json) {
    print_json({{"directory", root.string()},
                {"compile_hits", c.compile_hits},
                {"compile_misses", c.compile_misses},
                {"compile_errors", c.compile_errors},
                {"hit_rate_percent", rate},
                {"runtime_builds", c.runtime_builds},
                {"generated_hits", c.generated_hits},
                {"generated_misses", c.generated_misses},
                {"binaries", u.binaries},
                {"drivers", u.drivers},
                {"runtimes", u.runtimes},
                {"generated_tests", u.generated},
                {"bytes", u.bytes}});
    return kExitAccepted;
  }
  fmt::print("cache directory      {}\n", root.string());
  fmt::print("compile hits         {} ({:.1f}%)\n", c.compile_hits, rate);
  fmt::print("compile misses       {}\n", c.compile_misses);
  fmt::print("compile errors       {}\n", c.compile_errors);
  fmt::print("runtime builds       {}\n", c.runtime_builds);
  fmt::print("generated tests      {} hits, {} made\n", c.generated_hits, c.generated_misses);
  fmt::print("entries              {} binaries, {} drivers, {} runtimes, {} generated tests\n", u.binaries, u.drivers,
             u.runtimes, u.generated);
  fmt::print("size                 {:.1f} MB\n", static_cast<double>(u.bytes) / (1 << 20));
  return kExitAccepted;
}

int run_clear() {
  fs::path root = cache_root();
  clear_cache(root);
  fmt::print("cleared {}\n", root.string());
  return kExitAccepted;
}

}  // namespace

Command make_cache_command(CLI::App& root, const GlobalOptions&) {
  auto options = std::make_shared<CacheOptions>();
  CLI::App* app = root.add_subcommand("cache", "Show statistics of the compile cache, or clear it");
  app->require_subcommand(1);
  CLI::App* stats = app->add_subcommand("stats", "Hits, misses, entries and size");
  stats->add_flag("--json", options->json, "Print JSON");
  CLI::App* clear = app->add_subcommand("clear", "Remove every cached build and generated test");
  return {app, [options, stats, clear] {
            if (stats->parsed()) return run_stats(*options);
            if (clear->parsed()) return run_clear();
            return static_cast<int>(kExitUsage);
          }};
}

}  // namespace judge
