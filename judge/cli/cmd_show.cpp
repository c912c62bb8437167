// judge show: a problem's statement, signature, limits and samples.
#include <fmt/format.h>

#include "cli/history_hooks.h"
#include "cli/options.h"
#include "problem/test_set.h"
#include "report/style.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct ShowOptions {
  std::string slug;
  bool json = false;
};

std::string signature_text(const Problem& p) {
  if (!p.signature.is_design) return p.signature.function().text;
  std::string out = "class " + p.signature.class_name + ":";
  for (const Method& m : p.signature.methods) out += "\n    " + m.text;
  return out;
}

std::string checker_text(const Problem& p) {
  switch (p.checker.kind) {
    case CheckerKind::Exact: return "exact";
    case CheckerKind::Float:
      return fmt::format("float (abs {:g} or rel {:g})", p.checker.abs_tolerance, p.checker.rel_tolerance);
    case CheckerKind::Unordered: return p.checker.nested ? "any order, inner lists too" : "any order";
    case CheckerKind::Program: return "any valid answer (checker program)";
  }
  return "";
}

int run_show(const GlobalOptions& global, const ShowOptions& o) {
  Problem p = load_named_problem(global, o.slug);
  record_opened(p);
  std::string statement;
  try {
    statement = read_file(p.statement_path());
  } catch (const std::runtime_error& e) {
    throw JudgeError(e.what());
  }
  std::vector<TestCase> samples = load_test_dir(p, "sample");
  if (o.json) {
    nlohmann::ordered_json j = {{"slug", p.slug},
                        {"pack", p.pack},
                        {"title", p.title},
                        {"difficulty", difficulty_name(p.difficulty)},
                        {"topics", p.topics},
                        {"leetcode", p.leetcode_number ? nlohmann::ordered_json(p.leetcode_number) : nlohmann::ordered_json(nullptr)},
                        {"url", p.url},
                        {"signature", signature_text(p)},
                        {"time_limit_ms", p.limits.time_ms},
                        {"memory_limit_mb", p.limits.memory_mb},
                        {"checker", checker_name(p.checker.kind)},
                        {"statement", statement},
                        {"hints", p.hints},
                        {"fix", p.fix.enabled ? nlohmann::ordered_json{{"bugs", p.fix.bugs}, {"line_budget", p.fix.line_budget},
                                                                       {"samples_pass", p.fix.samples_pass}}
                                              : nlohmann::ordered_json(nullptr)}};
    nlohmann::ordered_json s = nlohmann::ordered_json::array();
    for (const TestCase& t : samples) s.push_back({{"name", t.name}, {"input", t.input}, {"answer", *t.answer}});
    j["samples"] = std::move(s);
    print_json(j);
    return kExitAccepted;
  }
  Style s = style_for(stdout);
  std::string head = fmt::format("{} · {} · {}", s.bold(p.title), difficulty_name(p.difficulty), fmt::join(p.topics, ", "));
  if (p.leetcode_number) head += fmt::format(" · LeetCode {} {}", p.leetcode_number, s.dim(p.url));
  fmt::print("{}\n\n{}", head, statement);
  if (!statement.empty() && statement.back() != '\n') fmt::print("\n");
  fmt::print("\n{}\n", s.bold("Signature"));
  std::string sig = signature_text(p);
  for (size_t start = 0; start < sig.size();) {
    size_t nl = sig.find('\n', start);
    fmt::print("    {}\n", sig.substr(start, nl - start));
    start = nl == std::string::npos ? sig.size() : nl + 1;
  }
  fmt::print("{} {} CPU per test, {} MB · answers checked: {}\n", s.bold("Limits"), p.limits.time_ms >= 1000
             ? fmt::format("{:g} s", p.limits.time_ms / 1000.0) : fmt::format("{} ms", p.limits.time_ms),
             p.limits.memory_mb, checker_text(p));
  if (p.fix.enabled)
    fmt::print("{} {} bug{} to find; change at most {} line{} of the starting code (judge init {} writes it){}\n",
               s.bold("Fix round"), p.fix.bugs, p.fix.bugs == 1 ? "" : "s", p.fix.line_budget,
               p.fix.line_budget == 1 ? "" : "s", p.slug, p.fix.samples_pass ? "; the samples pass as it is" : "");
  fmt::print("{}\n", s.dim(fmt::format("Start with: judge init {}", p.slug)));
  return kExitAccepted;
}

}  // namespace

Command make_show_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* app = root.add_subcommand("show", "Show a problem: statement, constraints, samples, signature");
  app->add_option("problem", options->slug, "Problem slug (e.g. two-sum)")->required();
  app->add_flag("--json", options->json, "Print JSON");
  return {app, [&global, options] { return run_show(global, *options); }};
}

}  // namespace judge
