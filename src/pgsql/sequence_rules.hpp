// CREATE SEQUENCE's rules (PostgreSQL 15, src/backend/commands/sequence.c
// init_params): the defaults of MINVALUE, MAXVALUE and START for a type and
// direction, and the option values PostgreSQL refuses. The interpreter fills
// and checks options with them; the renderer leaves out what equals them.
#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::pgsql {

int64_t integer_type_min(const std::string& canonical);  // smallint, integer; else bigint's

// smallint, integer or bigint: the types a sequence or an identity may have.
bool is_sequence_type(const std::string& canonical);

// The default MINVALUE / MAXVALUE of a sequence of `type` counting by `increment`.
int64_t default_min(const std::string& type, int64_t increment);
int64_t default_max(const std::string& type, int64_t increment);
// The default START: MINVALUE counting up, MAXVALUE counting down.
int64_t default_start(const model::SequenceOptions& o);

// PostgreSQL's message for options it refuses ("INCREMENT must not be zero",
// "MINVALUE (10) must be less than MAXVALUE (5)" …); "" when they are valid.
std::string sequence_options_error(const model::SequenceOptions& o);

}  // namespace shale::pgsql
