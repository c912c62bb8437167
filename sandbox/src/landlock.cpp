#include "landlock.h"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace sandbox {

namespace {

// ABI additions newer than the kernel headers of Debian 12.
constexpr uint64_t kTruncate = 1ULL << 14;   // ABI 3
constexpr uint64_t kIoctlDev = 1ULL << 15;   // ABI 5
constexpr uint64_t kNetBindTcp = 1ULL << 0;  // ABI 4
constexpr uint64_t kNetConnectTcp = 1ULL << 1;
constexpr uint64_t kScopeAbstractUnix = 1ULL << 0;  // ABI 6
constexpr uint64_t kScopeSignal = 1ULL << 1;

struct RulesetAttr {  // struct landlock_ruleset_attr, grown by ABI version
  uint64_t handled_access_fs;
  uint64_t handled_access_net;
  uint64_t scoped;
};


uint64_t handled_fs(int abi) {
  uint64_t all = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE |
                 LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR | LANDLOCK_ACCESS_FS_REMOVE_FILE |
                 LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
                 LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK |
                 LANDLOCK_ACCESS_FS_MAKE_SYM;
  if (abi >= 2) all |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) all |= kTruncate;
  if (abi >= 5) all |= kIoctlDev;
  return all;
}

// Read (and execute) one path; for a directory, everything beneath it.
std::string allow_read(int ruleset, const std::string& path) {
  int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return "";  // an absent library folder needs no rule
    return path + ": " + std::strerror(errno);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    std::string e = path + ": " + std::strerror(errno);
    ::close(fd);
    return e;
  }
  landlock_path_beneath_attr rule{};
  rule.parent_fd = fd;
  rule.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_EXECUTE;
  if (S_ISDIR(st.st_mode)) rule.allowed_access |= LANDLOCK_ACCESS_FS_READ_DIR;
  int rc = static_cast<int>(::syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0));
  std::string e = rc == 0 ? "" : "landlock_add_rule " + path + ": " + std::strerror(errno);
  ::close(fd);
  return e;
}

}  // namespace

int landlock_abi() {
  static const int abi = [] {
    long v = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return v < 0 ? 0 : static_cast<int>(v);
  }();
  return abi;
}

LandlockRuleset::~LandlockRuleset() {
  if (fd >= 0) ::close(fd);
}

const std::vector<std::string>& system_library_paths() {
  static const std::vector<std::string> paths = {"/lib", "/lib64", "/usr/lib", "/usr/lib64", "/etc/ld.so.cache"};
  return paths;
}

LandlockRuleset make_ruleset(const std::string& binary, const std::vector<std::string>& readable) {
  LandlockRuleset r;
  int abi = landlock_abi();
  if (abi == 0) {
    r.error = "Landlock is not available in this kernel";
    return r;
  }
  RulesetAttr attr{};
  attr.handled_access_fs = handled_fs(abi);
  size_t size = sizeof(uint64_t);
  if (abi >= 4) {
    attr.handled_access_net = kNetBindTcp | kNetConnectTcp;
    size = 2 * sizeof(uint64_t);
  }
  if (abi >= 6) {
    attr.scoped = kScopeAbstractUnix | kScopeSignal;
    size = sizeof attr;
  }
  r.fd = static_cast<int>(::syscall(SYS_landlock_create_ruleset, &attr, size, 0));
  if (r.fd < 0) {
    r.error = std::string("landlock_create_ruleset: ") + std::strerror(errno);
    return r;
  }
  std::string e = allow_read(r.fd, binary);
  for (const std::string& p : system_library_paths())
    if (e.empty()) e = allow_read(r.fd, p);
  for (const std::string& p : readable)
    if (e.empty()) e = allow_read(r.fd, p);
  if (!e.empty()) {
    ::close(r.fd);
    r.fd = -1;
    r.error = e;
  }
  return r;
}

}  // namespace sandbox
