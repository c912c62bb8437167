// Dates and durations as people read them, in the local time zone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace judge {

std::string local_time(int64_t unix_seconds, const char* format = "%Y-%m-%d %H:%M");
// "2026-11-23" -> local midnight; nullopt when it is not such a date.
std::optional<int64_t> parse_local_date(const std::string& date);
// "12:05" (minutes:seconds), "1:02:03" past an hour.
std::string clock_duration(int64_t seconds);
// "3 min", "2 h 5 min", "45 s".
std::string human_duration(double seconds);
// The local zone's offset from UTC at that moment, in seconds.
int64_t utc_offset(int64_t unix_seconds);

}  // namespace judge
