// The C++ compiler the judge builds solutions with, and the flags: LeetCode's
// setting (clang, optimised, all of the standard library, a missing return is
// an error, other warnings unseen), linked statically so a run needs no loader.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge {

// The two compilers differ in how a precompiled header is built and named.
enum class CompilerFamily { Clang, Gcc };

struct Toolchain {
  std::filesystem::path cxx;
  CompilerFamily family = CompilerFamily::Clang;
  // Path, size and mtime of the compiler, as ccache's compiler_check=mtime:
  // part of every cache key, so an upgraded compiler never reuses old builds.
  std::string identity;
  std::vector<std::string> compile_flags;
  std::vector<std::string> link_flags;
  // Added to compile_flags + link_flags when the prelude is precompiled.
  std::vector<std::string> pch_flags;
  // The file the compiler looks for beside prelude.h when it is -include'd.
  std::string pch_name;
};

// The compiler LeetCode's C++ is closest to here (clang; Debian 12's newest).
inline constexpr const char* kDefaultCxx = "clang++-16";

// $JUDGE_CXX (clang++ or g++, by name or path), else clang++-16 on PATH.
// A JudgeError if there is none.
Toolchain find_toolchain();

}  // namespace judge
