#include "judge_rt.h"

#include <cxxabi.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>
#include <typeinfo>
#include <unordered_set>

namespace judge_rt {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool is_delimiter(char c) { return is_space(c) || c == ',' || c == '[' || c == ']' || c == '"'; }

// "-123" but not "1.5", "1e3", "+1" or "-"
bool is_integer_word(std::string_view w) {
  size_t i = (!w.empty() && w[0] == '-') ? 1 : 0;
  if (i == w.size()) return false;
  for (; i < w.size(); ++i)
    if (w[i] < '0' || w[i] > '9') return false;
  return true;
}

bool parse_double_word(std::string_view w, double& out) {
  if (w == "nan" || w == "NaN" || w == "-nan") { out = std::nan(""); return true; }
  if (w == "inf" || w == "Infinity") { out = HUGE_VAL; return true; }
  if (w == "-inf" || w == "-Infinity") { out = -HUGE_VAL; return true; }
  if (w.empty()) return false;
  const char* begin = w.data();
  if (*begin == '+') ++begin;  // from_chars rejects a leading '+'
  auto [end, ec] = std::from_chars(begin, w.data() + w.size(), out);
  if (ec == std::errc::result_out_of_range) {
    // Subnormal underflow or overflow: strtod gives the right rounding.
    std::string copy(w);
    out = std::strtod(copy.c_str(), nullptr);
    return true;
  }
  return ec == std::errc() && end == w.data() + w.size();
}

void write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // the judge went away or capped the output; nothing to report to
    }
    done += static_cast<size_t>(n);
  }
}

std::string read_all_stdin() {
  std::string data;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  return data;
}

}  // namespace

// ---------------------------------------------------------------- Reader

void Reader::skip_space() {
  while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
}

bool Reader::at_end() {
  skip_space();
  return pos_ >= text_.size();
}

char Reader::peek() {
  skip_space();
  return pos_ < text_.size() ? text_[pos_] : '\0';
}

void Reader::fail(const std::string& what) const { throw ParseError(what, pos_); }

void Reader::expect(char c) {
  if (peek() != c) {
    if (pos_ >= text_.size()) fail(std::string("expected '") + c + "' but the input ended");
    fail(std::string("expected '") + c + "' but found '" + text_[pos_] + "'");
  }
  ++pos_;
}

bool Reader::consume(char c) {
  if (peek() != c) return false;
  ++pos_;
  return true;
}

std::string_view Reader::word() {
  skip_space();
  size_t start = pos_;
  while (pos_ < text_.size() && !is_delimiter(text_[pos_])) ++pos_;
  return text_.substr(start, pos_ - start);
}

bool Reader::consume_null() {
  skip_space();
  if (text_.compare(pos_, 4, "null") == 0 &&
      (pos_ + 4 == text_.size() || is_delimiter(text_[pos_ + 4]))) {
    pos_ += 4;
    return true;
  }
  return false;
}

long long Reader::read_integer(long long min, long long max, const char* type_name) {
  size_t start = (skip_space(), pos_);
  std::string_view w = word();
  long long v = 0;
  if (!is_integer_word(w)) {
    pos_ = start;
    fail(std::string("expected ") + type_name + " but found " +
         (w.empty() ? std::string("'") + peek() + "'" : "'" + std::string(w) + "'"));
  }
  auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (ec != std::errc() || v < min || v > max) {
    pos_ = start;
    fail("'" + std::string(w) + "' does not fit in " + type_name);
  }
  return v;
}

unsigned long long Reader::read_unsigned(unsigned long long max, const char* type_name) {
  size_t start = (skip_space(), pos_);
  std::string_view w = word();
  unsigned long long v = 0;
  // LeetCode shows uint32_t inputs either as decimal or as a 32-digit binary
  // string ("00000000000000000000000000001011"); accept both.
  if (w.empty() && peek() == '"') {
    std::string bits = read_string();
    if (bits.empty() || bits.size() > 64 || bits.find_first_not_of("01") != std::string::npos) {
      pos_ = start;
      fail(std::string("expected ") + type_name + " as decimal or a binary string");
    }
    for (char c : bits) v = (v << 1) | static_cast<unsigned>(c - '0');
    if (v > max) { pos_ = start; fail("'" + bits + "' does not fit in " + type_name); }
    return v;
  }
  auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (w.empty() || ec != std::errc() || end != w.data() + w.size() || v > max) {
    pos_ = start;
    fail(std::string("expected ") + type_name + " but found '" + std::string(w) + "'");
  }
  return v;
}

