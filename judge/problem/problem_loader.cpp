#include "problem/problem_loader.h"

#include <algorithm>
#include <regex>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

class YamlReader {
 public:
  explicit YamlReader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const YAML::Node& at, const std::string& what) const {
    const YAML::Mark m = at.Mark();
    if (m.is_null()) throw JudgeError(fmt::format("{}: {}", path_, what));
    throw JudgeError(fmt::format("{}:{}:{}: {}", path_, m.line + 1, m.column + 1, what));
  }

  void only_keys(const YAML::Node& map, std::initializer_list<const char*> allowed, const std::string& where) const {
    for (const auto& kv : map) {
      std::string key = kv.first.Scalar();
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; })) {
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.first, fmt::format("unknown key '{}' in {} (known: {})", key, where, list));
      }
    }
  }

  std::string scalar(const YAML::Node& n, const std::string& key) const {
    if (!n.IsScalar()) fail(n, fmt::format("'{}' must be a single value", key));
    return n.Scalar();
  }

  std::string nonempty_string(const YAML::Node& n, const std::string& key) const {
    std::string s = scalar(n, key);
    if (s.empty()) fail(n, fmt::format("'{}' must not be empty", key));
    return s;
  }

  long long integer(const YAML::Node& n, const std::string& key, long long lo, long long hi) const {
    std::string s = scalar(n, key);
    size_t used = 0;
    long long v = 0;
    try {
      v = std::stoll(s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != s.size() || s.empty()) fail(n, fmt::format("'{}' must be a whole number, got '{}'", key, s));
    if (v < lo || v > hi) fail(n, fmt::format("'{}' must be between {} and {}, got {}", key, lo, hi, v));
    return v;
  }

  double real(const YAML::Node& n, const std::string& key, double lo, double hi) const {
    std::string s = scalar(n, key);
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != s.size() || s.empty()) fail(n, fmt::format("'{}' must be a number, got '{}'", key, s));
    if (!(v >= lo && v <= hi)) fail(n, fmt::format("'{}' must be between {} and {}, got {}", key, lo, hi, s));
    return v;
  }

  bool boolean(const YAML::Node& n, const std::string& key) const {
    std::string s = scalar(n, key);
    if (s == "true") return true;
    if (s == "false") return false;
    fail(n, fmt::format("'{}' must be true or false, got '{}'", key, s));
  }

  std::vector<std::string> string_list(const YAML::Node& n, const std::string& key) const {
    if (!n.IsSequence()) fail(n, fmt::format("'{}' must be a list", key));
    std::vector<std::string> out;
    for (const auto& item : n) out.push_back(nonempty_string(item, key + " item"));
    return out;
  }

 private:
  std::string path_;
};

Method parse_method_at(const YamlReader& r, const YAML::Node& n, const std::string& class_name) {
  try {
    return parse_method(r.nonempty_string(n, "signature"), class_name);
  } catch (const std::invalid_argument& e) {
    r.fail(n, e.what());
  }
}

void load_signature(const YamlReader& r, const YAML::Node& n, Problem& p) {
  if (n.IsScalar()) {
    p.signature.methods.push_back(parse_method_at(r, n, ""));
    if (p.signature.function().is_constructor) r.fail(n, "a function signature needs a return type");
    return;
  }
  if (!n.IsMap()) r.fail(n, "'signature' is a method (a string) or a design class {class, methods}");
  r.only_keys(n, {"class", "methods"}, "signature");
  if (!n["class"]) r.fail(n, "signature: missing 'class'");
  if (!n["methods"]) r.fail(n, "signature: missing 'methods'");
  p.signature.class_name = r.nonempty_string(n["class"], "class");
  p.signature.is_design = true;
  const YAML::Node& methods = n["methods"];
  if (!methods.IsSequence() || methods.size() == 0) r.fail(methods, "'methods' must be a non-empty list");
  std::set<std::string> names;
  for (const auto& m : methods) {
    Method method = parse_method_at(r, m, p.signature.class_name);
    if (!names.insert(method.name).second) r.fail(m, fmt::format("method '{}' is listed twice", method.name));
    if (method.is_constructor && !p.signature.methods.empty())
      r.fail(m, "the constructor must be the first method");
    p.signature.methods.push_back(std::move(method));
  }
}

