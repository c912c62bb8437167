// The literal form of Node for the judge's driver, checkers and
// generators (see graph_node.h); solutions see only the type, so their
// units do not pay for these templates.
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "judge_rt.h"
#include "graph_node.h"

namespace judge_rt {

inline NodeSet collect_nodes(Node* start) {
  NodeSet order;
  std::unordered_set<const void*> seen;
  if (start) order.push_back(start), seen.insert(start);
  for (size_t i = 0; i < order.size(); ++i) {
    auto* node = static_cast<Node*>(const_cast<void*>(order[i]));
    for (Node* next : node->neighbors) {
      if (!next) structure_error("a returned node has a null neighbour");
      if (seen.insert(next).second) order.push_back(next);
    }
  }
  return order;
}

template <>
struct Literal<Node*> {
  static Node* read(Reader& in) {
    auto adjacency = Literal<std::vector<std::vector<int>>>::read(in);
    if (adjacency.empty()) return nullptr;
    std::vector<Node*> nodes;
    for (size_t i = 0; i < adjacency.size(); ++i) nodes.push_back(new Node(static_cast<int>(i + 1)));
    for (size_t i = 0; i < adjacency.size(); ++i)
      for (int to : adjacency[i]) {
        if (to < 1 || to > static_cast<int>(nodes.size()))
          in.fail("neighbour " + std::to_string(to) + " is not a node of this graph");
        nodes[i]->neighbors.push_back(nodes[to - 1]);
      }
    return nodes[0];
  }
  // Printed by value: the node with value v goes to index v-1, so the clone
  // prints exactly like the original when it is a faithful copy.
  static void write(Writer& out, Node* start) {
    NodeSet order = collect_nodes(start);
    std::vector<Node*> by_value(order.size(), nullptr);
    for (const void* p : order) {
      auto* node = static_cast<Node*>(const_cast<void*>(p));
      if (node->val < 1 || node->val > static_cast<int>(order.size()) || by_value[node->val - 1])
        structure_error("the returned graph's values are not 1..n, each once");
      by_value[node->val - 1] = node;
    }
    out.raw('[');
    for (size_t i = 0; i < by_value.size(); ++i) {
      if (i) out.raw(',');
      out.raw('[');
      for (size_t j = 0; j < by_value[i]->neighbors.size(); ++j) {
        if (j) out.raw(',');
        out.integer(by_value[i]->neighbors[j]->val);
      }
      out.raw(']');
    }
    out.raw(']');
  }
};

}  // namespace judge_rt
