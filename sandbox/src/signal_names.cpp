#include <signal.h>

#include <string>

#include "sandbox/sandbox.h"

namespace sandbox {

std::string signal_name(int sig) {
  // sigabbrev_np would do, but it gives no "SIG" prefix and is glibc-only.
  switch (sig) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGUSR1: return "SIGUSR1";
    case SIGSEGV: return "SIGSEGV";
    case SIGUSR2: return "SIGUSR2";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGCHLD: return "SIGCHLD";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(sig);
  }
}

const char* limit_name(Limit limit) {
  switch (limit) {
    case Limit::None: return "none";
    case Limit::Cpu: return "cpu";
    case Limit::Wall: return "wall";
    case Limit::Memory: return "memory";
    case Limit::Output: return "output";
    case Limit::Processes: return "processes";
  }
  return "?";
}

}  // namespace sandbox
