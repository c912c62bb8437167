#include "report/judgement_report.h"

#include <fmt/format.h>

#include "compiler/diagnostics.h"
#include "harness/runtime/judge_rt.h"
#include "report/diff.h"

namespace judge {

namespace {

std::string clip(const std::string& s, size_t max = 400) {
  if (s.size() <= max) return s;
  return s.substr(0, max) + fmt::format("... ({} characters in all)", s.size());
}

// The input literals, each with its argument's name.
std::vector<std::pair<std::string, std::string>> named_inputs(const Problem& p, const std::string& input) {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<judge_rt::Value> values;
  try {
    values = judge_rt::parse_values(input);
  } catch (const judge_rt::ParseError&) {
    out.emplace_back("input", input);
    return out;
  }
  std::vector<std::string> names;
  if (p.driver == Driver::Design) names = {"operations", "arguments"};
  else
    for (const Param& q : p.signature.function().params) names.push_back(q.name);
  if (!p.cycle_list_param.empty()) names.push_back("pos");
  for (size_t i = 0; i < values.size(); ++i)
    out.emplace_back(i < names.size() ? names[i] : "extra", judge_rt::to_literal(values[i]));
  return out;
}

}  // namespace

std::string format_ms(double ms) {
  if (ms < 10) return fmt::format("{:.1f} ms", ms);
  if (ms < 10000) return fmt::format("{:.0f} ms", ms);
  return fmt::format("{:.1f} s", ms / 1000);
}

std::string format_kb(long kb) {
  if (kb < 1024) return fmt::format("{} KB", kb);
  return fmt::format("{:.1f} MB", kb / 1024.0);
}

bool is_public(const TestCase& test) { return test.group == "sample" || test.group == "user"; }

std::string test_name(const TestResult& r) { return r.test.group + " " + r.test.name; }

void print_test_details(std::FILE* out, const Style& s, const Problem& p, const TestResult& r) {
  const TestRun& run = r.solution;
  auto row = [&](const std::string& label, const std::string& value) {
    fmt::print(out, "    {} {}\n", s.dim(fmt::format("{:<9}", label)), value);
  };
  bool first = true;
  for (const auto& [name, literal] : named_inputs(p, r.test.input)) {
    row(first ? "input" : "", fmt::format("{} = {}", name, clip(literal)));
    first = false;
  }
  if (r.test.answer) row("expected", clip(*r.test.answer));
  if (run.ran_clean) {
    row("got", clip(run.output));
    if (run.verdict == Verdict::WA && r.test.answer && p.checker.kind == CheckerKind::Exact &&
        r.test.answer->size() + run.output.size() < 20000)
      row("diff", clip(word_diff(*r.test.answer, run.output, s), 2000));
    if (run.check.has_float_error)
      row("error", fmt::format("max abs {:.3g}, max rel {:.3g} (tolerance abs {:g} or rel {:g})", run.check.max_abs_error,
                               run.check.max_rel_error, p.checker.abs_tolerance, p.checker.rel_tolerance));
  }
  if (!run.prints.empty()) {
    std::string prints = clip_lines(run.prints, 12);
    if (!prints.empty() && prints.back() == '\n') prints.pop_back();
    std::string indented;
    for (char c : prints) indented += c == '\n' ? std::string("\n              ") : std::string(1, c);
    row("printed", indented);
  }
}

void print_submission(std::FILE* out, const Style& s, const Problem& p, const SolutionVerdict& rep, Reveal reveal) {
  bool ok = rep.verdict == Verdict::AC;
  std::string mark = ok ? s.green("✔") : s.red("✘");
  std::string verdict = ok ? s.green(s.bold(verdict_words(rep.verdict))) : s.red(s.bold(verdict_words(rep.verdict)));
  if (!rep.judgement) {
    fmt::print(out, "{} {} · {}\n", mark, verdict, p.slug);
    if (!rep.message.empty()) fmt::print(out, "  {}\n", rep.message);
    if (!rep.diagnostics.empty()) {
      std::string clipped = clip_lines(rep.diagnostics, 25);
      for (size_t start = 0; start < clipped.size();) {
        size_t nl = clipped.find('\n', start);
        fmt::print(out, "  {}\n", s.dim(clipped.substr(start, nl - start)));
        start = nl == std::string::npos ? clipped.size() : nl + 1;
      }
    }
    return;
  }
  const Judgement& j = *rep.judgement;
  size_t total = j.results.size();
  std::string head = fmt::format("{} {} · {} · {}/{} tests passed", mark, verdict, p.slug, j.passed, total);
  if (rep.changed_lines)
    head += fmt::format(" · {} line{} changed (budget {})", *rep.changed_lines, *rep.changed_lines == 1 ? "" : "s",
                        p.fix.line_budget);
  if (j.first_failing >= 0) {
    const TestResult& f = j.results[static_cast<size_t>(j.first_failing)];
    head += fmt::format(" · first failing: test {} ({})", j.first_failing + 1, test_name(f));
  }
  fmt::print(out, "{}\n", head);
  if (rep.verdict == Verdict::FX) fmt::print(out, "  {}\n", rep.message);
  if (j.first_failing >= 0 && reveal == Reveal::Nothing) {
    fmt::print(out, "  {}\n", s.dim("interview mode: failing inputs and outputs stay hidden"));
  } else if (j.first_failing >= 0) {
    const TestResult& f = j.results[static_cast<size_t>(j.first_failing)];
    if (!j.message.empty()) fmt::print(out, "  {}\n", j.message);
    if (is_public(f.test) || reveal == Reveal::FirstFailing) {
      print_test_details(out, s, p, f);
    } else if (rep.verdict != Verdict::JE) {
      fmt::print(out, "  {}\n", s.dim("hidden test: its data stays hidden (--show-failing prints this one case)"));
    }
  }
  std::string ratio = j.reference_cpu_ms > 0 ? fmt::format(", {:.2f}× the reference ({})", j.solution_cpu_ms / j.reference_cpu_ms,
                                                          format_ms(j.reference_cpu_ms))
                                             : "";
  fmt::print(out, "  {} slowest test {} CPU · all tests {}{}\n", s.dim("time   "), format_ms(j.max_cpu_ms),
             format_ms(j.solution_cpu_ms), ratio);
  fmt::print(out, "  {} peak {} (limit {} MB)\n", s.dim("memory "), format_kb(j.peak_kb), p.limits.memory_mb);
  fmt::print(out, "  {} {}\n", s.dim("compile"), rep.cached ? std::string("cached") : format_ms(rep.compile_ms));
}

nlohmann::ordered_json submission_json(const Problem& p, const SolutionVerdict& rep, Reveal reveal) {
  nlohmann::ordered_json j;
  j["problem"] = p.slug;
  j["pack"] = p.pack;
  j["verdict"] = verdict_code(rep.verdict);
  j["message"] = reveal == Reveal::Nothing && rep.verdict != Verdict::CE ? "" : rep.message;
  j["compile_ms"] = rep.compile_ms;
  j["cached"] = rep.cached;
  if (p.fix.enabled) {
    j["changed_lines"] = rep.changed_lines ? nlohmann::ordered_json(*rep.changed_lines) : nlohmann::ordered_json(nullptr);
    j["line_budget"] = p.fix.line_budget;
  }
  if (!rep.judgement) {
    j["passed"] = 0;
    j["total"] = 0;
    j["tests"] = nlohmann::ordered_json::array();
    j["reference_cpu_ms"] = nullptr;
    j["first_failing"] = nullptr;
    if (!rep.diagnostics.empty()) j["diagnostics"] = rep.diagnostics;
    return j;
  }
  const Judgement& jd = *rep.judgement;
  j["passed"] = jd.passed;
  j["total"] = jd.results.size();
  j["first_failing"] = jd.first_failing >= 0 ? nlohmann::ordered_json(jd.first_failing + 1) : nlohmann::ordered_json(nullptr);
  nlohmann::ordered_json tests = nlohmann::ordered_json::array();
  for (const TestResult& r : jd.results) {
    nlohmann::ordered_json t = {{"name", test_name(r)},
                        {"verdict", verdict_code(r.solution.verdict)},
                        {"cpu_ms", r.solution.cpu_ms},
                        {"wall_ms", r.solution.wall_ms},
                        {"mem_kb", r.solution.mem_kb}};
    if (r.solution.verdict != Verdict::AC && reveal != Reveal::Nothing) t["message"] = r.solution.message;
    tests.push_back(std::move(t));
  }
  j["tests"] = std::move(tests);
  j["cpu_ms"] = jd.solution_cpu_ms;
  j["max_cpu_ms"] = jd.max_cpu_ms;
  j["peak_kb"] = jd.peak_kb;
  j["reference_cpu_ms"] = jd.reference_cpu_ms;
  j["tests_wall_ms"] = jd.tests_wall_ms;
  j["time_ratio"] = jd.reference_cpu_ms > 0 ? nlohmann::ordered_json(jd.solution_cpu_ms / jd.reference_cpu_ms) : nlohmann::ordered_json(nullptr);
  if (jd.first_failing >= 0) {
    const TestResult& f = jd.results[static_cast<size_t>(jd.first_failing)];
    if ((is_public(f.test) && reveal != Reveal::Nothing) || reveal == Reveal::FirstFailing) {
      j["failing_case"] = {{"name", test_name(f)},
                           {"input", f.test.input},
                           {"expected", f.test.answer ? nlohmann::ordered_json(*f.test.answer) : nlohmann::ordered_json(nullptr)},
                           {"got", f.solution.ran_clean ? nlohmann::ordered_json(f.solution.output) : nlohmann::ordered_json(nullptr)}};
    }
  }
  return j;
}

}  // namespace judge
