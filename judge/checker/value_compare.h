// Structural comparison of two literals, shared by the exact and float
// checkers: they differ only in how two numbers are compared.
#pragma once

#include <string>

#include "checker/checker.h"
#include "harness/runtime/judge_rt.h"

namespace judge {

struct NumberTolerance {
  bool exact = true;
  double abs = 0;
  double rel = 0;
};

// Empty when `got` matches `expected`; else the first difference. Updates
// the outcome's float error fields when tolerance is not exact.
std::string compare_values(const judge_rt::Value& expected, const judge_rt::Value& got, const NumberTolerance& tolerance,
                           CheckOutcome& outcome, const std::string& path = "");

}  // namespace judge
