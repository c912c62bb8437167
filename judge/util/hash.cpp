#include "util/hash.h"

#include <cstdint>
#include <new>

#include <fmt/format.h>

namespace judge {

Hasher::Hasher() : state_(XXH3_createState()) {
  if (!state_) throw std::bad_alloc();
  XXH3_128bits_reset(state_);
}

Hasher::~Hasher() { XXH3_freeState(state_); }

Hasher& Hasher::add(std::string_view part) {
  uint64_t size = part.size();
  XXH3_128bits_update(state_, &size, sizeof size);
  XXH3_128bits_update(state_, part.data(), part.size());
  return *this;
}

std::string Hasher::hex() const {
  XXH128_hash_t h = XXH3_128bits_digest(state_);
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string hash_hex(std::string_view data) { return Hasher().add(data).hex(); }

}  // namespace judge
