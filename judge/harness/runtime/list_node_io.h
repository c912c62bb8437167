// The literal form of ListNode for the judge's driver, checkers and
// generators (see list_node.h); solutions see only the type, so their
// units do not pay for these templates.
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "judge_rt.h"
#include "list_node.h"

namespace judge_rt {

// The nodes from head along next; a cycle is a structure error (it could not
// be printed), so a buggy solution gets WA instead of an endless output.
inline NodeSet collect_nodes(ListNode* head) {
  NodeSet nodes;
  std::unordered_set<const void*> seen;
  for (ListNode* p = head; p; p = p->next) {
    if (!seen.insert(p).second) structure_error("the returned list has a cycle");
    nodes.push_back(p);
  }
  return nodes;
}

// LeetCode's linked-list-cycle input: the tail links back to node `pos`
// (0-based), or nowhere for -1.
inline void link_cycle(ListNode* head, int pos) {
  if (pos < 0 || !head) return;
  ListNode* target = nullptr;
  ListNode* tail = head;
  int index = 0;
  for (ListNode* p = head; p; p = p->next, ++index) {
    if (index == pos) target = p;
    tail = p;
  }
  if (!target) input_error("pos " + std::to_string(pos) + " is past the end of the list");
  tail->next = target;
}

// LeetCode gives some node arguments by value (lowest-common-ancestor's p
// and q): the node of `root` holding that value.
inline ListNode* find_node(ListNode* root, int value) {
  for (const void* n : collect_nodes(root)) {
    auto* node = static_cast<ListNode*>(const_cast<void*>(n));
    if (node->val == value) return node;
  }
  input_error("no node has the value " + std::to_string(value));
}

// A returned node printed as its value, null for nullptr.
inline void write_node_value(Writer& out, ListNode* node) {
  if (node) out.integer(node->val); else out.null();
}

template <>
struct Literal<ListNode*> {
  static ListNode* read(Reader& in) {
    ListNode dummy;
    ListNode* tail = &dummy;
    in.begin_list();
    while (in.next_item()) {
      tail->next = new ListNode(Literal<int>::read(in));
      tail = tail->next;
    }
    return dummy.next;
  }
  static void write(Writer& out, ListNode* head) {
    collect_nodes(head);  // rejects cycles before printing
    out.raw('[');
    for (ListNode* p = head; p; p = p->next) {
      if (p != head) out.raw(',');
      out.integer(p->val);
    }
    out.raw(']');
  }
};

}  // namespace judge_rt
