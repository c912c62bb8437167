// judge watch PROBLEM FILE: the edit-test loop. Runs judge test on the file
// at once, then again each time it (or its .tests file) is saved — inotify on
// the folder, because editors save by writing a new file and renaming it.
#include <signal.h>
#include <sys/inotify.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include "cli/options.h"
#include "report/style.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct WatchOptions {
  TestOptions test;
  int runs = 0;  // stop after this many runs (0: until interrupted)
};

int run_once(const GlobalOptions& global, const TestOptions& o) {
  try {
    return run_test_command(global, o);
  } catch (const std::exception& e) {
    // A half-saved file or a bad literal is part of editing: say so, keep watching.
    fmt::print("judge: {}\n", e.what());
    return kExitUsage;
  }
}

int run_watch(const GlobalOptions& global, const WatchOptions& o) {
  fs::path file = fs::absolute(o.test.file);
  std::error_code ec;
  if (!fs::exists(file, ec)) throw UsageError(fmt::format("{}: No such file or directory", o.test.file));
  fs::path tests = o.test.tests_file.empty() ? fs::path(file).replace_extension(".tests") : fs::absolute(o.test.tests_file);
  std::set<std::string> names = {file.filename().string(), tests.filename().string()};
  std::set<fs::path> dirs = {file.parent_path(), tests.parent_path()};

  int fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (fd < 0) throw JudgeError(std::string("inotify_init1: ") + std::strerror(errno));
  for (const fs::path& d : dirs)
    if (::inotify_add_watch(fd, d.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0)
      throw JudgeError(fmt::format("{}: inotify_add_watch: {}", d.string(), std::strerror(errno)));

  Style s = style_for(stdout);
  int runs = 0, code = 0;
  auto rerun = [&] {
    ++runs;
    if (runs > 1) fmt::print("\n{}\n", s.dim(fmt::format("── {} saved: run {} ──", file.filename().string(), runs)));
    code = run_once(global, o.test);
    std::fflush(stdout);
  };
  rerun();
  fmt::print("{}\n", s.dim(fmt::format("watching {} (Ctrl-C to stop)", display_path(file))));
  std::fflush(stdout);
  while (o.runs == 0 || runs < o.runs) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    bool relevant = false;
    // Drain what arrives within 100 ms: one save is often several events.
    do {
      alignas(inotify_event) char buf[8192];
      for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        for (char* at = buf; at < buf + n;) {
          auto* e = reinterpret_cast<inotify_event*>(at);
          if (e->len && names.count(e->name)) relevant = true;
          at += sizeof(inotify_event) + e->len;
        }
    } while (::poll(&p, 1, 100) > 0);
    if (relevant) rerun();
  }
  ::close(fd);
  return code;
}

}  // namespace

Command make_watch_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<WatchOptions>();
  CLI::App* app = root.add_subcommand("watch", "Rerun judge test each time the solution is saved");
  app->add_option("problem", o->test.slug, "Problem slug")->required();
  app->add_option("file", o->test.file, "Your solution (.cpp)")->required();
  app->add_option("--tests", o->test.tests_file, "Your tests file (default: FILE with .tests)");
  app->add_option("--runs", o->runs, "Stop after this many runs (default: run until Ctrl-C)");
  return {app, [&global, o] { return run_watch(global, *o); }};
}

}  // namespace judge
