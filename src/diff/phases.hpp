// Tie-breaking order of changes. The plan is ordered by dependency edges
// (order.cpp); where the edges leave a choice, changes go in this order, so
// that output is stable and reads naturally: creations forward (schemas,
// types, tables, keys, indexes, views, triggers), drops of dependants before
// what they depend on. Foreign keys are added after every table exists, which
// also breaks cycles between tables.
#pragma once

namespace shale::diff {

enum Phase {
  kDropIndexConcurrently,  // outside any transaction, before the first: nothing waits for it
  kCreateSchema,
  kCreateExtension,
  kCreateEnum,
  kCreateSequence,
  kCreateFunction,
  kDropTrigger,
  kDropView,
  kDropForeignKey,
  kDropConstraint,
  kDropIndex,
  kRename,
  kCreateTable,
  kAlterColumn,
  kDropColumn,
  kDropTable,
  kAddConstraint,
  kAddForeignKey,
  kCreateIndex,
  kCreateView,
  kCreateViewIndex,
  kCreateTrigger,
  kSequenceOwner,
  kComment,
  kRevoke,
  kGrant,  // a table's REVOKE takes its columns' privileges too: column GRANTs come after
  kDropFunction,
  kDropSequence,
  kDropEnum,
  kDropExtension,
  kDropSchema,
  // Online plans: index builds outside a transaction after the transactional
  // changes; then, in one transaction, what needs them (a unique constraint
  // adopting its index, a comment on one) and the foreign keys (NOT VALID),
  // which so find the indexes of their columns built; then the validations.
  kCreateIndexConcurrently,
  kAfterIndexes,
  kValidate,
};

}  // namespace shale::diff
