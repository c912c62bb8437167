// The starting file `judge init` writes: LeetCode's C++ stub for the
// signature, with the node definitions as the comment LeetCode shows.
#pragma once

#include <string>

#include "problem/problem.h"

namespace judge {

std::string leetcode_stub(const Problem& problem);

}  // namespace judge
