// What judge check prints: a short block per package for people (as each
// finishes), a JSON twin, and JUnit XML for CI viewers (one testcase per
// check per problem).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check_package.h"
#include "report/style.h"

namespace judge {

void print_package_report(std::FILE* out, const Style& style, const PackageReport& report);
nlohmann::ordered_json check_json(const std::vector<PackageReport>& reports, double seconds);
std::string check_junit(const std::vector<PackageReport>& reports, double seconds);

}  // namespace judge
