#include "report/style.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace judge {

std::string Style::paint(std::string_view code, std::string_view text) const {
  if (!color) return std::string(text);
  std::string out = "\033[";
  out += code;
  out += 'm';
  out += text;
  out += "\033[0m";
  return out;
}

Style style_for(std::FILE* stream) {
  Style s;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  s.color = ::isatty(::fileno(stream)) && !(no_color && *no_color) && !(term && std::strcmp(term, "dumb") == 0);
  return s;
}

}  // namespace judge
