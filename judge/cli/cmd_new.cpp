// judge new PACK/SLUG --signature '...': a problem package that passes judge
// check structurally — problem.yaml, a statement to fill in, a reference that
// compiles, a sample and a secret test whose answers come from it — so an
// author starts from something valid and replaces it part by part.
#include <cctype>
#include <system_error>

#include <fmt/format.h>

#include "bank/bank.h"
#include "cli/options.h"
#include "harness/runtime/judge_rt.h"
#include "judging/test_run.h"
#include "judging/workbench.h"
#include "problem/problem_loader.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct NewOptions {
  std::string id;
  std::string signature;
  std::string difficulty = "medium";
};

// A literal of type t; `variant` makes a second, different one.
std::string sample_literal(const CppType& t, int variant) {
  switch (t.kind) {
    case CppType::Kind::Int:
    case CppType::Kind::Long:
    case CppType::Kind::LongLong:
    case CppType::Kind::UnsignedInt:
    case CppType::Kind::UnsignedLong: return std::to_string(variant + 1);
    case CppType::Kind::Double:
    case CppType::Kind::Float: return variant ? "2.5" : "1.5";
    case CppType::Kind::Bool: return variant ? "false" : "true";
    case CppType::Kind::Char: return variant ? "\"b\"" : "\"a\"";
    case CppType::Kind::String: return variant ? "\"xyz\"" : "\"abc\"";
    case CppType::Kind::Vector: {
      std::string e = sample_literal(t.element[0], variant);
      return variant ? "[" + e + "," + e + "," + e + "]" : "[" + e + "," + e + "]";
    }
    case CppType::Kind::ListNode:
    case CppType::Kind::TreeNode: return variant ? "[4,5]" : "[1,2,3]";
    case CppType::Kind::Node: return "";  // depends on the node kind, see below
    case CppType::Kind::Void: return "";
  }
  return "";
}

std::string node_literal(NodeKind kind, int variant) {
  if (kind == NodeKind::Graph) return variant ? "[[2,3],[1,3],[1,2]]" : "[[2],[1]]";
  return variant ? "[[4,null],[5,0]]" : "[[1,null]]";
}

std::string literal_for(const CppType& t, NodeKind kind, int variant) {
  if (t.kind == CppType::Kind::Node) return node_literal(kind, variant);
  if (t.kind == CppType::Kind::Vector && t.element[0].kind == CppType::Kind::Node) return "[" + node_literal(kind, variant) + "]";
  return sample_literal(t, variant);
}

std::string default_return(const CppType& t) {
  switch (t.kind) {
    case CppType::Kind::Void: return "";
    case CppType::Kind::Bool: return "false";
    case CppType::Kind::String: return "\"\"";
    case CppType::Kind::Vector: return "{}";
    case CppType::Kind::ListNode:
    case CppType::Kind::TreeNode:
    case CppType::Kind::Node: return "nullptr";
    case CppType::Kind::Char: return "'a'";
    default: return "0";
  }
}

std::string test_input(const Problem& p, int variant) {
  const Signature& sig = p.signature;
  if (p.driver == Driver::Design) {
    const Method* ctor = sig.methods[0].is_constructor ? &sig.methods[0] : nullptr;
    auto args_of = [&](const Method& m) {
      std::string args;
      for (const Param& q : m.params) args += (args.empty() ? "" : ",") + literal_for(q.type, p.node_kind, variant);
      return "[" + args + "]";
    };
    std::string ops = "\"" + sig.class_name + "\"", args = ctor ? args_of(*ctor) : "[]";
    // The second test also calls the first method, so the two differ.
    const Method* first = nullptr;
    for (const Method& m : sig.methods)
      if (!m.is_constructor && !first) first = &m;
    if (variant && first) {
      ops += ",\"" + first->name + "\"";
      args += "," + args_of(*first);
    }
    return fmt::format("[{}]\n[{}]\n", ops, args);
  }
  std::string in;
  for (const Param& q : sig.function().params) in += literal_for(q.type, p.node_kind, variant) + "\n";
  return in;
}

std::string reference_text(const Problem& p) {
  std::string out = "// TODO: a correct, efficient solution. This placeholder returns defaults.\n";
  out += fmt::format("class {} {{\npublic:\n", p.signature.class_name);
  for (const Method& m : p.signature.methods) {
    std::string ret = default_return(m.return_type);
    out += fmt::format("    {} {{\n{}    }}\n", m.text, ret.empty() ? "" : "        return " + ret + ";\n");
  }
  return out + "};\n";
}

std::string title_of(const std::string& slug) {
  std::string t;
  bool start = true;
  for (char c : slug) {
    if (c == '-') {
      t += ' ';
      start = true;
    } else {
      t += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      start = false;
    }
  }
  return t;
}

std::string yaml_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return out + "\"";
}

