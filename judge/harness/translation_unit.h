// The translation units the judge compiles: a solution (or reference), the
// problem's driver (its generated main), a program checker, a test generator
// or validator. Each starts with the precompiled prelude, and the author's
// code keeps its own file name and line numbers (#line), so compiler errors
// point into the user's file.
#pragma once

#include <string>
#include <string_view>

#include "problem/problem.h"

namespace judge {

// A solution compiles as two units. Its own: the node types, the code, and
// small entry points (namespace judge_entry) that construct the class and
// call each method of the signature. And the problem's driver: a main that
// reads a test, calls the entry points and prints the result as a literal.
// The driver is the same for every solution of a problem, so it is compiled
// once (compile_unit caches its object): the literal templates it
// instantiates are not paid again by each submission.
std::string solution_unit(const Problem& problem, std::string_view source, const std::string& source_label);
std::string driver_unit(const Problem& problem);

// The node headers with their literal form + the author's checker,
// generator or validator program (which has its own main).
std::string tool_unit(const Problem& problem, std::string_view source, const std::string& source_label);

// The node types a solution sees (for an editor's header too).
std::string node_type_includes(const Problem& problem);

// The label the harness part carries in compiler messages.
inline constexpr const char* kHarnessLabel = "judge-harness";
// The label the driver carries: an error there is the judge's or the
// problem's, never the solution's.
inline constexpr const char* kDriverLabel = "judge-driver";

}  // namespace judge
