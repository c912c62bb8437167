// A problem loaded from a problem.yaml written on the spot, for unit tests.
#pragma once

#include <string>

#include "problem/problem_loader.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace judge::testing {

// problem.yaml = a title, difficulty and topic, then `yaml` (the signature...).
inline Problem make_problem(const std::string& yaml, TempDir& tmp) {
  fs::path dir = tmp.path() / "p" / "x";
  make_dirs(dir);
  write_file_atomic(dir / "problem.yaml", "title: X\ndifficulty: easy\ntopics: [t]\n" + yaml);
  return load_problem(dir);
}

}  // namespace judge::testing
