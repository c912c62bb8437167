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

// The node headers a problem's units need: the types alone (what LeetCode
// gives a solution), or with their literal form (the driver, the tools).
std::string node_includes(const Problem& p, const char* suffix) {
  std::string tu;
  if (p.signature.mentions(CppType::Kind::ListNode)) tu += fmt::format("#include \"list_node{}.h\"\n", suffix);
  if (p.signature.mentions(CppType::Kind::TreeNode)) tu += fmt::format("#include \"tree_node{}.h\"\n", suffix);
  if (p.node_kind == NodeKind::Graph) tu += fmt::format("#include \"graph_node{}.h\"\n", suffix);
  if (p.node_kind == NodeKind::RandomList) tu += fmt::format("#include \"random_node{}.h\"\n", suffix);
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

// The driver passes its locals by reference: a solution may take them by
// value, by reference or by const reference, and a void method's output
// parameter is printed after the call.
std::string entry_params(const Method& m, bool with_object) {
  std::string params = with_object ? "void* object" : "";
  for (const Param& p : m.params)
    params += fmt::format("{}{}& arg_{}", params.empty() ? "" : ", ", p.type.value_spelling(), p.name);
  return params;
}

const char* node_noun(const CppType& t) {
  switch (t.kind) {
    case CppType::Kind::ListNode: return "list";
    case CppType::Kind::TreeNode: return "tree";
    default: return "structure";
  }
}

// A function of the solution's unit that the driver calls: `head` is its
// declaration in the driver, `head` + `body` its definition beside the code.
struct EntryPoint {
  std::string head;
  std::string body;
};

std::vector<EntryPoint> call_entries(const Problem& p) {
  const Method& m = p.signature.function();
  std::string call = fmt::format("solution->{}({})", m.name, call_args(m));
  bool returns = m.return_type.kind != CppType::Kind::Void;
  return {{fmt::format("{} call({})", m.return_type.value_spelling(), entry_params(m, false)),
           fmt::format("  {0}* solution = new {0}();\n  {1}{2};\n", p.signature.class_name, returns ? "return " : "", call)}};
}

std::string call_driver(const Problem& p) {
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
  if (m.return_type.kind == CppType::Kind::Void) {
    body += fmt::format("    judge_entry::call({});\n", call_args(m));
    body += fmt::format("    judge_rt::write(out, arg_{});\n", p.output_param);
  } else {
    body += fmt::format("    auto result = judge_entry::call({});\n", call_args(m));
    if (p.deep_copy)
      body += fmt::format("    judge_rt::require_disjoint(input_nodes, judge_rt::collect_nodes(result), \"{}\");\n",
                          node_noun(m.return_type));
    body += p.result_node_value ? "    judge_rt::write_node_value(out, result);\n" : "    judge_rt::write(out, result);\n";
  }
  return body;
}

// Design classes: construct() makes the object, call_<i> runs method i of
// the signature on it.
std::vector<EntryPoint> design_entries(const Problem& p) {
  const Signature& sig = p.signature;
  const std::string& cls = sig.class_name;
  const Method* ctor = sig.methods[0].is_constructor ? &sig.methods[0] : nullptr;
  std::vector<EntryPoint> entries;
  entries.push_back({fmt::format("void* construct({})", ctor ? entry_params(*ctor, false) : ""),
                     fmt::format("  return new {}({});\n", cls, ctor ? call_args(*ctor) : "")});
  for (size_t i = 0; i < sig.methods.size(); ++i) {
    const Method& m = sig.methods[i];
    if (m.is_constructor) continue;
    bool returns = m.return_type.kind != CppType::Kind::Void;
    entries.push_back({fmt::format("{} call_{}({})", m.return_type.value_spelling(), i, entry_params(m, true)),
                       fmt::format("  {}static_cast<{}*>(object)->{}({});\n", returns ? "return " : "", cls, m.name, call_args(m))});
  }
  return entries;
}

std::string design_driver(const Problem& p) {
  const Signature& sig = p.signature;
  const std::string& cls = sig.class_name;
  std::string body = "    void* object = nullptr;\n";
  body += "    judge_rt::run_design(in, out, [&](const std::string& op, size_t index, judge_rt::DesignArgs& args, judge_rt::Writer& w) {\n";
  const Method* ctor = sig.methods[0].is_constructor ? &sig.methods[0] : nullptr;
  body += fmt::format("      if (op == {}) {{\n", c_string(cls));
  body += fmt::format("        if (index != 0) judge_rt::input_error(\"{} can only be constructed by the first operation\");\n", cls);
  if (ctor)
    for (const Param& q : ctor->params)
      body += fmt::format("        auto arg_{} = args.next<{}>();\n", q.name, q.type.value_spelling());
  body += "        args.end();\n";
  body += fmt::format("        object = judge_entry::construct({});\n", ctor ? call_args(*ctor) : "");
  body += "        w.null();\n        return;\n      }\n";
  body += fmt::format("      if (!object) judge_rt::input_error(\"the first operation must construct {}\");\n", cls);
  for (size_t i = 0; i < sig.methods.size(); ++i) {
    const Method& m = sig.methods[i];
    if (m.is_constructor) continue;
    body += fmt::format("      if (op == {}) {{\n", c_string(m.name));
    for (const Param& q : m.params)
      body += fmt::format("        auto arg_{} = args.next<{}>();\n", q.name, q.type.value_spelling());
    body += "        args.end();\n";
    std::string call = fmt::format("judge_entry::call_{}(object{}{})", i, m.params.empty() ? "" : ", ", call_args(m));
    if (m.return_type.kind == CppType::Kind::Void)
      body += fmt::format("        {};\n        w.null();\n", call);
    else
      body += fmt::format("        auto result = {};\n        judge_rt::write(w, result);\n", call);
    body += "        return;\n      }\n";
  }
  body += fmt::format("      judge_rt::input_error(\"unknown operation '\" + op + \"' of {}\");\n", cls);
  body += "    });\n";
  return body;
}

// Encode then decode: call_0 encodes, call_1 decodes what it returned.
std::vector<EntryPoint> roundtrip_entries(const Problem& p) {
  const std::string& cls = p.signature.class_name;
  const Method& encode = p.signature.methods[0];
  const Method& decode = p.signature.methods[1];
  std::string encoded = encode.return_type.value_spelling();
  return {{"void* construct()", fmt::format("  return new {}();\n", cls)},
          {fmt::format("{} call_0({})", encoded, entry_params(encode, true)),
           fmt::format("  return static_cast<{}*>(object)->{}({});\n", cls, encode.name, call_args(encode))},
          {fmt::format("{} call_1(void* object, {}& encoded)", decode.return_type.value_spelling(), encoded),
           fmt::format("  return static_cast<{}*>(object)->{}(encoded);\n", cls, decode.name)}};
}

std::string roundtrip_driver(const Problem& p) {
  const Method& encode = p.signature.methods[0];
  const Method& decode = p.signature.methods[1];
  const Param& input = encode.params[0];
  std::string body = fmt::format("    auto arg_{} = judge_rt::read<{}>(in);\n", input.name, input.type.value_spelling());
  if (p.deep_copy) body += fmt::format("    judge_rt::NodeSet input_nodes = judge_rt::collect_nodes(arg_{});\n", input.name);
  // Two objects, as LeetCode's driver does: state kept in one object does
  // not help the other decode.
  body += "    void* encoder = judge_entry::construct();\n    void* decoder = judge_entry::construct();\n";
  body += fmt::format("    auto encoded = judge_entry::call_0(encoder, arg_{});\n", input.name);
  body += "    auto result = judge_entry::call_1(decoder, encoded);\n";
  if (p.deep_copy)
    body += fmt::format("    judge_rt::require_disjoint(input_nodes, judge_rt::collect_nodes(result), \"{}\");\n",
                        node_noun(decode.return_type));
  body += "    judge_rt::write(out, result);\n";
  return body;
}

std::vector<EntryPoint> entry_points(const Problem& p) {
  switch (p.driver) {
    case Driver::Call: return call_entries(p);
    case Driver::Design: return design_entries(p);
    case Driver::Roundtrip: return roundtrip_entries(p);
  }
  return {};
}

}  // namespace

