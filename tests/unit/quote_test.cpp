#include <catch2/catch.hpp>

#include "pgsql/quote.hpp"

using shale::pgsql::quote_ident;
using shale::pgsql::quote_literal;

TEST_CASE("identifiers are quoted exactly when needed") {
  CHECK(quote_ident("users") == "users");
  CHECK(quote_ident("user") == "\"user\"");
  CHECK(quote_ident("order") == "\"order\"");
  CHECK(quote_ident("Users") == "\"Users\"");
  CHECK(quote_ident("first name") == "\"first name\"");
  CHECK(quote_ident("a\"b") == "\"a\"\"b\"");
  CHECK(quote_ident("1st") == "\"1st\"");
  CHECK(quote_ident("name") == "name");  // unreserved keyword
  CHECK(quote_literal("it's") == "'it''s'");
}
