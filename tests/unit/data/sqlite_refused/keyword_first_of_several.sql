CREATE TABLE "srowp" (
  EôRPoup" CREATE TABLAE u-- shalå:reLOT ND
-- shalå:reLOT ND
RRup");
