#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <stdexcept>

#include <fmt/format.h>

namespace judge {

std::string errno_message(const fs::path& path) {
  return fmt::format("{}: {}", path.string(), std::strerror(errno));
}

std::string read_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error(errno_message(path));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    std::string message = errno_message(path);
    ::close(fd);
    throw std::runtime_error(message);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw std::runtime_error(fmt::format("{}: is a directory", path.string()));
  }
  std::string data;
  if (st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string message = errno_message(path);
      ::close(fd);
      throw std::runtime_error(message);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return data;
}

std::string temp_suffix() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format(".tmp-{}-{:x}", ::getpid(), rng());
}

void write_file_atomic(const fs::path& path, std::string_view data, bool executable) {
  fs::path tmp = path;
  tmp += temp_suffix();
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, executable ? 0755 : 0644);
  if (fd < 0) throw std::runtime_error(errno_message(tmp));
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string message = errno_message(tmp);
      ::close(fd);
      ::unlink(tmp.c_str());
      throw std::runtime_error(message);
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    std::string message = errno_message(tmp);
    ::unlink(tmp.c_str());
    throw std::runtime_error(message);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string message = errno_message(path);
    ::unlink(tmp.c_str());
    throw std::runtime_error(message);
  }
}

void make_dirs(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error(fmt::format("{}: {}", dir.string(), ec.message()));
}

std::string display_path(const fs::path& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec || !path.is_absolute()) return path.string();
  fs::path rel = path.lexically_relative(cwd);
  if (rel.empty() || *rel.begin() == "..") return path.string();
  return rel.string();
}

}  // namespace judge
