#include "check/check_report.h"

#include <fmt/format.h>

namespace judge {

namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows no control characters but tab, newline and return.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += fmt::format("\\x{:02x}", c);
        else out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

void print_package_report(std::FILE* out, const Style& s, const PackageReport& r) {
  size_t passed = 0;
  for (const CheckItem& i : r.items) passed += i.ok;
  if (r.ok()) {
    fmt::print(out, "{} {:<52} {:>3} checks  {:>6.1f} s\n", s.green("✔"), r.id, r.items.size(), r.seconds);
    return;
  }
  fmt::print(out, "{} {:<52} {:>3}/{} checks  {:>6.1f} s\n", s.red("✘"), r.id, passed, r.items.size(), r.seconds);
  for (const CheckItem& i : r.items)
    if (!i.ok) fmt::print(out, "    {} {}\n", s.red(i.name + ":"), i.message);
}

nlohmann::ordered_json check_json(const std::vector<PackageReport>& reports, double seconds) {
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  size_t ok = 0, checks = 0, failed_checks = 0;
  for (const PackageReport& r : reports) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const CheckItem& i : r.items) {
      items.push_back({{"name", i.name}, {"ok", i.ok}, {"message", i.message}, {"seconds", i.seconds}});
      ++checks;
      failed_checks += !i.ok;
    }
    ok += r.ok();
    problems.push_back({{"problem", r.id}, {"ok", r.ok()}, {"seconds", r.seconds}, {"checks", std::move(items)}});
  }
  nlohmann::ordered_json j;
  j["ok"] = ok == reports.size();
  j["problems"] = std::move(problems);
  j["summary"] = {{"problems", reports.size()}, {"problems_ok", ok}, {"problems_failed", reports.size() - ok},
                  {"checks", checks}, {"checks_failed", failed_checks}, {"seconds", seconds}};
  return j;
}

std::string check_junit(const std::vector<PackageReport>& reports, double seconds) {
  size_t tests = 0, failures = 0;
  for (const PackageReport& r : reports)
    for (const CheckItem& i : r.items) ++tests, failures += !i.ok;
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += fmt::format("<testsuites name=\"judge check\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"{:.3f}\">\n", tests,
                   failures, seconds);
  for (const PackageReport& r : reports) {
    size_t f = 0;
    for (const CheckItem& i : r.items) f += !i.ok;
    x += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"{:.3f}\">\n",
                     xml_escape(r.id), r.items.size(), f, r.seconds);
    for (const CheckItem& i : r.items) {
      x += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3f}\"", xml_escape(r.id), xml_escape(i.name),
                       i.seconds);
      if (i.ok && i.message.empty()) {
        x += "/>\n";
      } else if (i.ok) {  // what passed, as the text report says it ("AC, slowest test 3 ms")
        x += fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n", xml_escape(i.message));
      } else {
        std::string first_line = i.message.substr(0, i.message.find('\n'));
        x += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", xml_escape(first_line),
                         xml_escape(i.message));
      }
    }
    x += "  </testsuite>\n";
  }
  x += "</testsuites>\n";
  return x;
}

}  // namespace judge