int run_new(const GlobalOptions& global, const NewOptions& o) {
  size_t slash = o.id.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == o.id.size())
    throw UsageError(fmt::format("'{}': name the package as PACK/SLUG (e.g. neetcode/two-sum)", o.id));
  std::string pack = o.id.substr(0, slash), slug = o.id.substr(slash + 1);
  fs::path root = global.problems_dir.empty() ? problems_root("") : fs::path(global.problems_dir);
  fs::path dir = root / pack / slug;
  std::error_code ec;
  if (fs::exists(dir, ec)) throw UsageError(fmt::format("{}: already exists", display_path(dir)));

  // The signature: "type name(params)", or a design class as the problem
  // lists write it: "Class ; Class(args) ; int method(args) ; ...".
  std::string sig_yaml;
  if (o.signature.find(';') != std::string::npos) {
    std::vector<std::string> parts;
    for (size_t start = 0; start <= o.signature.size();) {
      size_t end = o.signature.find(';', start);
      if (end == std::string::npos) end = o.signature.size();
      std::string part = o.signature.substr(start, end - start);
      part.erase(0, part.find_first_not_of(' '));
      part.erase(part.find_last_not_of(' ') + 1);
      if (!part.empty()) parts.push_back(part);
      start = end + 1;
    }
    if (parts.size() < 2) throw UsageError("--signature: a design class needs 'Class ; method ; ...'");
    sig_yaml = fmt::format("signature:\n  class: {}\n  methods:\n", parts[0]);
    for (size_t i = 1; i < parts.size(); ++i) sig_yaml += "    - " + yaml_quote(parts[i]) + "\n";
  } else {
    sig_yaml = "signature: " + yaml_quote(o.signature) + "\n";
  }
  std::string yaml = fmt::format("title: {}\ndifficulty: {}\ntopics: [{}]\n{}", title_of(slug), o.difficulty, pack, sig_yaml);
  if (o.signature.find("Node*") != std::string::npos || o.signature.find("Node *") != std::string::npos) {
    bool plain_node = false;
    for (size_t at = o.signature.find("Node"); at != std::string::npos; at = o.signature.find("Node", at + 1))
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(o.signature[at - 1]))) plain_node = true;
    if (plain_node) yaml += "node: graph  # or random-list\n";
  }
  yaml += "limits: {time_ms: 1000, memory_mb: 256}\n";

  try {
    make_dirs(dir / "tests" / "sample");
    make_dirs(dir / "tests" / "secret");
    write_file_atomic(dir / "problem.yaml", yaml);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  Problem p;
  try {
    p = load_problem(dir);
  } catch (const JudgeError& e) {
    fs::remove_all(dir, ec);
    throw UsageError(fmt::format("--signature: {}", e.what()));
  }
  write_file_atomic(dir / "reference.cpp", reference_text(p));
  // The answers are what the reference prints, so the skeleton is consistent.
  Workbench bench = open_workbench(p);
  build_package(bench);
  std::vector<std::string> inputs = {test_input(p, 0), test_input(p, 1)};
  std::vector<std::string> answers;
  for (const std::string& in : inputs) {
    TestCase t;
    t.input = in;
    t.origin = "skeleton";
    TestRun r = execute(p.limits, bench.reference, t);
    if (!r.ran_clean) throw JudgeError(fmt::format("the skeleton's reference fails on its own sample: {}", r.message));
    answers.push_back(r.output);
  }
  write_file_atomic(dir / "tests" / "sample" / "1.in", inputs[0]);
  write_file_atomic(dir / "tests" / "sample" / "1.ans", answers[0] + "\n");
  write_file_atomic(dir / "tests" / "secret" / "1.in", inputs[1]);
  write_file_atomic(dir / "tests" / "secret" / "1.ans", answers[1] + "\n");
  std::string shown;
  for (const judge_rt::Value& v : judge_rt::parse_values(inputs[0])) shown += (shown.empty() ? "" : ", ") + ("`" + judge_rt::to_literal(v) + "`");
  write_file_atomic(dir / "statement.md",
                    fmt::format("# {}\n\nTODO: the task, in your own words.\n\n## Constraints\n- TODO\n\n## Samples\n"
                                "Sample 1: {} → `{}`.\n",
                                p.title, shown, answers[0]));
  fmt::print("created {}: problem.yaml, statement.md, reference.cpp, one sample, one secret test\n", display_path(dir));
  fmt::print("next: write the statement and the reference, add tests and submissions/, then: judge check {}\n",
             display_path(dir));
  return kExitAccepted;
}

}  // namespace

Command make_new_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<NewOptions>();
  CLI::App* app = root.add_subcommand("new", "Create a problem package skeleton that passes judge check");
  app->add_option("package", o->id, "PACK/SLUG")->required();
  app->add_option("--signature", o->signature, "The C++ signature, e.g. 'int maxArea(vector<int>& height)'")->required();
  app->add_option("--difficulty", o->difficulty, "easy, medium or hard (default medium)");
  return {app, [&global, o] { return run_new(global, *o); }};
}

}  // namespace judge