double Reader::read_double() {
  size_t start = (skip_space(), pos_);
  std::string_view w = word();
  double v = 0;
  if (!parse_double_word(w, v)) {
    pos_ = start;
    fail("expected a number but found " +
         (w.empty() ? std::string("'") + peek() + "'" : "'" + std::string(w) + "'"));
  }
  return v;
}

bool Reader::read_bool() {
  size_t start = (skip_space(), pos_);
  std::string_view w = word();
  if (w == "true") return true;
  if (w == "false") return false;
  pos_ = start;
  fail("expected true or false but found '" + std::string(w) + "'");
}

std::string Reader::read_string() {
  expect('"');
  std::string s;
  for (;;) {
    if (pos_ >= text_.size()) fail("unterminated string");
    char c = text_[pos_++];
    if (c == '"') return s;
    if (c == '\n') { --pos_; fail("unterminated string (newline inside)"); }
    if (c != '\\') { s += c; continue; }
    if (pos_ >= text_.size()) fail("unterminated string");
    char e = text_[pos_++];
    switch (e) {
      case '"': s += '"'; break;
      case '\\': s += '\\'; break;
      case '/': s += '/'; break;
      case 'b': s += '\b'; break;
      case 'f': s += '\f'; break;
      case 'n': s += '\n'; break;
      case 'r': s += '\r'; break;
      case 't': s += '\t'; break;
      case 'u': {
        if (pos_ + 4 > text_.size()) fail("short \\u escape");
        unsigned code = 0;
        auto [end, ec] = std::from_chars(text_.data() + pos_, text_.data() + pos_ + 4, code, 16);
        if (ec != std::errc() || end != text_.data() + pos_ + 4) fail("bad \\u escape");
        pos_ += 4;
        if (code < 0x80) {
          s += static_cast<char>(code);
        } else if (code < 0x800) {
          s += static_cast<char>(0xC0 | (code >> 6));
          s += static_cast<char>(0x80 | (code & 0x3F));
        } else {
          s += static_cast<char>(0xE0 | (code >> 12));
          s += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
          s += static_cast<char>(0x80 | (code & 0x3F));
        }
        break;
      }
      default:
        --pos_;
        fail(std::string("unknown escape '\\") + e + "' in string");
    }
  }
}

char Reader::read_char() {
  size_t start = (skip_space(), pos_);
  std::string s = read_string();
  if (s.size() != 1) {
    pos_ = start;
    fail("expected a one-character string for char, got \"" + s + "\"");
  }
  return s[0];
}

void Reader::begin_list() {
  expect('[');
  lists_.push_back({pos_ - 1, true});
}

bool Reader::next_item() {
  if (lists_.empty()) fail("internal: next_item outside a list");
  OpenList& list = lists_.back();
  if (peek() == '\0') {
    pos_ = list.start;
    fail("this list is never closed (no matching ']')");
  }
  if (consume(']')) {
    lists_.pop_back();
    return false;
  }
  if (list.first) {
    list.first = false;
    return true;
  }
  expect(',');
  return true;
}

// ---------------------------------------------------------------- Writer

void Writer::integer(long long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, end);
}

void Writer::unsigned_integer(unsigned long long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, end);
}

void Writer::number(double v) {
  if (std::isnan(v)) { out_ += "nan"; return; }
  if (std::isinf(v)) { out_ += v > 0 ? "inf" : "-inf"; return; }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, end);
}

void Writer::string(std::string_view s) {
  out_ += '"';
  for (char c : s) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out_ += buf;
        } else {
          out_ += c;
        }
    }
  }
  out_ += '"';
}

// ---------------------------------------------------------------- Value

