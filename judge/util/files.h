// File helpers whose errors name the path and the system's reason.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace judge {

namespace fs = std::filesystem;

// Throws std::runtime_error("PATH: reason").
std::string read_file(const fs::path& path);

// ".tmp-PID-RANDOM": appended to a final name, a name no other process or
// thread picks, for a file that is written and then renamed into place.
std::string temp_suffix();

// Writes to a unique temporary name beside `path`, then renames it into
// place: a reader sees the old file or the whole new one, never a part.
void write_file_atomic(const fs::path& path, std::string_view data, bool executable = false);

// mkdir -p that throws with the path on failure.
void make_dirs(const fs::path& dir);

// "PATH: strerror(errno)".
std::string errno_message(const fs::path& path);

// The path as the user should see it: relative to the current directory when
// it is below it, absolute otherwise.
std::string display_path(const fs::path& path);

}  // namespace judge
