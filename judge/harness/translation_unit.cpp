#include "harness/translation_unit.h"

#include <algorithm>

#include <fmt/format.h>

namespace judge {

namespace {

std::string c_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out + "\"";
}

// The prelude itself comes first through the compiler's -include (see
// compile_command), so that its precompiled form applies.
std::string prelude_and_nodes(const Problem& p) {
  std::string tu;
  if (p.signature.mentions(CppType::Kind::ListNode)) tu += "#include \"list_node.h\"\n";
  if (p.signature.mentions(CppType::Kind::TreeNode)) tu += "#include \"tree_node.h\"\n";
  if (p.node_kind == NodeKind::Graph) tu += "#include \"graph_node.h\"\n";
  if (p.node_kind == NodeKind::RandomList) tu += "#include \"random_node.h\"\n";
  return tu;
}

std::string with_line(std::string_view source, const std::string& label) {
  std::string tu = fmt::format("#line 1 {}\n", c_string(label));
  tu += source;
  if (!source.empty() && source.back() != '\n') tu += '\n';
  return tu;
}

std::string call_args(const Method& m) {
  std::string args;
  for (const Param& p : m.params) args += (args.empty() ? "" : ", ") + std::string("arg_") + p.name;
  return args;
}

const char* node_noun(const CppType& t) {
  switch (t.kind) {
    case CppType::Kind::ListNode: return "list";
    case CppType::Kind::TreeNode: return "tree";
    default: return "structure";
  }
}

std::string call_main(const Problem& p) {
  const Method& m = p.signature.function();
  // Each argument is read into a local named arg_<name>, in order.
  std::string body;
  for (const Param& q : m.params) {
    auto by_value = std::find_if(p.node_args.begin(), p.node_args.end(), [&](const auto& na) { return na.first == q.name; });
    if (by_value != p.node_args.end())
      body += fmt::format("    auto arg_{} = judge_rt::find_node(arg_{}, judge_rt::read<int>(in));\n", q.name, by_value->second);
    else
      body += fmt::format("    auto arg_{} = judge_rt::read<{}>(in);\n", q.name, q.type.value_spelling());
  }
  if (!p.cycle_list_param.empty()) {
    body += "    auto extra_pos = judge_rt::read<int>(in);\n";
    body += fmt::format("    judge_rt::link_cycle(arg_{}, extra_pos);\n", p.cycle_list_param);
  }
  if (p.deep_copy) {
    body += "    judge_rt::NodeSet input_nodes;\n";
    for (const Param& q : m.params)
      if (q.type.is_node_pointer()) body += fmt::format("    {{ auto n = judge_rt::collect_nodes(arg_{}); input_nodes.insert(input_nodes.end(), n.begin(), n.end()); }}\n", q.name);
  }
  body += fmt::format("    {0}* solution = new {0}();\n", p.signature.class_name);
  if (m.return_type.kind == CppType::Kind::Void) {
    body += fmt::format("    solution->{}({});\n", m.name, call_args(m));
    body += fmt::format("    judge_rt::write(out, arg_{});\n", p.output_param);
  } else {
    body += fmt::format("    auto result = solution->{}({});\n", m.name, call_args(m));
    if (p.deep_copy)
      body += fmt::format("    judge_rt::require_disjoint(input_nodes, judge_rt::collect_nodes(result), \"{}\");\n",
                          node_noun(m.return_type));
    body += p.result_node_value ? "    judge_rt::write_node_value(out, result);\n" : "    judge_rt::write(out, result);\n";
  }
  return body;
}

std::string design_main(const Problem& p) {
  const Signature& sig = p.signature;
  const std::string& cls = sig.class_name;
  std::string body = fmt::format("    {}* object = nullptr;\n", cls);
  body += "    judge_rt::run_design(in, out, [&](const std::string& op, size_t index, judge_rt::DesignArgs& args, judge_rt::Writer& w) {\n";
  const Method* ctor = sig.methods[0].is_constructor ? &sig.methods[0] : nullptr;
  body += fmt::format("      if (op == {}) {{\n", c_string(cls));
  body += fmt::format("        if (index != 0) judge_rt::input_error(\"{} can only be constructed by the first operation\");\n", cls);
  std::string ctor_args;
  if (ctor) {
    for (const Param& q : ctor->params)
      body += fmt::format("        auto arg_{} = args.next<{}>();\n", q.name, q.type.value_spelling());
    ctor_args = call_args(*ctor);
  }
  body += "        args.end();\n";
  body += fmt::format("        object = new {}({});\n", cls, ctor_args);
  body += "        w.null();\n        return;\n      }\n";
  body += fmt::format("      if (!object) judge_rt::input_error(\"the first operation must construct {}\");\n", cls);
  for (const Method& m : sig.methods) {
    if (m.is_constructor) continue;
    body += fmt::format("      if (op == {}) {{\n", c_string(m.name));
    for (const Param& q : m.params)
      body += fmt::format("        auto arg_{} = args.next<{}>();\n", q.name, q.type.value_spelling());
    body += "        args.end();\n";
    if (m.return_type.kind == CppType::Kind::Void) {
      body += fmt::format("        object->{}({});\n        w.null();\n", m.name, call_args(m));
    } else {
      body += fmt::format("        auto result = object->{}({});\n        judge_rt::write(w, result);\n", m.name, call_args(m));
    }
    body += "        return;\n      }\n";
  }
  body += fmt::format("      judge_rt::input_error(\"unknown operation '\" + op + \"' of {}\");\n", cls);
  body += "    });\n";
  return body;
}

std::string roundtrip_main(const Problem& p) {
  const Method& encode = p.signature.methods[0];
  const Method& decode = p.signature.methods[1];
  const Param& input = encode.params[0];
  std::string body = fmt::format("    auto arg_{} = judge_rt::read<{}>(in);\n", input.name, input.type.value_spelling());
  if (p.deep_copy) body += fmt::format("    judge_rt::NodeSet input_nodes = judge_rt::collect_nodes(arg_{});\n", input.name);
  // Two objects, as LeetCode's driver does: state kept in one object does
  // not help the other decode.
  body += fmt::format("    {0}* encoder = new {0}();\n    {0}* decoder = new {0}();\n", p.signature.class_name);
  body += fmt::format("    auto encoded = encoder->{}(arg_{});\n", encode.name, input.name);
  body += fmt::format("    auto result = decoder->{}(encoded);\n", decode.name);
  if (p.deep_copy)
    body += fmt::format("    judge_rt::require_disjoint(input_nodes, judge_rt::collect_nodes(result), \"{}\");\n",
                        node_noun(decode.return_type));
  body += "    judge_rt::write(out, result);\n";
  return body;
}

}  // namespace

std::string harness_main(const Problem& p) {
  std::string body;
  switch (p.driver) {
    case Driver::Call: body = call_main(p); break;
    case Driver::Design: body = design_main(p); break;
    case Driver::Roundtrip: body = roundtrip_main(p); break;
  }
  return fmt::format(
      "#line 1 \"{}\"\n"
      "int main() {{\n"
      "  return judge_rt::run_harness([](judge_rt::Reader& in, judge_rt::Writer& out) {{\n"
      "{}"
      "  }});\n"
      "}}\n",
      kHarnessLabel, body);
}

std::string solution_unit(const Problem& p, std::string_view source, const std::string& label) {
  return prelude_and_nodes(p) + with_line(source, label) + harness_main(p);
}

std::string tool_unit(const Problem& p, std::string_view source, const std::string& label) {
  return prelude_and_nodes(p) + with_line(source, label);
}

}  // namespace judge
