#include "compiler/toolchain.h"

#include <sys/stat.h>

#include <cstdlib>

#include <fmt/format.h>

#include "util/errors.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

Toolchain find_toolchain() {
  Toolchain t;
  const char* env = std::getenv("JUDGE_CXX");
  std::string name = env && *env ? env : "g++";
  t.cxx = name.find('/') != std::string::npos ? fs::path(name) : find_program(name);
  if (t.cxx.empty())
    throw JudgeError(fmt::format("no C++ compiler: '{}' is not on PATH (install g++, or set JUDGE_CXX)", name));
  std::error_code ec;
  fs::path real = fs::canonical(t.cxx, ec);
  if (ec) throw JudgeError(fmt::format("{}: {}", t.cxx.string(), ec.message()));
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0) throw JudgeError(errno_message(real));
  t.identity = fmt::format("{}:{}:{}.{}", real.string(), st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  // As LeetCode: a non-void function that can end without a return is a
  // compile error (-Werror=return-type), not undefined behaviour at -O2 that
  // would surface as a baffling verdict. Other warnings of a successful
  // compile are never shown.
  t.compile_flags = {"-std=gnu++20", "-O2", "-Werror=return-type", "-pipe", "-fdiagnostics-color=never",
                     "-fmax-errors=30"};
  t.link_flags = {"-static"};
  return t;
}

}  // namespace judge
