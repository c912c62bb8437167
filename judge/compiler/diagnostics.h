// Compiler output, shortened for people: the first error as one line, and
// what a harness-side error means for the user (a signature mismatch).
#pragma once

#include <string>

#include "problem/problem.h"

namespace judge {

// "file:line:col: error: what" of the first error, or the first line.
std::string first_error(const std::string& diagnostics, const std::string& fallback);

// The one-line summary of a solution's compile error. An error inside the
// generated harness means the solution does not declare what the signature
// asks for; the summary says so, in terms of the user's file.
std::string solution_compile_summary(const std::string& diagnostics, const Problem& problem, const std::string& label);

// At most `max_lines` lines of the compiler output.
std::string clip_lines(const std::string& text, size_t max_lines);

}  // namespace judge
