#include "problem/problem.h"

namespace judge {

const char* difficulty_name(Difficulty d) {
  switch (d) {
    case Difficulty::Easy: return "easy";
    case Difficulty::Medium: return "medium";
    case Difficulty::Hard: return "hard";
  }
  return "?";
}

const char* checker_name(CheckerKind k) {
  switch (k) {
    case CheckerKind::Exact: return "exact";
    case CheckerKind::Float: return "float";
    case CheckerKind::Unordered: return "unordered";
    case CheckerKind::Program: return "program";
  }
  return "?";
}

size_t Problem::input_arity() const {
  if (driver == Driver::Design) return 2;
  return signature.function().params.size() + (cycle_list_param.empty() ? 0 : 1);
}

}  // namespace judge
