#include "problem/test_set.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <system_error>

#include <fmt/format.h>

#include "harness/runtime/judge_rt.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

using judge_rt::Value;

std::string at_line(std::string_view text, size_t offset, const std::string& what) {
  return fmt::format("line {}: {}", judge_rt::line_of(text, offset), what);
}

std::string check_design_input(const Problem& p, std::string_view text, const std::vector<Value>& values) {
  const Value& ops = values[0];
  const Value& args = values[1];
  if (ops.kind != Value::Kind::List) return at_line(text, ops.offset, "the first line must list the operations");
  if (args.kind != Value::Kind::List) return at_line(text, args.offset, "the second line must list the arguments");
  if (ops.items.size() != args.items.size())
    return at_line(text, args.offset, fmt::format("{} operations but {} argument lists", ops.items.size(), args.items.size()));
  const Signature& sig = p.signature;
  bool has_constructor = sig.methods[0].is_constructor;
  for (size_t i = 0; i < ops.items.size(); ++i) {
    const Value& op = ops.items[i];
    if (op.kind != Value::Kind::String) return at_line(text, op.offset, "operation names are strings");
    const Method* m = sig.find(op.string);
    if (!m) return at_line(text, op.offset, fmt::format("'{}' is not a method of {}", op.string, sig.class_name));
    if (i == 0 && has_constructor && !m->is_constructor)
      return at_line(text, op.offset, fmt::format("the first operation must be the constructor {}", sig.class_name));
    if (i > 0 && m->is_constructor) return at_line(text, op.offset, "the constructor can only be the first operation");
    const Value& a = args.items[i];
    if (a.kind != Value::Kind::List) return at_line(text, a.offset, "each operation's arguments are a list");
    if (a.items.size() != m->params.size())
      return at_line(text, a.offset, fmt::format("{} takes {} arguments, got {}", m->name, m->params.size(), a.items.size()));
    for (size_t j = 0; j < a.items.size(); ++j) {
      std::string e = check_literal(a.items[j], m->params[j].type, p.node_kind);
      if (!e.empty()) return at_line(text, a.items[j].offset, fmt::format("{} argument {}: {}", m->name, m->params[j].name, e));
    }
  }
  return "";
}

}  // namespace

bool natural_less(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t i2 = i, j2 = j;
      while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
      while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
      std::string x = a.substr(i, i2 - i), y = b.substr(j, j2 - j);
      x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
      y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = i2;
      j = j2;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

std::vector<TestCase> load_test_dir(const Problem& problem, const std::string& group) {
  fs::path dir = problem.dir / "tests" / group;
  std::vector<TestCase> tests;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return tests;
  std::map<std::string, int> seen;  // stem -> bit 1 .in, bit 2 .ans
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    fs::path f = it->path();
    std::string ext = f.extension().string();
    if (ext == ".in") seen[f.stem().string()] |= 1;
    else if (ext == ".ans") seen[f.stem().string()] |= 2;
  }
  if (ec) throw JudgeError(fmt::format("{}: {}", display_path(dir), ec.message()));
  std::vector<std::string> names;
  for (const auto& [stem, bits] : seen) {
    if (bits == 1) throw JudgeError(fmt::format("{}: has no answer file {}.ans", display_path(dir / (stem + ".in")), stem));
    if (bits == 2) throw JudgeError(fmt::format("{}: has no input file {}.in", display_path(dir / (stem + ".ans")), stem));
    names.push_back(stem);
  }
  std::sort(names.begin(), names.end(), natural_less);
  for (const std::string& name : names) {
    TestCase t;
    t.name = name;
    t.group = group;
    t.input_path = dir / (name + ".in");
    t.origin = fmt::format("tests/{}/{}.in", group, name);
    try {
      t.input = read_file(t.input_path);
      std::string answer = read_file(dir / (name + ".ans"));
      while (!answer.empty() && std::isspace(static_cast<unsigned char>(answer.back()))) answer.pop_back();
      t.answer = std::move(answer);
    } catch (const std::runtime_error& e) {
      throw JudgeError(e.what());
    }
    tests.push_back(std::move(t));
  }
  return tests;
}

