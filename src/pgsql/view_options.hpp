// The options of a plain view (CREATE VIEW … WITH (…), WITH CHECK OPTION,
// ALTER VIEW … SET / RESET), as PostgreSQL keeps them in pg_class.reloptions.
// The interpreter and the live reader both put them in this one form, so that
// `WITH (security_barrier)` and `security_barrier=on` compare equal.
#pragma once
#include <map>
#include <string>

namespace shale::pgsql {

using ViewOptions = std::map<std::string, std::string>;  // name → canonical value

// Sets option `name` to `value` ("" when written without one) in `options`,
// canonically: booleans as "true" (false, their default, removes the option),
// check_option as "local" or "cascaded". Anything else is a UserError in
// PostgreSQL's words.
void set_view_option(ViewOptions& options, const std::string& name, const std::string& value);

// A UserError unless `name` is a view option.
void check_view_option_name(const std::string& name);

// Parses a reloptions entry "name=value" into `options`.
void read_view_option(ViewOptions& options, const std::string& entry);

// "security_barrier=true, check_option=local", for WITH (…) and SET (…); "" when none.
std::string view_options_sql(const ViewOptions& options);

}  // namespace shale::pgsql
