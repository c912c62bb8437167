// Runs a trusted tool (the compiler, a pack's checker or generator) and
// captures its output. Untrusted solutions never come through here: they go
// through the sandbox library.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge {

struct ToolRun {
  int exit_code = -1;   // -1 when it did not exit normally
  bool timed_out = false;
  std::string out;
  std::string err;
  double wall_ms = 0;
};

// Throws std::runtime_error if the program cannot be started.
ToolRun run_tool(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::string& stdin_data, int timeout_ms,
                 const std::filesystem::path& workdir = {});

// The full path of a program on PATH, or empty.
std::filesystem::path find_program(const std::string& name);

}  // namespace judge
