// Boost.Process lives in this one file: it is heavy to compile, and nothing
// else needs to know how tools are spawned.
#include "util/subprocess.h"

#include <chrono>
#include <future>
#include <stdexcept>

#include <boost/asio/io_context.hpp>
#include <boost/process.hpp>
#include <fmt/format.h>

namespace judge {

namespace bp = boost::process;

ToolRun run_tool(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::string& stdin_data, int timeout_ms, const std::filesystem::path& workdir) {
  ToolRun run;
  auto start = std::chrono::steady_clock::now();
  boost::asio::io_context io;
  std::future<std::string> out, err;
  // A group, so a timeout kills the compiler driver and cc1plus/as/ld alike.
  bp::group group;
  std::error_code ec;
  bp::child child;
  std::string dir = workdir.empty() ? std::filesystem::current_path().string() : workdir.string();
  try {
    child = bp::child(program.string(), bp::args(args), bp::std_in < boost::asio::buffer(stdin_data),
                      bp::std_out > out, bp::std_err > err, io, group, bp::start_dir(dir), ec);
  } catch (const std::exception& e) {
    throw std::runtime_error(fmt::format("{}: cannot start: {}", program.string(), e.what()));
  }
  if (ec) throw std::runtime_error(fmt::format("{}: cannot start: {}", program.string(), ec.message()));
  io.run_for(std::chrono::milliseconds(timeout_ms));
  if (!io.stopped()) {
    run.timed_out = true;
    group.terminate(ec);
    io.run();  // the pipes close once the group is gone
  }
  child.wait(ec);
  run.out = out.get();
  run.err = err.get();
  if (!run.timed_out && child.native_exit_code() >= 0 && WIFEXITED(child.native_exit_code()))
    run.exit_code = WEXITSTATUS(child.native_exit_code());
  run.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return run;
}

std::filesystem::path find_program(const std::string& name) {
  boost::filesystem::path p = bp::search_path(name);
  return p.empty() ? std::filesystem::path() : std::filesystem::path(p.string());
}

}  // namespace judge
