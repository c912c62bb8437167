#include "cli/options.h"

#include <cstdio>

#include "bank/bank.h"
#include "problem/problem_loader.h"

namespace judge {

Problem load_named_problem(const GlobalOptions& global, const std::string& slug) {
  return load_problem(find_package(problems_root(global.problems_dir), slug));
}

void print_json(const nlohmann::ordered_json& j) {
  std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
}

}  // namespace judge
