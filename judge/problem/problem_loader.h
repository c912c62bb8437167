// Reads and validates problem.yaml. Every error is a JudgeError whose message
// is "path/problem.yaml:LINE:COL: what is wrong".
#pragma once

#include <filesystem>

#include "problem/problem.h"

namespace judge {

Problem load_problem(const std::filesystem::path& dir);

}  // namespace judge
