#include "compiler/link_command.h"

#include <sstream>

#include <fmt/format.h>

#include "util/errors.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

std::vector<std::string> parse_driver_job(const std::string& line) {
  std::vector<std::string> args;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i == line.size()) break;
    if (line[i] != '"') throw JudgeError(fmt::format("unexpected text in the compiler's job line: {}", line.substr(i, 40)));
    std::string arg;
    for (++i; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      arg += line[i];
    }
    if (i == line.size()) throw JudgeError("unterminated quote in the compiler's job line");
    ++i;
    args.push_back(std::move(arg));
  }
  return args;
}

std::vector<std::string> derive_link_command(const Toolchain& t, const fs::path& dir) {
  // The driver leaves out inputs that do not exist, so the object's stand-in must.
  // harness.o is not in place yet while the runtime is built (its arrival
  // says the runtime is complete), so it has a stand-in too.
  fs::path object = dir / "link-probe.o", harness = dir / "link-probe-harness.o";
  fs::path output = dir / "link-probe.out";
  write_file_atomic(object, "");
  write_file_atomic(harness, "");
  std::vector<std::string> args = {"-###"};
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  args.insert(args.end(), {object.string(), harness.string(), "-o", output.string()});
  ToolRun run = run_tool(t.cxx, args, "", 30000, dir);
  std::error_code ec;
  fs::remove(object, ec);
  fs::remove(harness, ec);
  if (run.exit_code != 0)
    throw JudgeError(fmt::format("{} -### (the linker line) failed: {}", t.cxx.string(), run.err.substr(0, 300)));
  // The job lines are the ones that start with a quoted program; the link is the last.
  std::string job;
  std::istringstream plan(run.err);
  for (std::string line; std::getline(plan, line);)
    if (line.rfind(" \"", 0) == 0) job = line;
  std::vector<std::string> command = parse_driver_job(job);
  bool has_object = false, has_output = false;
  for (std::string& a : command) {
    if (a == object.string()) a = kObjectSlot, has_object = true;
    if (a == output.string()) a = kOutputSlot, has_output = true;
    if (a == harness.string()) a = (dir / "harness.o").string();
  }
  if (command.empty() || !has_object || !has_output)
    throw JudgeError(fmt::format("{} -###: no linker line naming the object and the output in: {}", t.cxx.string(),
                                 run.err.substr(0, 300)));
  // One thread: `judge check -j N` already keeps every core busy, and lld's
  // threads only add CPU time to a link this small.
  if (fs::path(command[0]).filename().string().find("lld") != std::string::npos) command.push_back("--threads=1");
  return command;
}

std::vector<std::string> fill_link_command(const std::vector<std::string>& command,
                                           const std::vector<std::string>& objects, const std::string& output) {
  std::vector<std::string> filled;
  for (const std::string& a : command) {
    if (a == kObjectSlot) filled.insert(filled.end(), objects.begin(), objects.end());
    else if (a == kOutputSlot) filled.push_back(output);
    else filled.push_back(a);
  }
  return filled;
}

}  // namespace judge
