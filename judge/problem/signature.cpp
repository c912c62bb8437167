#include "problem/signature.h"

#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

namespace judge {

namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

bool is_identifier(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

// Splits "type name" at the last identifier; "vector<int>& nums" -> type, name.
std::pair<std::string, std::string> split_declaration(std::string_view decl) {
  std::string d = trim(decl);
  size_t end = d.size();
  size_t start = end;
  while (start > 0 && (std::isalnum(static_cast<unsigned char>(d[start - 1])) || d[start - 1] == '_')) --start;
  return {trim(std::string_view(d).substr(0, start)), d.substr(start)};
}

}  // namespace

const Method* Signature::find(std::string_view name) const {
  for (const Method& m : methods)
    if (m.name == name) return &m;
  return nullptr;
}

bool Signature::mentions(CppType::Kind kind) const {
  for (const Method& m : methods) {
    if (m.return_type.mentions(kind)) return true;
    for (const Param& p : m.params)
      if (p.type.mentions(kind)) return true;
  }
  return false;
}

Method parse_method(std::string_view text, const std::string& class_name) {
  Method m;
  m.text = trim(text);
  auto fail = [&](const std::string& what) -> void {
    throw std::invalid_argument(fmt::format("signature '{}': {}", m.text, what));
  };
  size_t open = m.text.find('(');
  size_t close = m.text.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open)
    fail("expected 'type name(params)'");
  if (!trim(std::string_view(m.text).substr(close + 1)).empty()) fail("unexpected text after ')'");
  auto [ret, name] = split_declaration(std::string_view(m.text).substr(0, open));
  if (!is_identifier(name)) fail("missing a method name");
  m.name = name;
  if (ret.empty()) {
    if (class_name.empty() || name != class_name) fail("missing a return type");
    m.is_constructor = true;
  } else {
    try {
      m.return_type = parse_cpp_type(ret);
    } catch (const std::invalid_argument& e) {
      fail(e.what());
    }
    if (m.return_type.is_reference) fail("returning a reference is not supported");
  }
  std::string params = trim(std::string_view(m.text).substr(open + 1, close - open - 1));
  if (params.empty() || params == "void") return m;
  // Split at top-level commas (not inside vector<...>).
  int depth = 0;
  size_t start = 0;
  std::vector<std::string> parts;
  for (size_t i = 0; i <= params.size(); ++i) {
    if (i == params.size() || (params[i] == ',' && depth == 0)) {
      parts.push_back(params.substr(start, i - start));
      start = i + 1;
    } else if (params[i] == '<') {
      ++depth;
    } else if (params[i] == '>') {
      --depth;
    }
  }
  for (const std::string& part : parts) {
    auto [type, pname] = split_declaration(part);
    if (!is_identifier(pname) || type.empty()) fail(fmt::format("parameter '{}' needs a type and a name", trim(part)));
    Param p;
    p.name = pname;
    p.text = trim(part);
    try {
      p.type = parse_cpp_type(type);
    } catch (const std::invalid_argument& e) {
      fail(e.what());
    }
    if (p.type.kind == CppType::Kind::Void) fail(fmt::format("parameter '{}' cannot be void", pname));
    for (const Param& other : m.params)
      if (other.name == p.name) fail(fmt::format("two parameters named '{}'", p.name));
    m.params.push_back(std::move(p));
  }
  return m;
}

}  // namespace judge
