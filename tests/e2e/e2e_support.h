// Running the real judge binary from tests, with a cache of the test run's
// own and colour off, and reading what it printed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace e2e {

struct Output {
  int exit_code = -1;
  std::string out;
  std::string err;
  nlohmann::json json() const;  // stdout parsed (fails the test if it is not JSON)
};

// judge ARGS..., in `workdir` (default: the current folder), with `env`
// ("NAME=value"; "NAME=" unsets it) on top of the test's environment.
Output run_judge(const std::vector<std::string>& args, const std::filesystem::path& workdir = {},
                 const std::vector<std::string>& env = {});

std::filesystem::path problems_dir();
std::filesystem::path package(const std::string& pack_slug);  // "neetcode/two-sum"

// Every package of the bank, as "pack/slug".
std::vector<std::string> all_packages();

bool contains(const std::string& text, const std::string& part);

}  // namespace e2e
