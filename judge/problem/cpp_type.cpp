#include "problem/cpp_type.h"

#include <cctype>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace judge {

namespace {

using judge_rt::Value;
using Kind = CppType::Kind;

CppType int_type() {
  CppType t;
  t.kind = Kind::Int;
  return t;
}

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':') {
      size_t start = i;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == ':')) ++i;
      tokens.emplace_back(text.substr(start, i - start));
      continue;
    }
    if (c == '>' && i + 1 < text.size() && text[i + 1] == '>') {  // vector<vector<int>>
      tokens.emplace_back(">");
      tokens.emplace_back(">");
      i += 2;
      continue;
    }
    tokens.emplace_back(1, c);
    ++i;
  }
  return tokens;
}

struct TypeParser {
  std::vector<std::string> tokens;
  size_t pos = 0;
  std::string_view text;

  bool at(std::string_view t) const { return pos < tokens.size() && tokens[pos] == t; }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument(fmt::format("type '{}': {}", text, what));
  }
  std::string take() {
    if (pos >= tokens.size()) fail("ends too early");
    return tokens[pos++];
  }

  CppType parse() {
    CppType t;
    if (at("const")) { t.is_const = true; ++pos; }
    std::string name = take();
    if (name.rfind("std::", 0) == 0) name = name.substr(5);
    if (name == "long" && at("long")) { ++pos; name = "long long"; }
    if (name == "unsigned") {
      name = "unsigned int";
      if (at("int")) ++pos;
      else if (at("long")) { ++pos; name = "unsigned long"; if (at("long")) ++pos; }
    }
    if (name == "long" && at("int")) ++pos;
    if (name == "void") t.kind = Kind::Void;
    else if (name == "int" || name == "int32_t") t.kind = Kind::Int;
    else if (name == "long") t.kind = Kind::Long;
    else if (name == "long long" || name == "int64_t") t.kind = Kind::LongLong;
    else if (name == "unsigned int" || name == "uint32_t") t.kind = Kind::UnsignedInt;
    else if (name == "unsigned long" || name == "uint64_t") t.kind = Kind::UnsignedLong;
    else if (name == "double") t.kind = Kind::Double;
    else if (name == "float") t.kind = Kind::Float;
    else if (name == "bool") t.kind = Kind::Bool;
    else if (name == "char") t.kind = Kind::Char;
    else if (name == "string") t.kind = Kind::String;
    else if (name == "vector") {
      t.kind = Kind::Vector;
      if (take() != "<") fail("expected '<' after vector");
      t.element.push_back(parse());
      if (take() != ">") fail("expected '>' to close vector<");
    } else if (name == "ListNode" || name == "TreeNode" || name == "Node") {
      t.kind = name == "ListNode" ? Kind::ListNode : name == "TreeNode" ? Kind::TreeNode : Kind::Node;
      if (take() != "*") fail(name + " is passed as a pointer (" + name + "*)");
    } else {
      fail("unsupported type '" + name + "'");
    }
    if (at("const")) { t.is_const = true; ++pos; }
    if (at("&")) { t.is_reference = true; ++pos; }
    return t;
  }
};

}  // namespace

std::string CppType::value_spelling() const {
  switch (kind) {
    case Kind::Void: return "void";
    case Kind::Int: return "int";
    case Kind::Long: return "long";
    case Kind::LongLong: return "long long";
    case Kind::UnsignedInt: return "unsigned int";
    case Kind::UnsignedLong: return "unsigned long";
    case Kind::Double: return "double";
    case Kind::Float: return "float";
    case Kind::Bool: return "bool";
    case Kind::Char: return "char";
    case Kind::String: return "string";
    case Kind::Vector: return "vector<" + element.at(0).value_spelling() + ">";
    case Kind::ListNode: return "ListNode*";
    case Kind::TreeNode: return "TreeNode*";
    case Kind::Node: return "Node*";
  }
  return "?";
}

bool CppType::mentions(Kind k) const {
  return kind == k || (kind == Kind::Vector && element.at(0).mentions(k));
}

CppType parse_cpp_type(std::string_view text) {
  TypeParser p{tokenize(text), 0, text};
  CppType t = p.parse();
  if (p.pos != p.tokens.size()) p.fail("unexpected '" + p.tokens[p.pos] + "'");
  return t;
}

