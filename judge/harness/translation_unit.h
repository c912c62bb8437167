// The translation units the judge compiles: a solution (or reference) with
// its generated main, a program checker, a test generator. Each starts with
// the precompiled prelude, and the author's code keeps its own file name and
// line numbers (#line), so compiler errors point into the user's file.
#pragma once

#include <string>
#include <string_view>

#include "problem/problem.h"

namespace judge {

// The harness part only: a main() that reads the test input, calls the
// solution as the signature says and prints the result as a literal.
std::string harness_main(const Problem& problem);

// prelude + node definitions + the solution source + harness_main.
std::string solution_unit(const Problem& problem, std::string_view source, const std::string& source_label);

// prelude + node definitions + the author's checker or generator program.
std::string tool_unit(const Problem& problem, std::string_view source, const std::string& source_label);

// The label the harness part carries in compiler messages.
inline constexpr const char* kHarnessLabel = "judge-harness";

}  // namespace judge