std::string check_test_input(const Problem& problem, std::string_view input) {
  std::vector<Value> values;
  try {
    values = judge_rt::parse_values(input);
  } catch (const judge_rt::ParseError& e) {
    return at_line(input, e.offset, e.what());
  }
  size_t arity = problem.input_arity();
  if (values.size() != arity)
    return fmt::format("line {}: expected {} literal{} (one per argument), found {}",
                       values.size() > arity ? judge_rt::line_of(input, values[arity].offset) : 1, arity,
                       arity == 1 ? "" : "s", values.size());
  if (problem.driver == Driver::Design) return check_design_input(problem, input, values);
  const Method& m = problem.signature.function();
  for (size_t i = 0; i < m.params.size(); ++i) {
    auto by_value = std::find_if(problem.node_args.begin(), problem.node_args.end(),
                                 [&](const auto& na) { return na.first == m.params[i].name; });
    if (by_value != problem.node_args.end()) {
      // A node given by its value: an int that the tree (or list) holds.
      size_t t = 0;
      while (m.params[t].name != by_value->second) ++t;
      const Value& v = values[i];
      bool present = v.kind == Value::Kind::Integer &&
                     std::any_of(values[t].items.begin(), values[t].items.end(), [&](const Value& x) {
                       return x.kind == Value::Kind::Integer && x.integer == v.integer;
                     });
      if (!present)
        return at_line(input, v.offset, fmt::format("argument {}: expected the value of a node of {}", m.params[i].name,
                                                    by_value->second));
      continue;
    }
    std::string e = check_literal(values[i], m.params[i].type, problem.node_kind);
    if (!e.empty()) return at_line(input, values[i].offset, fmt::format("argument {}: {}", m.params[i].name, e));
  }
  if (!problem.cycle_list_param.empty()) {
    const Value& pos = values.back();
    size_t list = 0;
    while (m.params[list].name != problem.cycle_list_param) ++list;
    long long n = static_cast<long long>(values[list].items.size());
    if (pos.kind != Value::Kind::Integer || pos.integer < -1 || pos.integer >= n)
      return at_line(input, pos.offset, fmt::format("pos: expected -1 (no cycle) or a node index 0..{}", n - 1));
  }
  return "";
}

std::string check_test_answer(const Problem& problem, std::string_view answer) {
  Value v;
  try {
    v = judge_rt::parse_value(answer);
  } catch (const judge_rt::ParseError& e) {
    return at_line(answer, e.offset, e.what());
  }
  const Signature& sig = problem.signature;
  switch (problem.driver) {
    case Driver::Design:
      // One entry per operation: null for void methods and the constructor.
      if (v.kind != Value::Kind::List) return "line 1: a design answer is a list with one entry per operation";
      return "";
    case Driver::Roundtrip: {
      std::string e = check_literal(v, sig.methods[1].return_type, problem.node_kind);
      return e.empty() ? "" : at_line(answer, v.offset, e);
    }
    case Driver::Call: {
      const Method& m = sig.function();
      if (problem.result_node_value)
        return v.kind == Value::Kind::Integer || v.kind == Value::Kind::Null
                   ? ""
                   : at_line(answer, v.offset, "expected the value of the returned node (or null)");
      CppType t = m.return_type;
      if (t.kind == CppType::Kind::Void)
        for (const Param& q : m.params)
          if (q.name == problem.output_param) t = q.type;
      std::string e = check_literal(v, t, problem.node_kind);
      return e.empty() ? "" : at_line(answer, v.offset, e);
    }
  }
  return "";
}

std::vector<TestCase> parse_user_tests(const Problem& problem, std::string_view text, const std::string& label) {
  // Comments are blanked (not removed) so offsets keep their line numbers.
  std::string clean(text);
  bool line_start = true;
  for (size_t i = 0; i < clean.size(); ++i) {
    if (line_start) {
      size_t j = i;
      while (j < clean.size() && (clean[j] == ' ' || clean[j] == '\t')) ++j;
      if (j < clean.size() && clean[j] == '#')
        while (j < clean.size() && clean[j] != '\n') clean[j++] = ' ';
    }
    line_start = clean[i] == '\n';
  }
  std::vector<Value> values;
  try {
    values = judge_rt::parse_values(clean);
  } catch (const judge_rt::ParseError& e) {
    throw UsageError(fmt::format("{}:{}: {}", label, judge_rt::line_of(clean, e.offset), e.what()));
  }
  size_t arity = problem.input_arity();
  if (values.size() % arity != 0) {
    size_t start = values.size() / arity * arity;
    throw UsageError(fmt::format("{}:{}: the last test has {} of the {} literals a test needs ({})", label,
                                 judge_rt::line_of(clean, values[start].offset), values.size() - start, arity,
                                 problem.driver == Driver::Design ? "operations and arguments" : "one per argument"));
  }
  std::vector<TestCase> tests;
  for (size_t i = 0; i < values.size(); i += arity) {
    TestCase t;
    t.group = "user";
    t.name = std::to_string(tests.size() + 1);
    int line = judge_rt::line_of(clean, values[i].offset);
    t.origin = fmt::format("{}:{}", label, line);
    for (size_t k = 0; k < arity; ++k) t.input += judge_rt::to_literal(values[i + k]) + "\n";
    std::string e = check_test_input(problem, t.input);
    if (!e.empty()) {
      // Report the user's line, not the line inside the rebuilt test.
      size_t colon = e.find(':');
      int inner = colon != std::string::npos && e.rfind("line ", 0) == 0 ? std::atoi(e.c_str() + 5) : 1;
      std::string what = colon != std::string::npos ? e.substr(colon + 2) : e;
      throw UsageError(fmt::format("{}:{}: {}", label,
                                   judge_rt::line_of(clean, values[i + static_cast<size_t>(std::max(inner, 1)) - 1].offset), what));
    }
    tests.push_back(std::move(t));
  }
  return tests;
}

}  // namespace judge
