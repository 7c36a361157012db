// ctest runs each Catch test case by name, and CMake splits a name at ';'
// (its list separator): a case named with one would silently never run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

TEST_CASE("no test case name holds a semicolon, which would keep ctest from running it") {
  namespace fs = std::filesystem;
  const std::regex name("TEST_CASE\\(\"([^\"]*)\"");
  std::vector<std::string> bad;
  for (const auto& e : fs::recursive_directory_iterator(std::string(SHALE_SOURCE_DIR) + "/tests")) {
    if (e.path().extension() != ".cpp") continue;
    std::ifstream in(e.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), name), end; it != end; ++it)
      if ((*it)[1].str().find(';') != std::string::npos)
        bad.push_back(e.path().filename().string() + ": " + (*it)[1].str());
  }
  INFO((bad.empty() ? "" : bad.front()));
  CHECK(bad.empty());
}
