// judge: a local coding-interview judge. This file wires the subcommands and
// turns errors into the documented exit codes (README "Exit codes").
#include <csignal>
#include <system_error>
#include <cstdio>
#include <vector>

#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/options.h"
#include "store/database.h"
#include "util/errors.h"

int main(int argc, char** argv) {
  using namespace judge;
  // A closed pipe (judge submit ... | head) must not kill the judge mid-run.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"judge: compile LeetCode-style C++ solutions and run them on hidden tests in a sandbox", "judge"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "judge 0.1.0");
  GlobalOptions global;
  app.add_option("--problems", global.problems_dir, "Problems directory (default: $JUDGE_PROBLEMS or the bundled bank)");
  app.add_flag("-v,--verbose", global.verbosity, "More log output on stderr (-vv for debug)");
  std::vector<Command> commands = {
      make_list_command(app, global),   make_show_command(app, global),   make_init_command(app, global),
      make_test_command(app, global),   make_submit_command(app, global), make_cache_command(app, global),
      make_harness_command(app, global), make_doctor_command(app, global), make_sandbox_exec_command(app, global),
      make_check_command(app, global), make_new_command(app, global), make_history_command(app, global),
      make_export_command(app, global), make_import_command(app, global), make_practice_command(app, global),
      make_stats_command(app, global), make_next_command(app, global), make_watch_command(app, global),
  };
  app.footer("Exit codes: 0 accepted/ok, 1 not accepted, 2 usage error, 3 judge error (broken pack or toolchain).");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }
  auto logger = spdlog::stderr_color_mt("judge");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("judge: %v");
  spdlog::set_level(global.verbosity >= 2 ? spdlog::level::debug
                    : global.verbosity == 1 ? spdlog::level::info
                                            : spdlog::level::warn);
  try {
    for (const Command& c : commands)
      if (c.app->parsed()) return c.run();
    return kExitUsage;
  } catch (const UsageError& e) {
    fmt::print(stderr, "judge: {}\n", e.what());
    return kExitUsage;
  } catch (const StoreError& e) {
    fmt::print(stderr, "judge: history: {}\n", e.what());
    return kExitJudgeError;
  } catch (const JudgeError& e) {
    fmt::print(stderr, "judge: judge error: {}\n", e.what());
    return kExitJudgeError;
  } catch (const std::system_error& e) {
    // The reader went away (judge list | head): nothing to report, and the
    // status a shell gives a command killed by SIGPIPE.
    if (e.code() == std::errc::broken_pipe) return 128 + SIGPIPE;
    fmt::print(stderr, "judge: internal error: {}\n", e.what());
    return kExitJudgeError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "judge: internal error: {}\n", e.what());
    return kExitJudgeError;
  }
}
