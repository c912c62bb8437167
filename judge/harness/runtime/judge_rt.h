// judge_rt: LeetCode literal syntax, read and written.
//
// One library serves four places: the harness main of every solution binary,
// program checkers, test generators, and the judge itself (test validation and
// the built-in checkers). It is plain C++ with no dependency beyond the
// standard library, because its text is also shipped into the compile cache and
// compiled next to untrusted solutions.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace judge_rt {

// A literal that does not parse. `offset` is a byte offset into the text.
struct ParseError : std::runtime_error {
  ParseError(const std::string& what, size_t offset)
      : std::runtime_error(what), offset(offset) {}
  size_t offset;
};

// Streaming reader over LeetCode literals: numbers, true/false, null, JSON
// strings and [..] lists. Whitespace (including newlines) separates literals.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  void skip_space();
  bool at_end();         // true when only whitespace remains
  char peek();           // next non-space char, '\0' at end
  void expect(char c);   // consume c or fail
  bool consume(char c);  // consume c if it is next
  bool consume_null();   // consume the word null if it is next

  long long read_integer(long long min, long long max, const char* type_name);
  unsigned long long read_unsigned(unsigned long long max, const char* type_name);
  double read_double();
  bool read_bool();
  std::string read_string();
  char read_char();  // a one-character string, as LeetCode writes char grids

  // List helpers: `begin_list()` consumes '[' ; `next_item()` returns false
  // at the closing ']' (consuming it) and consumes separating commas.
  void begin_list();
  bool next_item();

  size_t offset() const { return pos_; }
  std::string_view text() const { return text_; }
  [[noreturn]] void fail(const std::string& what) const;

 private:
  std::string_view word();
  std::string_view text_;
  size_t pos_ = 0;
  struct OpenList {
    size_t start;  // offset of its '[', for "never closed" errors
    bool first;    // no item read yet
  };
  std::vector<OpenList> lists_;
};

// Appends literals to a string buffer; numbers use the shortest form that
// reads back to the same value.
class Writer {
 public:
  void null() { out_ += "null"; }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void integer(long long v);
  void unsigned_integer(unsigned long long v);
  void number(double v);
  void string(std::string_view s);
  void character(char c) { string(std::string_view(&c, 1)); }
  void raw(std::string_view s) { out_ += s; }
  void raw(char c) { out_ += c; }
  const std::string& str() const { return out_; }
  std::string& buffer() { return out_; }

 private:
  std::string out_;
};

// A parsed literal, for code that does not know the C++ type up front
// (checkers, validation of test files).
struct Value {
  enum class Kind { Null, Bool, Integer, Number, String, List };
  Kind kind = Kind::Null;
  bool boolean = false;
  long long integer = 0;  // Kind::Integer
  double number = 0;      // Kind::Number, and Kind::Integer as a double
  std::string string;     // Kind::String
  std::vector<Value> items;
  size_t offset = 0;      // where it starts in the parsed text

  bool is_numeric() const { return kind == Kind::Integer || kind == Kind::Number; }
};

Value read_value(Reader& in);
Value parse_value(std::string_view text);  // exactly one literal
std::vector<Value> parse_values(std::string_view text);  // zero or more
void write_value(Writer& out, const Value& v);
std::string to_literal(const Value& v);
const char* kind_name(Value::Kind k);

// Line (1-based) of a byte offset in text, for error messages.
int line_of(std::string_view text, size_t offset);

// ---- typed reading and writing, used by the generated harness ----

template <class T, class = void>
struct Literal;  // specialised per supported C++ type

#define JUDGE_RT_INTEGER_LITERAL(T, NAME)                                      \
  template <>                                                                  \
  struct Literal<T> {                                                          \
    static T read(Reader& in) {                                                \
      return static_cast<T>(in.read_integer(                                   \
          static_cast<long long>(std::numeric_limits<T>::min()),               \
          static_cast<long long>(std::numeric_limits<T>::max()), NAME));       \
    }                                                                          \
    static void write(Writer& out, T v) { out.integer(v); }                   \
  };
JUDGE_RT_INTEGER_LITERAL(int, "int")
JUDGE_RT_INTEGER_LITERAL(long, "long")
JUDGE_RT_INTEGER_LITERAL(long long, "long long")
JUDGE_RT_INTEGER_LITERAL(short, "short")
#undef JUDGE_RT_INTEGER_LITERAL

#define JUDGE_RT_UNSIGNED_LITERAL(T, NAME)                                     \
  template <>                                                                  \
  struct Literal<T> {                                                          \
    static T read(Reader& in) {                                                \
      return static_cast<T>(in.read_unsigned(std::numeric_limits<T>::max(), NAME)); \
    }                                                                          \
    static void write(Writer& out, T v) { out.unsigned_integer(v); }          \
  };
JUDGE_RT_UNSIGNED_LITERAL(unsigned int, "unsigned int")
JUDGE_RT_UNSIGNED_LITERAL(unsigned long, "unsigned long")
JUDGE_RT_UNSIGNED_LITERAL(unsigned long long, "unsigned long long")
#undef JUDGE_RT_UNSIGNED_LITERAL