void load_checker(const YamlReader& r, const YAML::Node& n, Problem& p) {
  auto kind_of = [&](const YAML::Node& k) {
    std::string s = r.scalar(k, "checker");
    if (s == "exact") return CheckerKind::Exact;
    if (s == "float") return CheckerKind::Float;
    if (s == "unordered") return CheckerKind::Unordered;
    if (s == "program") return CheckerKind::Program;
    r.fail(k, fmt::format("unknown checker '{}' (known: exact, float, unordered, program)", s));
  };
  if (n.IsScalar()) {
    p.checker.kind = kind_of(n);
    return;
  }
  if (!n.IsMap()) r.fail(n, "'checker' is a name or {kind, ...}");
  r.only_keys(n, {"kind", "abs", "rel", "nested"}, "checker");
  if (!n["kind"]) r.fail(n, "checker: missing 'kind'");
  p.checker.kind = kind_of(n["kind"]);
  if (n["abs"] || n["rel"]) {
    if (p.checker.kind != CheckerKind::Float) r.fail(n, "'abs' and 'rel' belong to the float checker");
    if (n["abs"]) p.checker.abs_tolerance = r.real(n["abs"], "abs", 0, 1);
    if (n["rel"]) p.checker.rel_tolerance = r.real(n["rel"], "rel", 0, 1);
  }
  if (n["nested"]) {
    if (p.checker.kind != CheckerKind::Unordered) r.fail(n["nested"], "'nested' belongs to the unordered checker");
    p.checker.nested = r.boolean(n["nested"], "nested");
  }
}

}  // namespace

