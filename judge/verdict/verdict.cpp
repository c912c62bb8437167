#include "verdict/verdict.h"

#include <signal.h>

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "harness/runtime/judge_rt.h"

namespace judge {

namespace {

// The harness's own last words ("judge-harness: ...") on stderr, if any.
std::string harness_note(const std::string& err) {
  size_t at = err.rfind("judge-harness: ");
  if (at == std::string::npos) return "";
  std::string line = err.substr(at + 15);
  return line.substr(0, line.find('\n'));
}

std::string last_line(const std::string& err) {
  std::string s = err;
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  size_t nl = s.rfind('\n');
  std::string line = nl == std::string::npos ? s : s.substr(nl + 1);
  return line.size() > 200 ? line.substr(0, 197) + "..." : line;
}

std::string signal_detail(int sig) {
  switch (sig) {
    case SIGSEGV: return "invalid memory access or stack overflow";
    case SIGBUS: return "invalid memory access";
    case SIGFPE: return "arithmetic error, e.g. division by zero";
    case SIGABRT: return "aborted";
    case SIGILL: return "illegal instruction (e.g. a non-void function that returned nothing)";
    case SIGKILL: return "killed";
    case SIGSYS: return "forbidden system call";
    case SIGXFSZ: return "tried to write a file";
    default: return "";
  }
}

}  // namespace

const char* verdict_code(Verdict v) {
  switch (v) {
    case Verdict::AC: return "AC";
    case Verdict::WA: return "WA";
    case Verdict::TLE: return "TLE";
    case Verdict::MLE: return "MLE";
    case Verdict::OLE: return "OLE";
    case Verdict::RE: return "RE";
    case Verdict::CE: return "CE";
    case Verdict::JE: return "JE";
    case Verdict::FX: return "FX";
  }
  return "?";
}

const char* verdict_words(Verdict v) {
  switch (v) {
    case Verdict::AC: return "Accepted";
    case Verdict::WA: return "Wrong Answer";
    case Verdict::TLE: return "Time Limit Exceeded";
    case Verdict::MLE: return "Memory Limit Exceeded";
    case Verdict::OLE: return "Output Limit Exceeded";
    case Verdict::RE: return "Runtime Error";
    case Verdict::CE: return "Compile Error";
    case Verdict::JE: return "Judge Error";
    case Verdict::FX: return "Fix Too Large";
  }
  return "?";
}

std::optional<Verdict> parse_verdict(const std::string& text) {
  std::string s;
  for (char c : text) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::pair<const char*, Verdict> names[] = {
      {"ac", Verdict::AC}, {"accepted", Verdict::AC},
      {"wa", Verdict::WA}, {"wrong_answer", Verdict::WA},
      {"tle", Verdict::TLE}, {"time_limit_exceeded", Verdict::TLE},
      {"mle", Verdict::MLE}, {"memory_limit_exceeded", Verdict::MLE},
      {"ole", Verdict::OLE}, {"output_limit_exceeded", Verdict::OLE},
      {"re", Verdict::RE}, {"runtime_error", Verdict::RE},
      {"ce", Verdict::CE}, {"compile_error", Verdict::CE},
      {"je", Verdict::JE}, {"judge_error", Verdict::JE},
      {"fx", Verdict::FX}, {"fix_too_large", Verdict::FX},
  };
  for (const auto& [name, v] : names)
    if (s == name) return v;
  return std::nullopt;
}

std::optional<RunVerdict> classify_run(const sandbox::Result& run, const Limits& limits) {
  using sandbox::Limit;
  using sandbox::Status;
  if (run.status == Status::SetupFailed) return RunVerdict{Verdict::JE, "sandbox: " + run.error};
  if (run.status == Status::Forbidden)
    return RunVerdict{Verdict::RE, run.forbidden_syscall.empty() ? "forbidden system call (killed with SIGSYS)"
                                                                  : "forbidden syscall " + run.forbidden_syscall};
  switch (run.limit) {
    case Limit::Cpu: return RunVerdict{Verdict::TLE, fmt::format("CPU time over the {} ms limit", limits.time_ms)};
    case Limit::Wall:
      // A program that ran most of the time was starved by a busy machine,
      // not blocked: say which, with the numbers, so nobody hunts a sleep().
      if (run.cpu_ms * 2 >= run.wall_ms)
        return RunVerdict{Verdict::TLE, fmt::format("wall-clock limit: {:.0f} ms of CPU in {:.0f} ms (the machine is busy; "
                                                    "the CPU limit would have been reached later)", run.cpu_ms, run.wall_ms)};
      return RunVerdict{Verdict::TLE, fmt::format("wall-clock limit: only {:.0f} ms of CPU in {:.0f} ms (the program was "
                                                  "sleeping, blocked or starved)", run.cpu_ms, run.wall_ms)};
    case Limit::Memory: return RunVerdict{Verdict::MLE, fmt::format("memory over the {} MB limit", limits.memory_mb)};
    case Limit::Output: return RunVerdict{Verdict::OLE, fmt::format("output over the limit ({} bytes)", run.output_bytes)};
    case Limit::Processes: return RunVerdict{Verdict::RE, "tried to start more processes or threads than allowed"};
    case Limit::None: break;
  }
  // Without a memory cgroup the limit is the address space: an allocation
  // that fails near it crashes the program (a null pointer, a stack that
  // cannot grow). A crash at 90% of the limit is the limit, not a bug.
  bool near_memory_limit = run.peak_kb * 10 >= static_cast<long>(limits.memory_mb) * 1024 * 9;
  auto memory_verdict = [&] {
    return RunVerdict{Verdict::MLE,
                      fmt::format("memory over the {} MB limit (peak {} MB)", limits.memory_mb, run.peak_kb / 1024)};
  };
  if (run.status == Status::Signaled && near_memory_limit && run.signal != SIGSYS) return memory_verdict();
  if (run.status == Status::Signaled) {
    std::string detail = signal_detail(run.signal);
    std::string message = sandbox::signal_name(run.signal) + (detail.empty() ? "" : " (" + detail + ")");
    if (run.signal == SIGABRT && !run.stderr_data.empty()) message += ": " + last_line(run.stderr_data);
    return RunVerdict{Verdict::RE, message};
  }
  switch (run.exit_code) {
    case 0: return std::nullopt;
    case judge_rt::kExitBadInput: return RunVerdict{Verdict::JE, "the harness rejected the test input: " + harness_note(run.stderr_data)};
    case judge_rt::kExitOutOfMemory:
      return RunVerdict{Verdict::MLE, fmt::format("std::bad_alloc: memory over the {} MB limit", limits.memory_mb)};
    case judge_rt::kExitUncaught: return RunVerdict{Verdict::RE, harness_note(run.stderr_data)};
    case judge_rt::kExitBadStructure: return RunVerdict{Verdict::WA, harness_note(run.stderr_data)};
    case judge_rt::kExitAborted: {
      // The line before the harness's note is the program's own last word
      // (the failed assertion, or what std::terminate printed).
      std::string err = run.stderr_data.substr(0, run.stderr_data.rfind("judge-harness: "));
      std::string last = last_line(err);
      return RunVerdict{Verdict::RE, "SIGABRT (aborted)" + (last.empty() ? std::string() : ": " + last)};
    }
    default:
      if (near_memory_limit) return memory_verdict();
      return RunVerdict{Verdict::RE, fmt::format("exit code {}", run.exit_code)};
  }
}

bool outranks(Verdict candidate, Verdict current) {
  if (current == Verdict::JE) return false;
  if (candidate == Verdict::JE) return true;
  return current == Verdict::AC && candidate != Verdict::AC;
}

}  // namespace judge
