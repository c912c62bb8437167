// Checkers decide whether an output answers a test (design §4). They run in
// the trusted judge, never in the sandbox: exact, float (tolerance), unordered
// (outer order free, optionally nested), and program (the package's own
// checker.cpp, for problems with many right answers).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "problem/problem.h"
#include "problem/test_set.h"

namespace judge {

struct CheckOutcome {
  bool accepted = false;
  std::string message;        // why not, in one line ("at [2]: expected 5, got 4")
  bool judge_error = false;   // the checker itself failed (broken package)
  // Float checker: the worst error over all numbers compared.
  bool has_float_error = false;
  double max_abs_error = 0;
  double max_rel_error = 0;
};

struct CheckerContext {
  std::filesystem::path program;  // compiled checker.cpp (program checkers)
  std::filesystem::path scratch;  // a private folder for temporary files
};

CheckOutcome check_output(const Problem& problem, const CheckerContext& context, const TestCase& test,
                          std::string_view output);

}  // namespace judge
