// The runtime sources (harness/runtime/*), built into the judge binary at
// compile time (cmake/embed_runtime.cmake) so `build/judge` needs no source
// tree to install its runtime into the cache.
#pragma once

#include <string_view>
#include <vector>

namespace judge {

struct EmbeddedFile {
  const char* name;
  std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_runtime_files();

}  // namespace judge
