// Tie-breaking order of changes. The plan is ordered by dependency edges
// (order.cpp); where the edges leave a choice, changes go in this order, so
// that output is stable and reads naturally: creations forward (schemas,
// types, tables, keys, indexes, views, triggers), drops of dependants before
// what they depend on. Foreign keys are added after every table exists, which
// also breaks cycles between tables.
#pragma once

namespace shale::diff {

enum Phase {
  kCreateSchema, kCreateExtension, kCreateEnum, kCreateSequence, kCreateFunction,
  kDropTrigger, kDropView, kDropForeignKey, kDropConstraint, kDropIndex, kRename,
  kCreateTable, kAlterColumn, kDropColumn, kDropTable, kAddConstraint, kAddForeignKey,
  kCreateIndex, kCreateView, kCreateViewIndex, kCreateTrigger, kSequenceOwner, kComment,
  kDropFunction, kDropSequence, kDropEnum, kDropExtension, kDropSchema,
};

}  // namespace shale::diff
