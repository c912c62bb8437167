#include "checker/value_compare.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace judge {

namespace {

using judge_rt::Value;

std::string short_literal(const Value& v) {
  std::string s = judge_rt::to_literal(v);
  return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

std::string where(const std::string& path) { return path.empty() ? "" : "at " + path + ": "; }

}  // namespace

std::string compare_values(const Value& expected, const Value& got, const NumberTolerance& tol, CheckOutcome& outcome,
                           const std::string& path) {
  if (expected.is_numeric() && got.is_numeric()) {
    if (tol.exact) {
      bool same = expected.kind == Value::Kind::Integer && got.kind == Value::Kind::Integer
                      ? expected.integer == got.integer
                      : expected.number == got.number;
      return same ? "" : fmt::format("{}expected {}, got {}", where(path), short_literal(expected), short_literal(got));
    }
    double e = expected.number, g = got.number;
    if (!std::isfinite(g))
      return fmt::format("{}expected {}, got {} (not a finite number)", where(path), short_literal(expected), short_literal(got));
    if (!std::isfinite(e)) return e == g ? "" : fmt::format("{}expected {}, got {}", where(path), short_literal(expected), short_literal(got));
    double abs_error = std::fabs(g - e);
    double rel_error = e != 0 ? abs_error / std::fabs(e) : (abs_error == 0 ? 0 : INFINITY);
    outcome.has_float_error = true;
    outcome.max_abs_error = std::max(outcome.max_abs_error, abs_error);
    outcome.max_rel_error = std::max(outcome.max_rel_error, rel_error);
    if (abs_error <= tol.abs || abs_error <= tol.rel * std::fabs(e)) return "";
    return fmt::format("{}expected {}, got {} (abs error {:.3g}, rel error {:.3g}; tolerance abs {:g} or rel {:g})",
                       where(path), short_literal(expected), short_literal(got), abs_error, rel_error, tol.abs, tol.rel);
  }
  if (expected.kind != got.kind)
    return fmt::format("{}expected {} {}, got {} {}", where(path), judge_rt::kind_name(expected.kind),
                       short_literal(expected), judge_rt::kind_name(got.kind), short_literal(got));
  switch (expected.kind) {
    case Value::Kind::Null: return "";
    case Value::Kind::Bool:
      return expected.boolean == got.boolean ? "" : fmt::format("{}expected {}, got {}", where(path), short_literal(expected), short_literal(got));
    case Value::Kind::String:
      return expected.string == got.string ? "" : fmt::format("{}expected {}, got {}", where(path), short_literal(expected), short_literal(got));
    case Value::Kind::List: {
      // Check every element the two share first, so the message names the
      // first wrong element rather than just a length.
      size_t n = std::min(expected.items.size(), got.items.size());
      std::string first_error;
      for (size_t i = 0; i < n; ++i) {
        std::string e = compare_values(expected.items[i], got.items[i], tol, outcome, fmt::format("{}[{}]", path, i));
        if (!e.empty() && first_error.empty()) {
          first_error = e;
          if (tol.exact) break;  // float: keep going to measure the worst error
        }
      }
      if (!first_error.empty()) return first_error;
      if (expected.items.size() != got.items.size())
        return fmt::format("{}expected {} elements, got {}", where(path), expected.items.size(), got.items.size());
      return "";
    }
    default: return "";
  }
}

}  // namespace judge
