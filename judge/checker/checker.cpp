#include "checker/checker.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checker/value_compare.h"
#include "harness/runtime/judge_rt.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

namespace {

using judge_rt::Value;

// A list's items as canonical literals, sorted; with `nested`, the items'
// own lists are sorted too, at every depth.
Value canonical(const Value& v, bool nested) {
  if (v.kind != Value::Kind::List) return v;
  Value c = v;
  if (nested)
    for (Value& item : c.items) item = canonical(item, true);
  std::sort(c.items.begin(), c.items.end(),
            [](const Value& a, const Value& b) { return judge_rt::to_literal(a) < judge_rt::to_literal(b); });
  return c;
}

std::string check_unordered(const Value& expected, const Value& got, bool nested) {
  if (expected.kind != Value::Kind::List) return "the unordered checker needs a list answer";
  if (got.kind != Value::Kind::List) return fmt::format("expected a list, got {}", judge_rt::to_literal(got).substr(0, 60));
  std::map<std::string, int> count;
  for (const Value& item : expected.items) ++count[judge_rt::to_literal(nested ? canonical(item, true) : item)];
  std::string unexpected;
  for (const Value& item : got.items) {
    std::string key = judge_rt::to_literal(nested ? canonical(item, true) : item);
    auto it = count.find(key);
    if (it == count.end() || it->second == 0) {
      if (unexpected.empty()) unexpected = key;
    } else {
      --it->second;
    }
  }
  std::string missing;
  for (const auto& [key, n] : count)
    if (n > 0 && missing.empty()) missing = key;
  auto cut = [](const std::string& s) { return s.size() > 60 ? s.substr(0, 57) + "..." : s; };
  if (missing.empty() && unexpected.empty() && expected.items.size() == got.items.size()) return "";
  std::string e = judge_rt::to_literal(expected), g = judge_rt::to_literal(got);
  if (e.size() <= 80 && g.size() <= 80) return fmt::format("expected {} in any order, got {}", e, g);
  if (expected.items.size() != got.items.size())
    return fmt::format("expected {} elements (in any order), got {}{}", expected.items.size(), got.items.size(),
                       !missing.empty() ? "; missing " + cut(missing) : "");
  if (!unexpected.empty()) return fmt::format("unexpected element {}{}", cut(unexpected), missing.empty() ? "" : "; missing " + cut(missing));
  return "";
}

CheckOutcome run_program_checker(const CheckerContext& ctx, const TestCase& test, std::string_view output) {
  CheckOutcome outcome;
  fs::path input = test.input_path;
  if (input.empty()) {
    input = ctx.scratch / "checker.in";
    write_file_atomic(input, test.input);
  }
  fs::path answer = ctx.scratch / "checker.ans";
  write_file_atomic(answer, *test.answer);
  ToolRun run = run_tool(ctx.program, {input.string(), answer.string()}, std::string(output), 60000);
  // What the checker says, in full (judge check shows it on a failure),
  // without trailing blank lines and within reason.
  auto said = [](const std::string& s) {
    std::string text = s.size() > 2000 ? s.substr(0, 1997) + "..." : s;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
  };
  if (run.exit_code == 42) {
    outcome.accepted = true;
  } else if (run.exit_code == 43) {
    outcome.message = run.out.empty() ? "rejected by the checker" : said(run.out);
  } else {
    outcome.judge_error = true;
    outcome.message = fmt::format("checker {} failed ({}): {}", ctx.program.filename().string(),
                                  run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code),
                                  said(run.err.empty() ? run.out : run.err));
  }
  return outcome;
}

}  // namespace

CheckOutcome check_output(const Problem& problem, const CheckerContext& ctx, const TestCase& test,
                          std::string_view output) {
  if (problem.checker.kind == CheckerKind::Program) return run_program_checker(ctx, test, output);
  CheckOutcome outcome;
  Value expected, got;
  try {
    expected = judge_rt::parse_value(*test.answer);
  } catch (const judge_rt::ParseError& e) {
    outcome.judge_error = true;
    outcome.message = fmt::format("{}: answer does not parse: {}", test.origin, e.what());
    return outcome;
  }
  try {
    got = judge_rt::parse_value(output);
  } catch (const judge_rt::ParseError& e) {
    outcome.message = output.empty() ? "no output" : fmt::format("output is not a literal: {}", e.what());
    return outcome;
  }
  switch (problem.checker.kind) {
    case CheckerKind::Exact:
      outcome.message = compare_values(expected, got, NumberTolerance{}, outcome);
      break;
    case CheckerKind::Float:
      outcome.message = compare_values(
          expected, got, NumberTolerance{false, problem.checker.abs_tolerance, problem.checker.rel_tolerance}, outcome);
      break;
    case CheckerKind::Unordered:
      outcome.message = check_unordered(expected, got, problem.checker.nested);
      break;
    case CheckerKind::Program:
      break;
  }
  outcome.accepted = outcome.message.empty();
  return outcome;
}

}  // namespace judge
