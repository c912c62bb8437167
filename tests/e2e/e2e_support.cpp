#include "e2e_support.h"

#include <algorithm>
#include <cstdlib>

#include <gtest/gtest.h>

#include "bank/bank.h"
#include "util/subprocess.h"

namespace e2e {

nlohmann::json Output::json() const {
  try {
    return nlohmann::json::parse(out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not JSON (" << e.what() << "):\n" << out << "\nstderr:\n" << err;
    return {};
  }
}

Output run_judge(const std::vector<std::string>& args, const std::filesystem::path& workdir,
                 const std::vector<std::string>& env) {
  // One cache for the whole test run: each program is compiled once.
  ::setenv("JUDGE_CACHE_DIR", JUDGE_E2E_CACHE, 1);
  ::setenv("NO_COLOR", "1", 1);
  // Never the real home's history: a data folder of the test run's own.
  ::setenv("XDG_DATA_HOME", JUDGE_E2E_CACHE "/data", 0);
  std::vector<std::pair<std::string, std::string>> saved;
  for (const std::string& e : env) {
    std::string name = e.substr(0, e.find('=')), value = e.substr(e.find('=') + 1);
    const char* old = std::getenv(name.c_str());
    saved.emplace_back(name, old ? std::string("=") + old : "");
    if (value.empty()) ::unsetenv(name.c_str());
    else ::setenv(name.c_str(), value.c_str(), 1);
  }
  judge::ToolRun run = judge::run_tool(JUDGE_BINARY, args, "", 300000, workdir);
  for (const auto& [name, old] : saved) {
    if (old.empty()) ::unsetenv(name.c_str());
    else ::setenv(name.c_str(), old.c_str() + 1, 1);
  }
  Output o;
  o.exit_code = run.timed_out ? -2 : run.exit_code;
  o.out = run.out;
  o.err = run.err;
  return o;
}

std::filesystem::path problems_dir() { return JUDGE_PROBLEMS_DIR; }

std::filesystem::path package(const std::string& pack_slug) { return problems_dir() / pack_slug; }

std::vector<std::string> all_packages() {
  std::vector<std::string> out;
  for (const auto& dir : judge::find_packages(problems_dir()))
    out.push_back(dir.parent_path().filename().string() + "/" + dir.filename().string());
  return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace e2e
