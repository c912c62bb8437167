// How output looks on this stream: colour only on a terminal, and never when
// NO_COLOR is set (https://no-color.org) or TERM is dumb.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace judge {

struct Style {
  bool color = false;

  std::string paint(std::string_view code, std::string_view text) const;
  std::string green(std::string_view t) const { return paint("32", t); }
  std::string red(std::string_view t) const { return paint("31", t); }
  std::string yellow(std::string_view t) const { return paint("33", t); }
  std::string bold(std::string_view t) const { return paint("1", t); }
  std::string dim(std::string_view t) const { return paint("2", t); }
};

Style style_for(std::FILE* stream);

}  // namespace judge
