// The C++ types a LeetCode signature may use, parsed from their spelling.
// The harness generator turns them back into code; the judge checks test
// literals against them before any program runs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "harness/runtime/judge_rt.h"

namespace judge {

struct CppType {
  enum class Kind {
    Void, Int, Long, LongLong, UnsignedInt, UnsignedLong, Double, Float, Bool, Char, String,
    Vector, ListNode, TreeNode, Node,
  };
  Kind kind = Kind::Void;
  std::vector<CppType> element;  // one entry for Vector
  bool is_const = false;
  bool is_reference = false;

  // Without const and &: the type a harness declares its local as.
  std::string value_spelling() const;
  bool is_node_pointer() const {
    return kind == Kind::ListNode || kind == Kind::TreeNode || kind == Kind::Node;
  }
  // Does this type (or an element of it) mention the kind?
  bool mentions(Kind k) const;
};

// Parses "const vector<vector<int>>&", "ListNode*", "uint32_t"...
// Throws std::invalid_argument with a message naming the offending part.
CppType parse_cpp_type(std::string_view text);

// What `Node` means is per problem (LeetCode reuses the name).
enum class NodeKind { None, Graph, RandomList };

// Empty when `v` is a literal of type `t`, else why not ("expected int, got
// string"). `path` prefixes the message for nested values ("[2][0]").
std::string check_literal(const judge_rt::Value& v, const CppType& t, NodeKind node_kind,
                          const std::string& path = "");

}  // namespace judge
