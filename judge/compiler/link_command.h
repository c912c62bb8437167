// The linker line clang's driver would run, captured once per runtime (with
// `-###`) so that each compile can run the linker itself: the driver is one
// more start of a 100 MB libLLVM binary (~30 ms of CPU) per solution, and a
// cold `judge check` compiles ~2000 of them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "compiler/toolchain.h"

namespace judge {

inline constexpr const char* kObjectSlot = "@OBJECT@";
inline constexpr const char* kOutputSlot = "@OUTPUT@";

// One job line of `clang -###` ( "prog" "arg" ... with \-escapes) as argv.
std::vector<std::string> parse_driver_job(const std::string& line);

// The linker's argv for `object + runtime_dir/harness.o -> output`, with
// kObjectSlot and kOutputSlot where those paths go. Throws a JudgeError naming the compiler
// if the driver's plan cannot be read.
std::vector<std::string> derive_link_command(const Toolchain& toolchain, const std::filesystem::path& runtime_dir);

// The argv with the slots filled (the objects, in order, where the one slot was).
std::vector<std::string> fill_link_command(const std::vector<std::string>& command,
                                           const std::vector<std::string>& objects, const std::string& output);

}  // namespace judge
