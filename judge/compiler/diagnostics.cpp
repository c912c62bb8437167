#include "compiler/diagnostics.h"

#include <sstream>

#include <fmt/format.h>

#include "harness/translation_unit.h"

namespace judge {

std::string first_error(const std::string& diagnostics, const std::string& fallback) {
  std::istringstream in(diagnostics);
  std::string line, first, link_error;
  while (std::getline(in, line)) {
    if (first.empty() && !line.empty()) first = line;
    // The linker's own "undefined reference" says more than collect2's
    // closing "ld returned 1 exit status".
    if (link_error.empty() && line.find("undefined reference to") != std::string::npos) {
      size_t at = line.find("undefined reference to");
      link_error = "link error: " + line.substr(at);
    }
    if (line.rfind("collect2:", 0) == 0) continue;
    if (line.find(": error: ") != std::string::npos || line.find(": fatal error: ") != std::string::npos) return line;
  }
  if (!link_error.empty()) return fallback + ": " + link_error;
  return first.empty() ? fallback + ": the compiler failed without a message" : first;
}

std::string solution_compile_summary(const std::string& diagnostics, const Problem& problem, const std::string& label) {
  std::string error = first_error(diagnostics, label);
  if (error.rfind(kHarnessLabel, 0) != 0) return error;
  std::string what = error.substr(error.find(": error: ") == std::string::npos ? 0 : error.find(": error: ") + 9);
  const Signature& sig = problem.signature;
  std::string expected;
  if (sig.is_design) {
    expected = "class " + sig.class_name + " with";
    for (const Method& m : sig.methods) expected += " `" + m.text + "`;";
    expected.pop_back();
  } else {
    expected = fmt::format("class {} with `{}`", sig.class_name, sig.function().text);
  }
  return fmt::format("{}: does not match the signature: expected {} (compiler: {})", label, expected, what);
}

std::string clip_lines(const std::string& text, size_t max_lines) {
  std::istringstream in(text);
  std::string line, out;
  size_t n = 0, total = 0;
  while (std::getline(in, line)) {
    if (n < max_lines) {
      out += line + "\n";
      ++n;
    }
    ++total;
  }
  if (total > n) out += fmt::format("... ({} more lines)\n", total - n);
  return out;
}

}  // namespace judge