template <>
struct Literal<double> {
  static double read(Reader& in) { return in.read_double(); }
  static void write(Writer& out, double v) { out.number(v); }
};
template <>
struct Literal<float> {
  static float read(Reader& in) { return static_cast<float>(in.read_double()); }
  static void write(Writer& out, float v) { out.number(v); }
};
template <>
struct Literal<bool> {
  static bool read(Reader& in) { return in.read_bool(); }
  static void write(Writer& out, bool v) { out.boolean(v); }
};
template <>
struct Literal<char> {
  static char read(Reader& in) { return in.read_char(); }
  static void write(Writer& out, char v) { out.character(v); }
};
template <>
struct Literal<std::string> {
  static std::string read(Reader& in) { return in.read_string(); }
  static void write(Writer& out, const std::string& v) { out.string(v); }
};

// Member functions defined outside the class are not inline, so for the
// types below (`extern template`) a solution's unit neither instantiates nor
// optimises them: harness.o has them compiled once. That is most of what the
// generated main() costs the compiler, paid on every submission.
template <class T>
struct Literal<std::vector<T>> {
  static std::vector<T> read(Reader& in);
  static void write(Writer& out, const std::vector<T>& v);
};
template <class T>
std::vector<T> Literal<std::vector<T>>::read(Reader& in) {
  std::vector<T> v;
  in.begin_list();
  while (in.next_item()) v.push_back(Literal<T>::read(in));
  return v;
}
template <class T>
void Literal<std::vector<T>>::write(Writer& out, const std::vector<T>& v) {
  out.raw('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.raw(',');
    Literal<T>::write(out, v[i]);
  }
  out.raw(']');
}

// vector<bool> hands out proxies, so it needs its own writer (in judge_rt.cpp).
template <>
struct Literal<std::vector<bool>> {
  static std::vector<bool> read(Reader& in);
  static void write(Writer& out, const std::vector<bool>& v);
};

// The literal types of most signatures, compiled into harness.o.
#define JUDGE_RT_PREBUILT_LITERALS(X)                                          \
  X(int) X(long long) X(double) X(char) X(std::string)                        \
  X(std::vector<int>) X(std::vector<long long>) X(std::vector<double>)        \
  X(std::vector<char>) X(std::vector<std::string>) X(std::vector<bool>)
#define JUDGE_RT_EXTERN_LITERAL(T) extern template struct Literal<std::vector<T>>;
JUDGE_RT_PREBUILT_LITERALS(JUDGE_RT_EXTERN_LITERAL)
#undef JUDGE_RT_EXTERN_LITERAL

template <class T>
T read(Reader& in) {
  return Literal<T>::read(in);
}
template <class T>
void write(Writer& out, const T& v) {
  Literal<T>::write(out, v);
}

// ---- the harness entry points (compiled once into harness.o) ----

// Exit codes a harness uses to tell the judge what happened; the judge maps
// them to verdicts (see judge/verdict/). Values far from what programs
// usually return, so a solution's own exit(1) stays a plain runtime error.
enum ExitCode : int {
  kExitBadInput = 120,      // the test input did not parse: a broken test (JE)
  kExitOutOfMemory = 121,   // std::bad_alloc escaped: memory limit (MLE)
  kExitUncaught = 122,      // another exception escaped (RE)
  kExitBadStructure = 123,  // a returned list/tree/graph is malformed or reuses
                            // input nodes where a deep copy was asked (WA)
  kExitAborted = 124,       // abort() (a failed assert, std::terminate): RE SIGABRT
};

// Reads the whole of stdin, runs `body` with a reader over it and a writer for
// the answer, and writes the answer to the real stdout. While `body` runs the
// solution's own prints to stdout go to stderr, so debugging output never
// corrupts the answer (LeetCode shows it apart as "stdout" too).
int run_harness(const std::function<void(Reader&, Writer&)>& body);

// Signals, from harness code, a test input that does not fit the signature.
[[noreturn]] void input_error(const std::string& what);
// Signals a returned structure that cannot be printed as an answer (a cycle
// in a list, a node reached twice in a tree, input nodes in a deep copy).
[[noreturn]] void structure_error(const std::string& what);

// The addresses of the nodes reachable from a root; each node header
// (list_node_io.h, tree_node_io.h, ...) provides `collect_nodes` for its type.
using NodeSet = std::vector<const void*>;
// Fails with structure_error when `result` contains a node of `input`.
void require_disjoint(const NodeSet& input, const NodeSet& result, const char* what);

// Runs a design-class operation sequence: `["Cls","op",...]` then
// `[[args],[args],...]`. `step(name, args, out)` handles one operation,
// reading its arguments with `args` and writing its result (or null).
class DesignArgs {
 public:
  explicit DesignArgs(Reader& in) : in_(in) {}
  template <class T>
  T next() {
    if (!in_.next_item()) in_.fail("too few arguments for this operation");
    return Literal<T>::read(in_);
  }
  void end() {
    if (in_.next_item()) in_.fail("too many arguments for this operation");
  }

 private:
  Reader& in_;
};
void run_design(Reader& in, Writer& out,
                const std::function<void(const std::string& op, size_t index,
                                         DesignArgs& args, Writer& out)>& step);

// For program checkers (Kattis output-validator style): run as
// `checker INPUT ANSWER < OUTPUT`; `check` returns an empty string to accept
// or a message that explains the wrong answer. Exit 42 = accepted, 43 = wrong.
int run_checker(int argc, char** argv,
                const std::function<std::string(const std::vector<Value>& input,
                                                const Value& expected,
                                                const Value& got)>& check);

// For input validators (Kattis convention): run as `validator < INPUT`;
// `validate` gets the input's literals and returns an empty string to accept
// it or the reason it breaks the constraints. Exit 42 = valid, 43 = invalid.
int run_validator(const std::function<std::string(const std::vector<Value>& input)>& validate);

}  // namespace judge_rt
