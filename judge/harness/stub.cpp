#include "harness/stub.h"

#include <fmt/format.h>

namespace judge {

namespace {

const char* kListNodeComment =
    "/**\n"
    " * Definition for singly-linked list.\n"
    " * struct ListNode {\n"
    " *     int val;\n"
    " *     ListNode *next;\n"
    " *     ListNode() : val(0), next(nullptr) {}\n"
    " *     ListNode(int x) : val(x), next(nullptr) {}\n"
    " *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n"
    " * };\n"
    " */\n";

const char* kTreeNodeComment =
    "/**\n"
    " * Definition for a binary tree node.\n"
    " * struct TreeNode {\n"
    " *     int val;\n"
    " *     TreeNode *left;\n"
    " *     TreeNode *right;\n"
    " *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n"
    " *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n"
    " *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n"
    " * };\n"
    " */\n";

const char* kGraphNodeComment =
    "/*\n"
    "// Definition for a Node.\n"
    "class Node {\n"
    "public:\n"
    "    int val;\n"
    "    vector<Node*> neighbors;\n"
    "    Node() {\n"
    "        val = 0;\n"
    "        neighbors = vector<Node*>();\n"
    "    }\n"
    "    Node(int _val) {\n"
    "        val = _val;\n"
    "        neighbors = vector<Node*>();\n"
    "    }\n"
    "    Node(int _val, vector<Node*> _neighbors) {\n"
    "        val = _val;\n"
    "        neighbors = _neighbors;\n"
    "    }\n"
    "};\n"
    "*/\n";

const char* kRandomNodeComment =
    "/*\n"
    "// Definition for a Node.\n"
    "class Node {\n"
    "public:\n"
    "    int val;\n"
    "    Node* next;\n"
    "    Node* random;\n"
    "    \n"
    "    Node(int _val) {\n"
    "        val = _val;\n"
    "        next = NULL;\n"
    "        random = NULL;\n"
    "    }\n"
    "};\n"
    "*/\n";

std::string param_names(const Method& m, const char* separator) {
  std::string out;
  for (const Param& p : m.params) out += (out.empty() ? "" : separator) + p.name;
  return out;
}

}  // namespace

std::string leetcode_stub(const Problem& p) {
  std::string out;
  if (p.signature.mentions(CppType::Kind::ListNode)) out += kListNodeComment;
  if (p.signature.mentions(CppType::Kind::TreeNode)) out += kTreeNodeComment;
  if (p.node_kind == NodeKind::Graph) out += kGraphNodeComment;
  if (p.node_kind == NodeKind::RandomList) out += kRandomNodeComment;
  if (!out.empty()) out += "\n";
  const Signature& sig = p.signature;
  out += fmt::format("class {} {{\npublic:\n", sig.class_name);
  for (size_t i = 0; i < sig.methods.size(); ++i) {
    if (i) out += "    \n";
    out += fmt::format("    {} {{\n        \n    }}\n", sig.methods[i].text);
  }
  out += "};\n";
  if (p.driver == Driver::Design) {
    out += fmt::format("\n/**\n * Your {0} object will be instantiated and called as such:\n", sig.class_name);
    const Method* ctor = sig.methods[0].is_constructor ? &sig.methods[0] : nullptr;
    out += fmt::format(" * {0}* obj = new {0}({1});\n", sig.class_name, ctor ? param_names(*ctor, ",") : "");
    int n = 0;
    for (const Method& m : sig.methods) {
      if (m.is_constructor) continue;
      ++n;
      if (m.return_type.kind == CppType::Kind::Void)
        out += fmt::format(" * obj->{}({});\n", m.name, param_names(m, ","));
      else
        out += fmt::format(" * {} param_{} = obj->{}({});\n", m.return_type.value_spelling(), n, m.name, param_names(m, ","));
    }
    out += " */\n";
  } else if (p.driver == Driver::Roundtrip) {
    const Method& encode = sig.methods[0];
    const Method& decode = sig.methods[1];
    out += fmt::format("\n// Your {0} object will be instantiated and called as such:\n// {0} ser, deser;\n", sig.class_name);
    out += fmt::format("// {} ans = deser.{}(ser.{}({}));\n", decode.return_type.value_spelling(), decode.name,
                       encode.name, encode.params[0].name);
  }
  return out;
}

}  // namespace judge