Value read_value(Reader& in) {
  Value v;
  char c = in.peek();
  v.offset = in.offset();
  if (c == '\0') in.fail("expected a value but the input ended");
  if (c == '[') {
    v.kind = Value::Kind::List;
    in.begin_list();
    while (in.next_item()) v.items.push_back(read_value(in));
    return v;
  }
  if (c == '"') {
    v.kind = Value::Kind::String;
    v.string = in.read_string();
    return v;
  }
  if (in.consume_null()) return v;
  if (c == 't' || c == 'f') {
    v.kind = Value::Kind::Bool;
    v.boolean = in.read_bool();
    return v;
  }
  if (c == ',' || c == ']') in.fail(std::string("expected a value but found '") + c + "'");
  size_t start = in.offset();
  std::string_view rest = in.text().substr(start);
  size_t len = 0;
  while (len < rest.size() && !is_delimiter(rest[len])) ++len;
  std::string_view w = rest.substr(0, len);
  if (is_integer_word(w)) {
    auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v.integer);
    if (ec == std::errc()) {
      v.kind = Value::Kind::Integer;
      v.number = static_cast<double>(v.integer);
      in.read_double();  // advances past the word
      return v;
    }
  }
  v.kind = Value::Kind::Number;
  v.number = in.read_double();
  return v;
}

Value parse_value(std::string_view text) {
  Reader in(text);
  Value v = read_value(in);
  if (!in.at_end()) in.fail("unexpected text after the value");
  return v;
}

std::vector<Value> parse_values(std::string_view text) {
  Reader in(text);
  std::vector<Value> values;
  while (!in.at_end()) values.push_back(read_value(in));
  return values;
}

void write_value(Writer& out, const Value& v) {
  switch (v.kind) {
    case Value::Kind::Null: out.null(); break;
    case Value::Kind::Bool: out.boolean(v.boolean); break;
    case Value::Kind::Integer: out.integer(v.integer); break;
    case Value::Kind::Number: out.number(v.number); break;
    case Value::Kind::String: out.string(v.string); break;
    case Value::Kind::List:
      out.raw('[');
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (i) out.raw(',');
        write_value(out, v.items[i]);
      }
      out.raw(']');
      break;
  }
}

std::string to_literal(const Value& v) {
  Writer w;
  write_value(w, v);
  return w.str();
}

const char* kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return "bool";
    case Value::Kind::Integer: return "integer";
    case Value::Kind::Number: return "number";
    case Value::Kind::String: return "string";
    case Value::Kind::List: return "list";
  }
  return "?";
}

int line_of(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

// ---------------------------------------------------------------- harness

void input_error(const std::string& what) { throw ParseError(what, 0); }

void structure_error(const std::string& what) {
  std::fflush(stdout);
  std::fprintf(stderr, "judge-harness: %s\n", what.c_str());
  std::fflush(stderr);
  _exit(kExitBadStructure);
}

void require_disjoint(const NodeSet& input, const NodeSet& result, const char* what) {
  std::unordered_set<const void*> seen(input.begin(), input.end());
  for (const void* p : result)
    if (seen.count(p))
      structure_error(std::string("the returned ") + what +
                      " reuses nodes of the input; a deep copy must create new nodes");
}

namespace {

// The solution runs as pid 1 of its own pid namespace, where a signal a
// process sends itself with the default action is dropped: abort() would
// end in a SIGSEGV from its fallback instruction. Reporting it here keeps
// the verdict "SIGABRT" and the assertion message beside it.
extern "C" void on_abort(int) {
  static const char note[] = "judge-harness: SIGABRT (abort called)\n";
  ssize_t ignored = ::write(2, note, sizeof note - 1);
  (void)ignored;
  _exit(kExitAborted);
}

}  // namespace

int run_harness(const std::function<void(Reader&, Writer&)>& body) {
  std::signal(SIGABRT, on_abort);
  std::string input = read_all_stdin();
  int answer_fd = ::dup(1);
  if (answer_fd < 0 || ::dup2(2, 1) < 0) {
    std::fprintf(stderr, "judge-harness: cannot set up output: %s\n", std::strerror(errno));
    return kExitBadInput;
  }
  Reader in(input);
  Writer out;
  try {
    body(in, out);
    if (!in.at_end()) in.fail("more input lines than the signature has arguments");
  } catch (const ParseError& e) {
    std::fprintf(stderr, "judge-harness: bad test input at line %d: %s\n",
                 line_of(input, e.offset), e.what());
    std::fflush(stderr);
    _exit(kExitBadInput);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "judge-harness: std::bad_alloc: out of memory\n");
    std::fflush(stderr);
    _exit(kExitOutOfMemory);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    int status = 0;
    char* name = abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status);
    std::fprintf(stderr, "judge-harness: uncaught exception %s: %s\n", status == 0 && name ? name : typeid(e).name(), e.what());
    std::free(name);
    std::fflush(stderr);
    _exit(kExitUncaught);
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "judge-harness: uncaught exception of a non-standard type\n");
    std::fflush(stderr);
    _exit(kExitUncaught);
  }
  std::cout.flush();
  std::fflush(stdout);
  out.raw('\n');
  write_all(answer_fd, out.str());
  return 0;
}

