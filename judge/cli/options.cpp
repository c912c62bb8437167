#include "cli/options.h"

#include <cstdio>

#include "bank/bank.h"
#include "problem/problem_loader.h"
#include "sandbox/sandbox.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace judge {

Problem load_named_problem(const GlobalOptions& global, const std::string& slug) {
  return load_problem(find_package(problems_root(global.problems_dir), slug));
}

std::vector<std::string> sandbox_layers_off() {
  std::vector<std::string> off;
  for (const sandbox::Layer& l : sandbox::layers())
    if (!l.active) off.push_back(l.name);
  return off;
}

void warn_if_sandbox_degraded() {
  std::vector<std::string> off = sandbox_layers_off();
  if (!off.empty())
    spdlog::warn("sandbox layer{} off on this machine: {} (see: judge doctor)", off.size() == 1 ? "" : "s",
                 fmt::join(off, ", "));
}

void print_json(const nlohmann::ordered_json& j) {
  std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
}

}  // namespace judge
