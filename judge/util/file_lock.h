// An exclusive flock(2) held for a scope: serialises writers of one cache
// entry across processes. The lock file is never deleted (deleting it would
// let two processes lock two different files of the same name).
#pragma once

#include <filesystem>

namespace judge {

class FileLock {
 public:
  explicit FileLock(const std::filesystem::path& lock_path);  // blocks until held
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace judge
