// judge init: start a solution file with LeetCode's stub, a tests file seeded
// with the samples, and what an editor (clangd) needs to check the file.
#include <system_error>

#include <fmt/format.h>

#include "cli/history_hooks.h"
#include "cli/options.h"
#include "fix/starter.h"
#include "compiler/runtime.h"
#include "compiler/toolchain.h"
#include "harness/embedded_runtime.h"
#include "harness/translation_unit.h"
#include "harness/stub.h"
#include "problem/test_set.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct InitOptions {
  std::string slug;
  std::string dir = ".";
  bool force = false;
};

std::string tests_file_text(const Problem& p, const std::vector<TestCase>& samples) {
  std::string names;
  if (p.driver == Driver::Design) names = "the operations, then their arguments";
  else
    for (const Param& q : p.signature.function().params) names += (names.empty() ? "" : ", ") + q.name;
  if (!p.cycle_list_param.empty()) names += ", then pos (where the tail links back, -1 for none)";
  std::string text = fmt::format(
      "# Your own tests for {0}: one literal per argument ({1}), one test after another.\n"
      "# `judge test {0} {0}.cpp` runs them after the samples; the reference solution gives the\n"
      "# expected answers. Lines starting with # are comments.\n",
      p.slug, names);
  for (const TestCase& t : samples) {
    text += "\n";
    text += t.input;
    if (!t.input.empty() && t.input.back() != '\n') text += "\n";
  }
  return text;
}

// The header an editor force-includes: the same prelude and node types the
// judge compiles the solution with.
std::string editor_header(const Problem& p) {
  std::string h = fmt::format("// What `judge` compiles {}.cpp with; included by compile_commands.json.\n", p.slug);
  h += "#include \"prelude.h\"\n";
  return h + node_type_includes(p);
}

void update_compile_commands(const fs::path& dir, const fs::path& source, const fs::path& header, const Toolchain& t) {
  fs::path db_path = dir / "compile_commands.json";
  nlohmann::ordered_json db = nlohmann::ordered_json::array();
  std::error_code ec;
  if (fs::exists(db_path, ec)) {
    try {
      db = nlohmann::ordered_json::parse(read_file(db_path));
    } catch (const std::exception& e) {
      throw UsageError(fmt::format("{}: not a compilation database ({}); fix or remove it", display_path(db_path), e.what()));
    }
    if (!db.is_array()) throw UsageError(fmt::format("{}: not a compilation database (not a JSON array)", display_path(db_path)));
  }
  nlohmann::ordered_json entry = {{"directory", dir.string()},
                          {"file", source.string()},
                          {"arguments", {t.cxx.string(), "-std=gnu++20", "-O2", "-Werror=return-type", "-include", header.string(), "-c", source.string()}}};
  bool replaced = false;
  for (auto& e : db)
    if (e.is_object() && e.value("file", "") == source.string()) {
      e = entry;
      replaced = true;
    }
  if (!replaced) db.push_back(entry);
  write_file_atomic(db_path, db.dump(2) + "\n");
}

int run_init(const GlobalOptions& global, const InitOptions& o) {
  Problem p = load_named_problem(global, o.slug);
  record_opened(p);
  std::error_code ec;
  fs::path dir = fs::absolute(o.dir, ec);
  if (ec) throw UsageError(fmt::format("{}: {}", o.dir, ec.message()));
  try {
    make_dirs(dir);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  fs::path source = dir / (p.slug + ".cpp");
  fs::path tests = dir / (p.slug + ".tests");
  if (fs::exists(source, ec) && !o.force)
    throw UsageError(fmt::format("{}: already exists (use --force to overwrite it)", display_path(source)));
  std::vector<TestCase> samples = load_test_dir(p, "sample");
  try {
    // A fix round starts from the buggy code itself.
    write_file_atomic(source, p.fix.enabled ? read_starter(p) : leetcode_stub(p));
    bool keep_tests = fs::exists(tests, ec);
    if (!keep_tests) write_file_atomic(tests, tests_file_text(p, samples));
    // The editor's copy of the prelude and node headers lives in .judge/.
    fs::path editor = dir / ".judge";
    make_dirs(editor);
    for (const EmbeddedFile& f : embedded_runtime_files()) write_file_atomic(editor / f.name, f.text);
    write_file_atomic(editor / "prelude.h", prelude_text());
    fs::path header = editor / (p.slug + ".h");
    write_file_atomic(header, editor_header(p));
    update_compile_commands(dir, source, header, find_toolchain());
    fmt::print("wrote {} and {}{}\n", display_path(source), display_path(tests), keep_tests ? " (kept, it existed)" : "");
    fmt::print("editor setup: {} (clangd)\n", display_path(dir / "compile_commands.json"));
    fmt::print("next: judge test {0} {1}   then: judge submit {0} {1}\n", p.slug, display_path(source));
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const UsageError*>(&e) || dynamic_cast<const JudgeError*>(&e)) throw;
    throw UsageError(e.what());
  }
  return kExitAccepted;
}

}  // namespace

Command make_init_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* app = root.add_subcommand("init", "Write a solution stub, a tests file and editor setup for a problem");
  app->add_option("problem", options->slug, "Problem slug (e.g. two-sum)")->required();
  app->add_option("dir", options->dir, "Folder to write into (default: current folder)");
  app->add_flag("--force", options->force, "Overwrite an existing solution file");
  return {app, [&global, options] { return run_init(global, *options); }};
}

}  // namespace judge
