#pragma once
#include <string>

namespace shale::migrate {

// Lower-case hex SHA-256 of `bytes` (OpenSSL libcrypto).
std::string sha256_hex(const std::string& bytes);

}  // namespace shale::migrate