std::string node_type_includes(const Problem& p) { return node_includes(p, ""); }

std::string solution_unit(const Problem& p, std::string_view source, const std::string& label) {
  std::string tu = node_includes(p, "") + with_line(source, label);
  tu += fmt::format("#line 1 \"{}\"\nnamespace judge_entry {{\n", kHarnessLabel);
  for (const EntryPoint& e : entry_points(p)) tu += e.head + " {\n" + e.body + "}\n";
  // main is here, not in the driver, so that a solution with its own main
  // fails to compile as it would on LeetCode, rather than to link.
  tu += "int driver_main();\n}  // namespace judge_entry\nint main() { return judge_entry::driver_main(); }\n";
  return tu;
}

std::string driver_unit(const Problem& p) {
  std::string body;
  switch (p.driver) {
    case Driver::Call: body = call_driver(p); break;
    case Driver::Design: body = design_driver(p); break;
    case Driver::Roundtrip: body = roundtrip_driver(p); break;
  }
  std::string tu = node_includes(p, "_io") + fmt::format("#line 1 \"{}\"\nnamespace judge_entry {{\n", kDriverLabel);
  for (const EntryPoint& e : entry_points(p)) tu += e.head + ";\n";
  return tu + fmt::format(
                  "int driver_main() {{\n"
                  "  return judge_rt::run_harness([](judge_rt::Reader& in, judge_rt::Writer& out) {{\n"
                  "{}"
                  "  }});\n"
                  "}}\n"
                  "}}  // namespace judge_entry\n",
                  body);
}

std::string tool_unit(const Problem& p, std::string_view source, const std::string& label) {
  return node_includes(p, "_io") + with_line(source, label);
}

}  // namespace judge
