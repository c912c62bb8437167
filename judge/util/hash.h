// Content hashes for cache keys: XXH3-128 (libxxhash), fast enough that
// hashing a source on every submit costs microseconds.
#pragma once

#include <string>
#include <string_view>

#include <xxhash.h>

namespace judge {

class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;
  // Each part is length-prefixed, so ("ab","c") and ("a","bc") differ.
  Hasher& add(std::string_view part);
  std::string hex() const;  // 32 lowercase hex digits

 private:
  XXH3_state_t* state_;
};

std::string hash_hex(std::string_view data);

}  // namespace judge
