#include "compiler/toolchain.h"

#include <sys/stat.h>

#include <cstdlib>

#include <fmt/format.h>

#include "util/errors.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

namespace {

// From the name of the compiler's real file: clang++-16 resolves to
// .../llvm-16/bin/clang, g++ to x86_64-linux-gnu-g++-12.
CompilerFamily family_of(const fs::path& real_compiler) {
  return real_compiler.filename().string().find("clang") != std::string::npos ? CompilerFamily::Clang
                                                                              : CompilerFamily::Gcc;
}

}  // namespace

Toolchain find_toolchain() {
  Toolchain t;
  const char* env = std::getenv("JUDGE_CXX");
  std::string name = env && *env ? env : kDefaultCxx;
  t.cxx = name.find('/') != std::string::npos ? fs::path(name) : find_program(name);
  if (t.cxx.empty()) {
    if (name == kDefaultCxx)
      throw JudgeError(fmt::format("no C++ compiler: '{}' is not on PATH (LeetCode compiles with clang: install it "
                                   "with 'apt-get install clang-16 lld-16', or set JUDGE_CXX=g++)",
                                   name));
    throw JudgeError(fmt::format("no C++ compiler: '{}' (JUDGE_CXX) is not on PATH", name));
  }
  std::error_code ec;
  fs::path real = fs::canonical(t.cxx, ec);
  if (ec) throw JudgeError(fmt::format("{}: {}", t.cxx.string(), ec.message()));
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0) throw JudgeError(errno_message(real));
  t.identity = fmt::format("{}:{}:{}.{}", real.string(), st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  t.family = family_of(real);
  // As LeetCode: a non-void function that can end without a return is a
  // compile error (-Werror=return-type), not undefined behaviour at -O2 that
  // would surface as a baffling verdict. Other warnings of a successful
  // compile are never shown.
  t.compile_flags = {"-std=gnu++20", "-O2", "-Werror=return-type", "-pipe", "-fdiagnostics-color=never"};
  t.link_flags = {"-static"};
  if (t.family == CompilerFamily::Clang) {
    t.compile_flags.push_back("-ferror-limit=30");
    // lld links a static binary in half of ld.bfd's time, when it is there:
    // the one of the same LLVM release (lld-16 puts it beside clang), not
    // whatever /usr/bin/ld.lld is, else the one on PATH.
    fs::path own_lld = real.parent_path() / "ld.lld";
    if (fs::exists(own_lld, ec)) t.link_flags.push_back("--ld-path=" + own_lld.string());
    else if (!find_program("ld.lld").empty()) t.link_flags.push_back("-fuse-ld=lld");
    // Instantiate the prelude's pending templates once, in the PCH, instead
    // of in every unit: what makes a clang compile ~3x faster than g++'s here.
    t.pch_flags = {"-fpch-instantiate-templates"};
    t.pch_name = "prelude.h.pch";
  } else {
    t.compile_flags.push_back("-fmax-errors=30");
    t.pch_name = "prelude.h.gch";
  }
  return t;
}

}  // namespace judge
