// What every command shares: the global options and the few steps each
// command starts with (find the bank, load one problem, print JSON).
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "problem/problem.h"
#include "util/errors.h"
#include "verdict/verdict.h"

namespace judge {

struct GlobalOptions {
  std::string problems_dir;
  int verbosity = 0;
};

// A subcommand and what runs it once the command line is parsed.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command make_list_command(CLI::App& root, const GlobalOptions& global);
Command make_show_command(CLI::App& root, const GlobalOptions& global);
Command make_init_command(CLI::App& root, const GlobalOptions& global);
Command make_test_command(CLI::App& root, const GlobalOptions& global);
Command make_submit_command(CLI::App& root, const GlobalOptions& global);
Command make_cache_command(CLI::App& root, const GlobalOptions& global);
Command make_harness_command(CLI::App& root, const GlobalOptions& global);
Command make_doctor_command(CLI::App& root, const GlobalOptions& global);
Command make_sandbox_exec_command(CLI::App& root, const GlobalOptions& global);
Command make_check_command(CLI::App& root, const GlobalOptions& global);
Command make_new_command(CLI::App& root, const GlobalOptions& global);
Command make_history_command(CLI::App& root, const GlobalOptions& global);
Command make_export_command(CLI::App& root, const GlobalOptions& global);
Command make_import_command(CLI::App& root, const GlobalOptions& global);
Command make_practice_command(CLI::App& root, const GlobalOptions& global);
Command make_stats_command(CLI::App& root, const GlobalOptions& global);
Command make_next_command(CLI::App& root, const GlobalOptions& global);
Command make_watch_command(CLI::App& root, const GlobalOptions& global);

// judge test's options, shared with judge watch (which reruns it).
struct TestOptions {
  std::string slug;
  std::string file;
  std::string tests_file;  // default: FILE's stem + .tests, if present
  std::string input;       // a one-off test instead
  bool json = false;
};
int run_test_command(const GlobalOptions& global, const TestOptions& options);

// The problem named on the command line (slug or pack/slug).
Problem load_named_problem(const GlobalOptions& global, const std::string& slug);

// The exit code of a judged solution (README "Exit codes").
inline int exit_code_for(Verdict v) {
  if (v == Verdict::JE) return kExitJudgeError;
  return v == Verdict::AC ? kExitAccepted : kExitNotAccepted;
}

// Names of the sandbox layers this machine runs without (empty: all on).
std::vector<std::string> sandbox_layers_off();
// One warning line on stderr when a layer is off: judging never degrades silently.
void warn_if_sandbox_degraded();

// JSON to stdout; invalid UTF-8 from a program's output is replaced, not fatal.
void print_json(const nlohmann::ordered_json& j);

}  // namespace judge