Problem load_problem(const std::filesystem::path& dir) {
  Problem p;
  p.dir = dir;
  p.slug = dir.filename().string();
  p.pack = dir.parent_path().filename().string();
  std::string path = display_path(p.yaml_path());
  YamlReader r(path);

  std::string text;
  try {
    text = read_file(p.yaml_path());
  } catch (const std::runtime_error& e) {
    throw JudgeError(e.what());
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw JudgeError(fmt::format("{}:{}:{}: {}", path, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
  if (!root.IsMap()) throw JudgeError(fmt::format("{}:1:1: expected a mapping of keys (title, signature, ...)", path));
  r.only_keys(root,
              {"id", "pack", "title", "difficulty", "topics", "leetcode", "url", "signature", "driver", "output",
               "node", "deep_copy", "list_cycle", "node_args", "result", "checker", "limits", "hints", "generated",
               "kind", "fix", "exhaustive_tests"},
              "problem.yaml");
  static const std::regex slug_re("[a-z0-9]+(-[a-z0-9]+)*");
  if (!std::regex_match(p.slug, slug_re))
    throw JudgeError(fmt::format("{}: folder name '{}' is not a slug (lowercase words joined by '-')", path, p.slug));
  auto required = [&](const char* key) -> YAML::Node {
    if (!root[key]) throw JudgeError(fmt::format("{}:1:1: missing required key '{}'", path, key));
    return root[key];
  };
  if (root["id"] && r.scalar(root["id"], "id") != p.slug)
    r.fail(root["id"], fmt::format("id '{}' does not match the folder name '{}'", root["id"].Scalar(), p.slug));
  if (root["pack"] && r.scalar(root["pack"], "pack") != p.pack)
    r.fail(root["pack"], fmt::format("pack '{}' does not match the parent folder '{}'", root["pack"].Scalar(), p.pack));

  p.title = r.nonempty_string(required("title"), "title");
  {
    YAML::Node d = required("difficulty");
    std::string s = r.scalar(d, "difficulty");
    if (s == "easy") p.difficulty = Difficulty::Easy;
    else if (s == "medium") p.difficulty = Difficulty::Medium;
    else if (s == "hard") p.difficulty = Difficulty::Hard;
    else r.fail(d, fmt::format("difficulty must be easy, medium or hard, got '{}'", s));
  }
  p.topics = r.string_list(required("topics"), "topics");
  if (p.topics.empty()) r.fail(root["topics"], "'topics' must name at least one topic");
  if (root["leetcode"]) {
    p.leetcode_number = static_cast<int>(r.integer(root["leetcode"], "leetcode", 1, 100000));
    p.url = fmt::format("https://leetcode.com/problems/{}/", p.slug);
  }
  if (root["url"]) p.url = r.nonempty_string(root["url"], "url");
  if (root["hints"]) p.hints = r.string_list(root["hints"], "hints");

  YAML::Node sig = required("signature");
  load_signature(r, sig, p);
  p.driver = p.signature.is_design ? Driver::Design : Driver::Call;
  if (root["driver"]) {
    std::string d = r.scalar(root["driver"], "driver");
    if (d == "call") p.driver = Driver::Call;
    else if (d == "design") p.driver = Driver::Design;
    else if (d == "roundtrip") p.driver = Driver::Roundtrip;
    else r.fail(root["driver"], fmt::format("driver must be call, design or roundtrip, got '{}'", d));
  }
  if (p.driver == Driver::Call && p.signature.is_design)
    r.fail(sig, "a design class is driven by 'design' or 'roundtrip', not 'call'");
  if (p.driver != Driver::Call && !p.signature.is_design)
    r.fail(root["driver"], "this driver needs a design class signature {class, methods}");
  if (p.driver == Driver::Roundtrip) {
    const auto& ms = p.signature.methods;
    if (ms.size() != 2 || ms[0].is_constructor || ms[0].params.size() != 1 || ms[1].params.size() != 1)
      r.fail(sig, "roundtrip needs exactly two one-argument methods: encode, then decode");
  }

  const Method& first = p.signature.function();
  if (root["output"]) {
    if (p.driver != Driver::Call || first.return_type.kind != CppType::Kind::Void)
      r.fail(root["output"], "'output' names the argument printed by a void function");
    p.output_param = r.nonempty_string(root["output"], "output");
    auto it = std::find_if(first.params.begin(), first.params.end(),
                           [&](const Param& q) { return q.name == p.output_param; });
    if (it == first.params.end()) r.fail(root["output"], fmt::format("'{}' is not a parameter of {}", p.output_param, first.name));
  } else if (p.driver == Driver::Call && first.return_type.kind == CppType::Kind::Void) {
    if (first.params.empty()) r.fail(sig, "a void function without parameters has nothing to print");
    p.output_param = first.params[0].name;
  }

  if (root["node"]) {
    std::string k = r.scalar(root["node"], "node");
    if (k == "graph") p.node_kind = NodeKind::Graph;
    else if (k == "random-list") p.node_kind = NodeKind::RandomList;
    else r.fail(root["node"], fmt::format("node must be graph or random-list, got '{}'", k));
    if (!p.signature.mentions(CppType::Kind::Node)) r.fail(root["node"], "'node' is set but the signature has no Node*");
  } else if (p.signature.mentions(CppType::Kind::Node)) {
    r.fail(sig, "the signature uses Node*: say which one with 'node: graph' or 'node: random-list'");
  }
  if (root["deep_copy"]) p.deep_copy = r.boolean(root["deep_copy"], "deep_copy");
  if (p.deep_copy) {
    bool pointer_result = p.driver == Driver::Roundtrip
                              ? p.signature.methods[1].return_type.is_node_pointer()
                              : first.return_type.is_node_pointer();
    if (!pointer_result) r.fail(root["deep_copy"], "deep_copy needs a function that returns a node pointer");
  }

  if (root["list_cycle"]) {
    p.cycle_list_param = r.nonempty_string(root["list_cycle"], "list_cycle");
    if (p.driver != Driver::Call) r.fail(root["list_cycle"], "'list_cycle' needs a function signature");
    auto it = std::find_if(first.params.begin(), first.params.end(),
                           [&](const Param& q) { return q.name == p.cycle_list_param; });
    if (it == first.params.end() || it->type.kind != CppType::Kind::ListNode)
      r.fail(root["list_cycle"], fmt::format("'{}' is not a ListNode* parameter of {}", p.cycle_list_param, first.name));
  }
  if (root["node_args"]) {
    const YAML::Node& n = root["node_args"];
    if (!n.IsMap() || p.driver != Driver::Call) r.fail(n, "'node_args' maps node parameters to the tree they are in: {p: root}");
    auto index_of = [&](const std::string& name) {
      for (size_t i = 0; i < first.params.size(); ++i)
        if (first.params[i].name == name) return static_cast<int>(i);
      return -1;
    };
    for (const auto& kv : n) {
      std::string arg = kv.first.Scalar(), tree = r.nonempty_string(kv.second, "node_args");
      int a = index_of(arg), t = index_of(tree);
      if (a < 0 || !first.params[static_cast<size_t>(a)].type.is_node_pointer())
        r.fail(kv.first, fmt::format("'{}' is not a node parameter of {}", arg, first.name));
      if (t < 0 || t >= a || first.params[static_cast<size_t>(t)].type.kind != first.params[static_cast<size_t>(a)].type.kind)
        r.fail(kv.second, fmt::format("'{}' must be an earlier parameter of the same type as '{}'", tree, arg));
      p.node_args.emplace_back(arg, tree);
    }
  }
  if (root["result"]) {
    std::string how = r.scalar(root["result"], "result");
    if (how != "node_value") r.fail(root["result"], fmt::format("result must be node_value, got '{}'", how));
    if (p.driver != Driver::Call || !first.return_type.is_node_pointer())
      r.fail(root["result"], "'result: node_value' needs a function returning a node pointer");
    p.result_node_value = true;
  }
  if (root["exhaustive_tests"]) p.exhaustive_tests = r.boolean(root["exhaustive_tests"], "exhaustive_tests");
  if (root["kind"]) {
    std::string kind = r.scalar(root["kind"], "kind");
    if (kind == "fix") p.fix.enabled = true;
    else if (kind != "solve") r.fail(root["kind"], fmt::format("kind must be solve or fix, got '{}'", kind));
  }
  if (root["fix"]) {
    const YAML::Node& f = root["fix"];
    if (!p.fix.enabled) r.fail(f, "'fix' belongs to a fix round (kind: fix)");
    if (!f.IsMap()) r.fail(f, "'fix' must be {bugs, line_budget, samples_pass}");
    r.only_keys(f, {"bugs", "line_budget", "samples_pass"}, "fix");
    if (f["bugs"]) p.fix.bugs = static_cast<int>(r.integer(f["bugs"], "bugs", 1, 10));
    if (f["line_budget"]) p.fix.line_budget = static_cast<int>(r.integer(f["line_budget"], "line_budget", 1, 50));
    if (f["samples_pass"]) p.fix.samples_pass = r.boolean(f["samples_pass"], "samples_pass");
  }
  if (root["checker"]) load_checker(r, root["checker"], p);
  if (root["limits"]) {
    const YAML::Node& l = root["limits"];
    if (!l.IsMap()) r.fail(l, "'limits' must be {time_ms, memory_mb}");
    r.only_keys(l, {"time_ms", "memory_mb", "multiplier"}, "limits");
    if (l["time_ms"] && l["time_ms"].IsScalar() && l["time_ms"].Scalar() == "derived") p.limits.derived = true;
    else if (l["time_ms"]) p.limits.time_ms = static_cast<int>(r.integer(l["time_ms"], "time_ms", 50, 60000));
    if (l["multiplier"]) {
      if (!p.limits.derived) r.fail(l["multiplier"], "'multiplier' belongs to a derived time limit (time_ms: derived)");
      p.limits.multiplier = r.real(l["multiplier"], "multiplier", 1.5, 100);
    }
    if (l["memory_mb"]) p.limits.memory_mb = static_cast<int>(r.integer(l["memory_mb"], "memory_mb", 16, 4096));
  }
  if (root["generated"]) {
    const YAML::Node& g = root["generated"];
    if (!g.IsSequence()) r.fail(g, "'generated' must be a list of {name, args}");
    std::set<std::string> names;
    static const std::regex name_re("[A-Za-z0-9][A-Za-z0-9_.-]*");
    for (const auto& item : g) {
      if (!item.IsMap()) r.fail(item, "a generated test is {name, args}");
      r.only_keys(item, {"name", "args"}, "generated test");
      if (!item["name"]) r.fail(item, "generated test: missing 'name'");
      GeneratedTest t;
      t.name = r.nonempty_string(item["name"], "name");
      if (!std::regex_match(t.name, name_re)) r.fail(item["name"], fmt::format("test name '{}' must be letters, digits, '-', '_' or '.'", t.name));
      if (!names.insert(t.name).second) r.fail(item["name"], fmt::format("generated test '{}' is listed twice", t.name));
      if (item["args"]) t.args = r.scalar(item["args"], "args");
      p.generated.push_back(std::move(t));
    }
  }
  return p;
}

}  // namespace judge
