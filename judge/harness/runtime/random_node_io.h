// The literal form of Node for the judge's driver, checkers and
// generators (see random_node.h); solutions see only the type, so their
// units do not pay for these templates.
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "judge_rt.h"
#include "random_node.h"

namespace judge_rt {

// The nodes along next; randoms must point into the same list.
inline NodeSet collect_nodes(Node* head) {
  NodeSet nodes;
  std::unordered_set<const void*> seen;
  for (Node* p = head; p; p = p->next) {
    if (!seen.insert(p).second) structure_error("the returned list has a cycle");
    nodes.push_back(p);
  }
  for (const void* q : nodes) {
    Node* r = static_cast<Node*>(const_cast<void*>(q))->random;
    if (r && !seen.count(r)) structure_error("a random pointer points outside the returned list");
  }
  return nodes;
}

template <>
struct Literal<Node*> {
  static Node* read(Reader& in) {
    std::vector<Node*> nodes;
    std::vector<long long> randoms;
    in.begin_list();
    while (in.next_item()) {
      in.begin_list();
      if (!in.next_item()) in.fail("a node is written [val, random index or null]");
      nodes.push_back(new Node(Literal<int>::read(in)));
      if (!in.next_item()) in.fail("a node is written [val, random index or null]");
      randoms.push_back(in.consume_null() ? -1 : in.read_integer(0, 1 << 30, "node index"));
      if (in.next_item()) in.fail("a node is written [val, random index or null]");
    }
    for (size_t i = 0; i < nodes.size(); ++i) {
      if (i + 1 < nodes.size()) nodes[i]->next = nodes[i + 1];
      if (randoms[i] >= static_cast<long long>(nodes.size()))
        in.fail("random index " + std::to_string(randoms[i]) + " is past the end of the list");
      if (randoms[i] >= 0) nodes[i]->random = nodes[randoms[i]];
    }
    return nodes.empty() ? nullptr : nodes[0];
  }
  static void write(Writer& out, Node* head) {
    NodeSet nodes = collect_nodes(head);
    std::unordered_map<const void*, size_t> index;
    for (size_t i = 0; i < nodes.size(); ++i) index[nodes[i]] = i;
    out.raw('[');
    for (size_t i = 0; i < nodes.size(); ++i) {
      auto* node = static_cast<Node*>(const_cast<void*>(nodes[i]));
      if (i) out.raw(',');
      out.raw('[');
      out.integer(node->val);
      out.raw(',');
      if (node->random) out.integer(static_cast<long long>(index[node->random])); else out.null();
      out.raw(']');
    }
    out.raw(']');
  }
};

}  // namespace judge_rt