void run_design(Reader& in, Writer& out,
                const std::function<void(const std::string&, size_t, DesignArgs&, Writer&)>& step) {
  std::vector<std::string> ops = read<std::vector<std::string>>(in);
  in.begin_list();
  out.raw('[');
  for (size_t i = 0; i < ops.size(); ++i) {
    if (!in.next_item()) in.fail("fewer argument lists than operations");
    in.begin_list();
    if (i) out.raw(',');
    DesignArgs args(in);
    step(ops[i], i, args, out);
  }
  if (in.next_item()) in.fail("more argument lists than operations");
  out.raw(']');
}

int run_checker(int argc, char** argv,
                const std::function<std::string(const std::vector<Value>&, const Value&,
                                                const Value&)>& check) {
  auto slurp = [](const char* path, std::string& out) {
    FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return true;
  };
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s INPUT ANSWER < OUTPUT\n", argv[0]);
    return 1;
  }
  std::string input_text, answer_text;
  if (!slurp(argv[1], input_text) || !slurp(argv[2], answer_text)) {
    std::fprintf(stderr, "checker: cannot read %s or %s: %s\n", argv[1], argv[2], std::strerror(errno));
    return 1;
  }
  std::vector<Value> input;
  Value expected;
  try {
    input = parse_values(input_text);
    expected = parse_value(answer_text);
  } catch (const ParseError& e) {
    std::fprintf(stderr, "checker: test files do not parse: %s\n", e.what());
    return 1;
  }
  std::string output_text = read_all_stdin();
  Value got;
  try {
    got = parse_value(output_text);
  } catch (const ParseError& e) {
    std::printf("output is not a literal: %s\n", e.what());
    return 43;
  }
  std::string verdict = check(input, expected, got);
  if (verdict.empty()) return 42;
  std::printf("%s\n", verdict.c_str());
  return 43;
}

int run_validator(const std::function<std::string(const std::vector<Value>&)>& validate) {
  std::string text = read_all_stdin();
  std::vector<Value> input;
  try {
    input = parse_values(text);
  } catch (const ParseError& e) {
    std::printf("line %d: %s\n", line_of(text, e.offset), e.what());
    return 43;
  }
  std::string problem = validate(input);
  if (problem.empty()) return 42;
  std::printf("%s\n", problem.c_str());
  return 43;
}

std::vector<bool> Literal<std::vector<bool>>::read(Reader& in) {
  std::vector<bool> v;
  in.begin_list();
  while (in.next_item()) v.push_back(in.read_bool());
  return v;
}

void Literal<std::vector<bool>>::write(Writer& out, const std::vector<bool>& v) {
  out.raw('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.raw(',');
    out.boolean(v[i]);
  }
  out.raw(']');
}

#define JUDGE_RT_BUILD_LITERAL(T) template struct Literal<std::vector<T>>;
JUDGE_RT_PREBUILT_LITERALS(JUDGE_RT_BUILD_LITERAL)
#undef JUDGE_RT_BUILD_LITERAL

}  // namespace judge_rt
