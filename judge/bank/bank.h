// The problem bank: every package under the problems root
// (problems/<pack>/<slug>/problem.yaml), found by slug.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge {

// Where problems live: --problems, else $JUDGE_PROBLEMS, else problems/ next
// to the binary's source tree (baked in at build time), else ./problems.
std::filesystem::path problems_root(const std::string& override_dir);

// Package folders (those holding a problem.yaml), sorted by pack then slug.
std::vector<std::filesystem::path> find_packages(const std::filesystem::path& root);

// The package of `slug` (or "pack/slug"). Unknown: a UsageError with a
// did-you-mean suggestion.
std::filesystem::path find_package(const std::filesystem::path& root, const std::string& slug);

// Loads every package; a broken one is a JudgeError naming its file.
std::vector<Problem> load_bank(const std::filesystem::path& root);

// Closest slugs by edit distance (for did-you-mean), best first.
std::vector<std::string> suggest(const std::string& wrong, const std::vector<std::string>& known, size_t max = 3);

}  // namespace judge
