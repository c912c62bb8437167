// judge check for one package (design §9), in the spirit of Kattis
// problemtools' verifyproblem: the yaml against its schema, the statement, the
// test files, the validator, the generator's determinism, the reference, and
// every program under submissions/ against the verdict its folder names.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge {

struct CheckItem {
  std::string name;     // "schema", "statement", "submission wrong_answer/off-by-one.cpp"...
  bool ok = false;
  std::string message;  // why not (or, when ok, what was found: "24 tests")
  double seconds = 0;
};

struct PackageReport {
  std::string id;  // pack/slug
  std::filesystem::path dir;
  std::vector<CheckItem> items;
  double seconds = 0;
  bool ok() const;
};

enum class CheckScope {
  Schema,       // problem.yaml, statement, files, test literals (no program runs)
  Reference,    // and the validator, the generator, the reference
  Submissions,  // and every submission (the default)
};

struct CheckOptions {
  CheckScope scope = CheckScope::Submissions;
  std::string only_submission;  // check this program only (a path)
  double margin = 1.5;          // accepted programs within limit/margin; TLE programs still over limit*margin
};

// Never throws for a broken package: every problem is a failed item.
PackageReport check_package(const std::filesystem::path& dir, const CheckOptions& options);

}  // namespace judge
