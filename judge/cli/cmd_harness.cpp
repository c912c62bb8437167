// judge harness: what exactly the judge compiles for a solution — the
// solution's translation unit (the user's code and its entry points), the
// problem's driver (the generated main), or the compiler command. For
// debugging a verdict and for the compile benchmark.
#include <fmt/format.h>

#include "cli/options.h"
#include "compiler/compile.h"
#include "compiler/runtime.h"
#include "harness/translation_unit.h"
#include "judging/workbench.h"
#include "util/errors.h"

namespace judge {

namespace {

struct HarnessOptions {
  std::string slug;
  std::string file;
  bool command = false;
  bool driver = false;
};

std::string shell_quote(const std::string& s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=/.,:") == std::string::npos)
    return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int run_harness_command(const GlobalOptions& global, const HarnessOptions& o) {
  Problem problem = load_named_problem(global, o.slug);
  if (o.command) {
    Workbench bench = open_workbench(std::move(problem));
    std::string line = shell_quote(bench.toolchain.cxx.string());
    std::filesystem::path driver = compiled_driver(bench.toolchain, bench.runtime, bench.cache, driver_unit(bench.problem));
    for (const std::string& a : compile_command(bench.toolchain, bench.runtime, "a.out", {driver.string()}))
      line += " " + shell_quote(a);
    fmt::print("{} < UNIT.cpp\n", line);
    return kExitAccepted;
  }
  if (o.driver) {
    fmt::print("{}", driver_unit(problem));
    return kExitAccepted;
  }
  std::string source = read_solution(o.file);
  fmt::print("{}", solution_unit(problem, source, o.file));
  return kExitAccepted;
}

}  // namespace

Command make_harness_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<HarnessOptions>();
  CLI::App* app = root.add_subcommand("harness", "Print the translation unit the judge compiles for a solution");
  app->add_option("problem", options->slug, "Problem slug")->required();
  app->add_option("file", options->file, "Your solution (.cpp)");
  app->add_flag("--command", options->command, "Print the compiler command instead (the unit comes on stdin)");
  app->add_flag("--driver", options->driver,
                "Print the problem's driver instead: the main that reads a test and calls the solution (compiled once per problem)");
  app->callback([app, options] {
    if (!options->command && !options->driver && options->file.empty()) throw CLI::RequiredError("file");
    (void)app;
  });
  return {app, [&global, options] { return run_harness_command(global, *options); }};
}

}  // namespace judge
