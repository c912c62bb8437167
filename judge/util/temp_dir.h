// A private temporary folder, removed with everything in it at scope exit.
#pragma once

#include <filesystem>

namespace judge {

class TempDir {
 public:
  TempDir();  // under $TMPDIR (or /tmp); throws with the reason on failure
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace judge
