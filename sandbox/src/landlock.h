// The Landlock layer (Linux >= 5.13): a run may read and execute its own
// binary and the system libraries, read what the caller allows, and write
// nothing; where the kernel supports it, it may not open TCP connections nor
// signal processes outside its own domain. The ruleset is built by the parent
// (it needs paths and allocations) and enforced by the child before exec.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sandbox {

// The kernel's Landlock ABI version, 0 when Landlock is unavailable.
int landlock_abi();

struct LandlockRuleset {
  int fd = -1;          // -1 when Landlock is off
  std::string error;
  LandlockRuleset() = default;
  LandlockRuleset(const LandlockRuleset&) = delete;
  LandlockRuleset& operator=(const LandlockRuleset&) = delete;
  LandlockRuleset(LandlockRuleset&& o) noexcept : fd(o.fd), error(std::move(o.error)) { o.fd = -1; }
  LandlockRuleset& operator=(LandlockRuleset&& o) noexcept {
    std::swap(fd, o.fd);
    std::swap(error, o.error);
    return *this;
  }
  ~LandlockRuleset();
};

// Read (and execute) `binary` and every path of `readable`; nothing else.
LandlockRuleset make_ruleset(const std::string& binary, const std::vector<std::string>& readable);

// The system library folders every dynamically linked program needs.
const std::vector<std::string>& system_library_paths();

}  // namespace sandbox
