// judge check: verify problem packages for CI (design §9) — every package
// under the given paths, in parallel (-j) and in shards (--shard K/N), with a
// JUnit report and a JSON twin. Exit 0 only if every check passed.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "bank/bank.h"
#include "check/check_package.h"
#include "check/check_report.h"
#include "cli/options.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> paths;
  std::string junit;
  bool json = false;
  int jobs = 0;
  std::string shard;
  std::string only;
  std::string submission;
};

// "problems/neetcode/two-sum/" names the same package as ".../two-sum": drop the
// trailing separator, or filename() is empty and the slug with it.
fs::path normal_dir(const fs::path& path) {
  fs::path p = fs::absolute(path).lexically_normal();
  return p.has_filename() ? p : p.parent_path();
}

// Package folders under a path: a package itself, a pack, or a whole bank.
std::vector<fs::path> packages_under(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw UsageError(fmt::format("{}: no such file or directory", path.string()));
  if (fs::exists(path / "problem.yaml", ec)) return {normal_dir(path)};
  std::vector<fs::path> found = find_packages(path);  // a bank: pack/slug/problem.yaml
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))  // a pack
    if (fs::exists(it->path() / "problem.yaml", ec)) found.push_back(it->path());
  if (found.empty()) throw UsageError(fmt::format("{}: no problem packages here (no problem.yaml below it)", path.string()));
  for (fs::path& p : found) p = normal_dir(p);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

std::string id_of(const fs::path& dir) { return dir.parent_path().filename().string() + "/" + dir.filename().string(); }

int run_check(const GlobalOptions& global, const CheckCommandOptions& o) {
  auto start = std::chrono::steady_clock::now();
  CheckOptions options;
  if (o.only.empty() || o.only == "submissions") options.scope = CheckScope::Submissions;
  else if (o.only == "reference") options.scope = CheckScope::Reference;
  else if (o.only == "schema") options.scope = CheckScope::Schema;
  else throw UsageError(fmt::format("--only takes schema, reference or submissions, not '{}'", o.only));

  std::vector<fs::path> dirs;
  if (!o.submission.empty()) {
    // submissions/<verdict>/<file>.cpp -> the package three levels up.
    fs::path file = fs::absolute(o.submission).lexically_normal();
    std::error_code ec;
    if (!fs::exists(file, ec)) throw UsageError(fmt::format("{}: no such file", o.submission));
    fs::path package = file.parent_path().parent_path().parent_path();
    if (file.parent_path().parent_path().filename() != "submissions" || !fs::exists(package / "problem.yaml", ec))
      throw UsageError(fmt::format("{}: not a program under <package>/submissions/<verdict>/", o.submission));
    dirs.push_back(package);
    options.only_submission = file.string();
  } else if (o.paths.empty()) {
    dirs = packages_under(problems_root(global.problems_dir));
  } else {
    for (const std::string& p : o.paths)
      for (const fs::path& d : packages_under(p)) dirs.push_back(d);
    std::sort(dirs.begin(), dirs.end());
    dirs.erase(std::unique(dirs.begin(), dirs.end()), dirs.end());
  }

  // Shards split the sorted list by position: N jobs cover it exactly once.
  std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return id_of(a) < id_of(b); });
  if (!o.shard.empty()) {
    int k = 0, n = 0;
    char slash = 0;
    if (std::sscanf(o.shard.c_str(), "%d%c%d", &k, &slash, &n) != 3 || slash != '/' || n < 1 || k < 1 || k > n)
      throw UsageError(fmt::format("--shard takes K/N with 1 <= K <= N, not '{}'", o.shard));
    std::vector<fs::path> mine;
    for (size_t i = 0; i < dirs.size(); ++i)
      if (static_cast<int>(i % static_cast<size_t>(n)) == k - 1) mine.push_back(dirs[i]);
    dirs = std::move(mine);
  }
  // Slugs are unique in a bank: judge submit finds a problem by its slug.
  std::map<std::string, std::vector<std::string>> by_slug;
  for (const fs::path& d : dirs) by_slug[d.filename().string()].push_back(id_of(d));

  int jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  Style style = style_for(stdout);
  bool progress = !o.json && ::isatty(1);
  std::vector<PackageReport> reports(dirs.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex print_mutex;
  auto worker = [&] {
    for (size_t i; (i = next++) < dirs.size();) {
      PackageReport r = check_package(dirs[i], options);
      const auto& same = by_slug[dirs[i].filename().string()];
      if (same.size() > 1)
        r.items.push_back({"unique slug", false,
                           fmt::format("slug '{}' is used by {}", dirs[i].filename().string(), fmt::join(same, " and ")), 0});
      std::lock_guard<std::mutex> lock(print_mutex);
      ++done;
      if (!o.json) {
        if (progress) fmt::print("\r\033[K");
        print_package_report(stdout, style, r);
        if (progress && done < dirs.size()) fmt::print("[{}/{}] checking...", done.load(), dirs.size());
        std::fflush(stdout);
      }
      reports[i] = std::move(r);
    }
  };
  if (progress && !dirs.empty()) {
    fmt::print("[0/{}] checking...", dirs.size());
    std::fflush(stdout);
  }
  std::vector<std::thread> threads;
  for (int t = 0; t < std::min<int>(jobs, static_cast<int>(dirs.size())); ++t) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t ok = 0, checks = 0, failed = 0;
  for (const PackageReport& r : reports) {
    ok += r.ok();
    checks += r.items.size();
    for (const CheckItem& i : r.items) failed += !i.ok;
  }
  if (!o.junit.empty()) {
    try {
      write_file_atomic(o.junit, check_junit(reports, seconds));
    } catch (const std::runtime_error& e) {
      throw UsageError(fmt::format("--junit: {}", e.what()));
    }
  }
  if (o.json) {
    print_json(check_json(reports, seconds));
  } else {
    std::string summary = fmt::format("{} problem{}: {} OK, {} failed · {} checks ({} failed) · {:.1f} s with -j {}",
                                      reports.size(), reports.size() == 1 ? "" : "s", ok, reports.size() - ok, checks,
                                      failed, seconds, jobs);
    fmt::print("{}\n", ok == reports.size() ? style.green(summary) : style.red(summary));
  }
  return ok == reports.size() ? kExitAccepted : kExitNotAccepted;
}

}  // namespace

Command make_check_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<CheckCommandOptions>();
  CLI::App* app = root.add_subcommand("check", "Verify problem packages: schema, tests, validator, generator, reference, submissions");
  app->add_option("paths", o->paths, "Packages, packs or banks (default: the whole bank)");
  app->add_option("--junit", o->junit, "Write a JUnit XML report to FILE");
  app->add_flag("--json", o->json, "Print JSON");
  app->add_option("-j,--jobs", o->jobs, "Packages checked at once (default: the number of cores)");
  app->add_option("--shard", o->shard, "Check only shard K of N (K/N), split by slug");
  app->add_option("--only", o->only, "schema, reference or submissions (default: everything)");
  app->add_option("--submission", o->submission, "Check this one program (and what it depends on)");
  return {app, [&global, o] { return run_check(global, *o); }};
}

}  // namespace judge