std::string check_literal(const Value& v, const CppType& t, NodeKind node_kind, const std::string& path) {
  auto where = [&] { return path.empty() ? std::string() : " at " + path; };
  auto expected = [&](const std::string& what) {
    return fmt::format("expected {}{}, got {} {}", what, where(), judge_rt::kind_name(v.kind),
                       judge_rt::to_literal(v).substr(0, 40));
  };
  auto integer_in = [&](long long lo, long long hi, const char* name) -> std::string {
    if (v.kind != Value::Kind::Integer) return expected(name);
    if (v.integer < lo || v.integer > hi) return fmt::format("{} does not fit in {}{}", v.integer, name, where());
    return "";
  };
  switch (t.kind) {
    case Kind::Void: return "void has no literal";
    case Kind::Int: return integer_in(std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), "int");
    case Kind::Long:
    case Kind::LongLong:
      return integer_in(std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max(), "long long");
    case Kind::UnsignedInt:
      if (v.kind == Value::Kind::String && !v.string.empty() && v.string.size() <= 32 &&
          v.string.find_first_not_of("01") == std::string::npos)
        return "";
      return integer_in(0, std::numeric_limits<unsigned int>::max(), "unsigned int");
    case Kind::UnsignedLong:
      return integer_in(0, std::numeric_limits<long long>::max(), "unsigned long");
    case Kind::Double:
    case Kind::Float: return v.is_numeric() ? "" : expected("a number");
    case Kind::Bool: return v.kind == Value::Kind::Bool ? "" : expected("true or false");
    case Kind::Char:
      return v.kind == Value::Kind::String && v.string.size() == 1 ? "" : expected("a one-character string");
    case Kind::String: return v.kind == Value::Kind::String ? "" : expected("a string");
    case Kind::Vector:
      if (v.kind != Value::Kind::List) return expected("a list");
      for (size_t i = 0; i < v.items.size(); ++i) {
        std::string e = check_literal(v.items[i], t.element[0], node_kind, fmt::format("{}[{}]", path, i));
        if (!e.empty()) return e;
      }
      return "";
    case Kind::ListNode:
      if (v.kind != Value::Kind::List) return expected("a list of int (a linked list)");
      for (size_t i = 0; i < v.items.size(); ++i) {
        std::string e = check_literal(v.items[i], int_type(), node_kind, fmt::format("{}[{}]", path, i));
        if (!e.empty()) return e;
      }
      return "";
    case Kind::TreeNode: {
      if (v.kind != Value::Kind::List) return expected("a level-order list (a binary tree)");
      if (!v.items.empty() && v.items[0].kind == Value::Kind::Null)
        return "a tree whose root is null is written []" + where();
      // Every non-null value opens two child slots; more values than slots
      // means the literal describes no tree.
      size_t slots = 1;
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (i >= slots) return fmt::format("tree literal{} has more values than open child slots", where());
        if (v.items[i].kind == Value::Kind::Null) continue;
        std::string e = check_literal(v.items[i], int_type(), node_kind, fmt::format("{}[{}]", path, i));
        if (!e.empty()) return e;
        slots += 2;
      }
      return "";
    }
    case Kind::Node:
      if (v.kind != Value::Kind::List) return expected("a list");
      if (node_kind == NodeKind::Graph) {
        long long n = static_cast<long long>(v.items.size());
        for (size_t i = 0; i < v.items.size(); ++i) {
          const Value& row = v.items[i];
          if (row.kind != Value::Kind::List) return fmt::format("adjacency row {}{} is not a list", i, where());
          for (const Value& to : row.items)
            if (to.kind != Value::Kind::Integer || to.integer < 1 || to.integer > n)
              return fmt::format("adjacency row {}{}: {} is not a node 1..{}", i, where(), judge_rt::to_literal(to), n);
        }
        return "";
      }
      if (node_kind == NodeKind::RandomList) {
        long long n = static_cast<long long>(v.items.size());
        for (size_t i = 0; i < v.items.size(); ++i) {
          const Value& node = v.items[i];
          bool ok = node.kind == Value::Kind::List && node.items.size() == 2 &&
                    node.items[0].kind == Value::Kind::Integer &&
                    (node.items[1].kind == Value::Kind::Null ||
                     (node.items[1].kind == Value::Kind::Integer && node.items[1].integer >= 0 && node.items[1].integer < n));
          if (!ok) return fmt::format("node {}{} must be [val, random index 0..{} or null]", i, where(), n - 1);
        }
        return "";
      }
      return "problem.yaml does not say what Node is (node: graph | random-list)";
  }
  return "unknown type";
}

}  // namespace judge
