// The C++ compiler the judge builds solutions with, and the flags: LeetCode's
// setting (optimised, all of the standard library, a missing return is an
// error, other warnings unseen), linked statically so a run needs no loader.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge {

struct Toolchain {
  std::filesystem::path cxx;
  // Path, size and mtime of the compiler, as ccache's compiler_check=mtime:
  // part of every cache key, so an upgraded compiler never reuses old builds.
  std::string identity;
  std::vector<std::string> compile_flags;
  std::vector<std::string> link_flags;
};

// $JUDGE_CXX, else g++ on PATH. A JudgeError if there is none.
Toolchain find_toolchain();

}  // namespace judge
